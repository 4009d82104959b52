/**
 * 阿基米德原理 (人教版 八年级下册 第十章第2节, 实验 探究浮力的大小跟排开液体所受重力的关系) on the overflow-can preset:
 * F浮 = G − F and G排 = G桶+水 − G桶 compared with ρ液 g V排 (g = 9.8 N/kg, 第七章第3节); the mistakes the section
 * warns about: a can not filled to the spout (G排 < F浮 by ρ g ΔV) and the block touching the bottom.
 */
import { describe, expect, it } from 'vitest';
import { arrange } from '../bench/placement';
import type { BenchModel } from '../bench/bench-model';
import type { Setup, SetupLink } from '../bench/setup';
import { defaultParams } from '../core/params';
import type { MechanicsBenchEngine } from './bench-engine';
import { createMechanicsModel } from './model';
import { overflowMl, runOver } from './overflow-can';
import { mechanicsParts } from './parts';
import { CAN_BOTTOM_Y_M, CAN_CAPACITY_ML, CAN_SPOUT_Y_M } from './parts/overflow-can';
import { archimedesPreset } from './presets/archimedes';
import { tableOf } from './presets/tables';

const G = 9.8;
/** The block (aluminium, 60 cm³: 人教版 八年级上册 密度表 2.7 ×10³ kg/m³), the bucket 40 g. */
const BLOCK_N = 2.7e3 * 60e-6 * G, BUCKET_N = 0.04 * G;
const BLOCK_HALF_M = mechanicsParts.get('sample').heightM / 2;

function open(props: Record<string, Record<string, number | string>> = {}): BenchModel {
  const m = createMechanicsModel(archimedesPreset);
  m.reset(defaultParams(m.meta.params));
  if (Object.keys(props).length) edit(m, {}, [], props);
  return m;
}
function edit(m: BenchModel, moves: Record<string, { xM: number; yM: number }>, links: SetupLink[] = [], props: Record<string, Record<string, number | string>> = {}, unlink: string[] = []) {
  const s: Setup = {
    ...m.setup,
    parts: m.setup.parts.map((p) => ({ ...p, ...(moves[p.id] ?? {}), props: { ...p.props, ...(props[p.id] ?? {}) } })),
    links: [...m.setup.links.filter((l) => !unlink.includes(l.id)), ...links],
  };
  m.edit(arrange(s, mechanicsParts, tableOf(m.preset.id).heightM));
}
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const at = (m: BenchModel, id: string) => m.setup.parts.find((p) => p.id === id)!;
const bucketOnF2: SetupLink = { id: 'b', from: { part: 'F2', terminal: 'hook' }, to: { part: 'BK1', terminal: 'ring' } };
/** The bucket stood under C1's spout. */
const underSpout = (m: BenchModel) => ({ BK1: { xM: at(m, 'C1').xM + 0.065, yM: at(m, 'BK1').yM - 0.05 } });
/** F1 moved so the block's top is `depthM` below the spout's level (the can's surface when full). */
function lower(m: BenchModel, depthM: number) {
  const c = at(m, 'C1'), blockTop = at(m, 'M1').yM - BLOCK_HALF_M;
  edit(m, { F1: { xM: c.xM, yM: at(m, 'F1').yM + (c.yM + CAN_SPOUT_Y_M + depthM - blockTop) } });
}
const raise = (m: BenchModel) => edit(m, { F1: { xM: at(m, 'F1').xM, yM: 0.12 } });

describe('the overflow can (pure)', () => {
  it('runs over only what goes beyond its 300 mL; a bucket holds what it can, the rest goes on the table', () => {
    expect(overflowMl(300, 60)).toBe(60);
    expect(overflowMl(280, 60)).toBe(40); // 20 mL short of the spout: the first 20 mL only raise the level
    expect(overflowMl(200, 60)).toBe(0);
    const r = runOver(new Map(), 'C1', 'BK1', 60, 'brine', 1.1e3);
    expect(r.spills.get('BK1')).toEqual({ ml: 60, kg: expect.closeTo(0.066, 12), liquid: 'brine' });
    expect(r.spills.get('C1')!.ml).toBe(-60);
    expect(r.tableMl).toBe(0);
    expect(runOver(r.spills, 'C1', 'BK1', 1000, 'brine', 1.1e3).tableMl).toBeGreaterThan(900);
    expect(runOver(new Map(), 'C1', null, 5, 'water', 1e3).tableMl).toBe(5);
  });
});

describe('4.2.4 阿基米德原理 on the preset', () => {
  it('F浮 = G − F = 0.588 N = G排 = G桶+水 − G桶 (ρ水 g V, V = 60 cm³); the gauges read 1.60, 1.00, 0.40 and 1.00 N', () => {
    const m = open();
    expect(v(m, 'C1', 'full')).toBe(1);
    // The empty bucket on F2.
    edit(m, {}, [bucketOnF2]);
    expect(v(m, 'F2', 'forceN')).toBeCloseTo(BUCKET_N, 12);
    const emptyBucket = v(m, 'F2', 'readingN');
    expect(emptyBucket).toBeCloseTo(0.4, 12); // 0.392 N to the 0.05 N division
    edit(m, underSpout(m), [], {}, ['b']);
    expect(m.setup.links.some((l) => l.to.part === 'BK1')).toBe(false);
    const inAir = v(m, 'F1', 'readingN');
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(BLOCK_N, 12);
    expect(inAir).toBeCloseTo(1.6, 12);
    lower(m, 0.005);
    expect(v(m, 'M1', 'immersedCm3')).toBeCloseTo(60, 9);
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(BLOCK_N - 1e3 * G * 60e-6, 12);
    const inWater = v(m, 'F1', 'readingN');
    expect(inWater).toBeCloseTo(1.0, 12);
    // What the block pushed out ran into the bucket: 60 mL, and the can stands full at its spout.
    expect(v(m, 'C1', 'ranOutMl')).toBeCloseTo(60, 9);
    expect(v(m, 'BK1', 'waterMl')).toBeCloseTo(60, 9);
    expect(v(m, 'C1', 'volumeMl')).toBeCloseTo(CAN_CAPACITY_ML, 9);
    // Lowering it deeper (still clear of the bottom) pushes nothing more out; taking it out leaves the water in the bucket.
    lower(m, 0.015);
    expect(v(m, 'BK1', 'waterMl')).toBeCloseTo(60, 9);
    raise(m);
    expect(v(m, 'C1', 'full')).toBe(0);
    expect(v(m, 'C1', 'volumeMl')).toBeCloseTo(CAN_CAPACITY_ML - 60, 9);
    edit(m, {}, [bucketOnF2]);
    expect(v(m, 'F2', 'forceN')).toBeCloseTo(BUCKET_N + 1e3 * 60e-6 * G, 12);
    const withWater = v(m, 'F2', 'readingN');
    expect(withWater).toBeCloseTo(1.0, 12);
    expect(inAir - inWater).toBeCloseTo(withWater - emptyBucket, 12); // F浮 = G排
    expect(m.diagnostics()).toEqual([]);
  });

  it('in brine and in alcohol G排 follows ρ液: 0.647 N and 0.470 N, each equal to G − F', () => {
    for (const [liquid, rho] of [['brine', 1.1e3], ['alcohol', 0.8e3]] as const) {
      const m = open({ C1: { liquid } });
      edit(m, underSpout(m));
      lower(m, 0.005);
      const buoyancy = v(m, 'F1', 'forceN') - BLOCK_N;
      expect(-buoyancy).toBeCloseTo(rho * G * 60e-6, 12);
      raise(m);
      edit(m, {}, [bucketOnF2]);
      expect(v(m, 'F2', 'forceN') - BUCKET_N).toBeCloseTo(rho * G * 60e-6, 12);
    }
  });

  it('a can 20 mL short of its spout: only 40 mL runs out, G排 = 0.392 N < F浮 = 0.588 N, and the bench says why', () => {
    const m = open({ C1: { liquidMl: CAN_CAPACITY_ML - 20 } });
    edit(m, underSpout(m));
    lower(m, 0.005);
    expect(-(v(m, 'F1', 'forceN') - BLOCK_N)).toBeCloseTo(1e3 * G * 60e-6, 12);
    expect(v(m, 'BK1', 'waterMl')).toBeCloseTo(40, 9);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.canNotFull');
    raise(m);
    edit(m, {}, [bucketOnF2]);
    expect(v(m, 'F2', 'forceN') - BUCKET_N).toBeCloseTo(1e3 * G * 40e-6, 12);
  });

  it('no bucket under the spout: the water goes on the table (said); refilling the can empties the bucket it ran into', () => {
    const m = open();
    lower(m, 0.005);
    expect(v(m, 'BK1', 'waterMl')).toBe(0);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.spoutOnTable');
    raise(m);
    edit(m, underSpout(m), [], { C1: { liquidMl: CAN_CAPACITY_ML - 1 } });
    edit(m, {}, [], { C1: { liquidMl: CAN_CAPACITY_ML } }); // filled to the spout again
    expect(m.diagnostics()).toEqual([]);
    lower(m, 0.005);
    expect(v(m, 'BK1', 'waterMl')).toBeCloseTo(60, 9);
    raise(m);
    edit(m, {}, [], { C1: { liquid: 'brine' } });
    expect(v(m, 'BK1', 'waterMl')).toBe(0);
  });

  it('the block let down onto the can’s bottom: the thread goes slack and F1 reads low (物体不要碰到容器底)', () => {
    const m = open();
    edit(m, underSpout(m));
    const c = at(m, 'C1');
    edit(m, { F1: { xM: c.xM, yM: at(m, 'F1').yM + (c.yM + CAN_BOTTOM_Y_M + 0.002 - (at(m, 'M1').yM + BLOCK_HALF_M)) } });
    expect(v(m, 'F1', 'readingN')).toBeLessThan(1.0);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.touchesBottom');
  });

  it('keeps what ran out across a saved state', () => {
    const m = open();
    edit(m, underSpout(m));
    lower(m, 0.005);
    const saved = (m.engine as MechanicsBenchEngine).state();
    const n = createMechanicsModel(archimedesPreset);
    n.reset(defaultParams(n.meta.params));
    n.edit(m.setup);
    n.engine.restore(JSON.parse(JSON.stringify(saved)));
    expect(v(n, 'BK1', 'waterMl')).toBeCloseTo(60, 9);
  });
});
