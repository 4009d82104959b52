/**
 * The mechanics bench against the textbook: each preset's experiment done on its setup (parts put where a
 * student puts them, arranged as the editor arranges them) and the readings compared with the closed forms the
 * experiment is about. g = 9.8 N/kg as in 人教版 八年级下册 第七章第3节.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../core';
import { arrange } from '../bench/placement';
import type { BenchModel } from '../bench/bench-model';
import type { Setup, SetupLink } from '../bench/setup';
import { presetMeta } from '../bench/preset';
import { defaultParams } from '../core/params';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { PAN_X_M, PAN_Y_M } from './parts/tray-balance';
import { LEVER_BEAM_Y_M } from './parts/lever';
import { mechanicsPresets } from './presets';
import { balancePreset } from './presets/balance';
import { buoyancyPreset } from './presets/buoyancy';
import { cartVelocityPreset } from './presets/cart-velocity';
import { densityPreset } from './presets/density';
import { forceGaugePreset } from './presets/force-gauge';
import { frictionPreset } from './presets/friction';
import { leverPreset } from './presets/lever';
import { pressurePreset } from './presets/pressure';
import { rulerWatchPreset } from './presets/ruler-watch';
import { speedPreset } from './presets/speed';
import { tableOf } from './presets/tables';
import { pour } from './pouring';
import type { MechanicsBenchEngine } from './bench-engine';

const G = 9.8;

function open(preset: typeof balancePreset): BenchModel {
  const m = createMechanicsModel(preset);
  m.reset(defaultParams(m.meta.params));
  return m;
}

/** Move parts (by id, to x and a y above where they land) and links, then let things fall and hang as the editor does. */
function edit(m: BenchModel, moves: Record<string, { xM: number; yM: number }>, links: SetupLink[] = [], props: Record<string, Record<string, number | string>> = {}) {
  const s: Setup = {
    ...m.setup,
    parts: m.setup.parts.map((p) => ({ ...p, ...(moves[p.id] ?? {}), props: { ...p.props, ...(props[p.id] ?? {}) } })),
    links: [...m.setup.links, ...links],
  };
  m.edit(arrange(s, mechanicsParts, tableOf(m.preset.id).heightM));
}
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const at = (m: BenchModel, id: string) => m.setup.parts.find((p) => p.id === id)!;
/** Drop a part onto a pan of balance TB1. */
const onPan = (m: BenchModel, side: -1 | 1, dx = 0) => ({ xM: at(m, 'TB1').xM + side * PAN_X_M + dx, yM: at(m, 'TB1').yM + PAN_Y_M - 0.05 });

describe('mechanics presets', () => {
  it('every preset is a valid experiment with finite readings as set up', () => {
    for (const p of mechanicsPresets) {
      const meta = presetMeta(p, mechanicsParts);
      expect(meta.params.length, p.id).toBeGreaterThan(0);
      const m = open(p);
      const r = runSimulation(m, { timeS: 0.5 }).measurements;
      expect(Object.values(r).some(Number.isFinite), p.id).toBe(true);
    }
  });
});

describe('4.1.1 the tray balance', () => {
  it('levelled with the nuts (rider at zero), the stone on the left and 50 g + rider 2.0 g on the right balance: m = 52.0 g = ρV', () => {
    const m = open(balancePreset);
    // Out of the cupboard the pointer leans left (the left is heavy): turn the nuts right (左偏右调).
    expect(v(m, 'TB1', 'pointerDivisions')).toBeGreaterThan(0.5);
    m.reset({ ...defaultParams(m.meta.params), nutMm: 1.6 });
    expect(v(m, 'TB1', 'balanced')).toBe(1);
    // Granite 2.6 g/cm³ × 20 cm³ = 52 g (人教版 八年级上册 密度表).
    edit(m, { M1: onPan(m, -1), W2: onPan(m, 1) });
    expect(v(m, 'TB1', 'leftG')).toBeCloseTo(52, 9);
    expect(v(m, 'TB1', 'pointerDivisions')).toBeGreaterThan(0.5); // still left-heavy by 2 g
    m.reset({ ...m.paramsNow(), riderG: 2 });
    expect(v(m, 'TB1', 'balanced')).toBe(1);
    expect(v(m, 'TB1', 'massReadingG')).toBe(52);
  });

  it('levelled with the rider left at 1 g, every mass reads 1 g high (the textbook mistake)', () => {
    const m = open(balancePreset);
    m.reset({ ...defaultParams(m.meta.params), riderG: 1, nutMm: (0.8 - 1) / 0.5 });
    expect(v(m, 'TB1', 'balanced')).toBe(1);
    edit(m, { M1: onPan(m, -1), W2: onPan(m, 1) });
    m.reset({ ...m.paramsNow(), riderG: 3 });
    expect(v(m, 'TB1', 'balanced')).toBe(1);
    expect(v(m, 'TB1', 'massReadingG')).toBe(53);
  });

  it('the beam swings about its equilibrium and settles there', () => {
    const m = open(balancePreset);
    m.reset({ ...defaultParams(m.meta.params), nutMm: 1.6 });
    edit(m, { M1: onPan(m, -1) });
    expect(v(m, 'TB1', 'swingDivisions')).toBeCloseTo(0, 6);
    runSimulation(m, { timeS: 30 });
    expect(v(m, 'TB1', 'swingDivisions')).toBeCloseTo(v(m, 'TB1', 'pointerDivisions'), 3);
    expect(v(m, 'TB1', 'pointerDivisions')).toBe(10); // 52 g unbalanced: against the stop
  });
});

describe('4.1.2 density', () => {
  it('the stone in the cylinder raises 50 mL to 70 mL; with m = 52 g, ρ = 2.6 g/cm³', () => {
    const m = open(densityPreset);
    expect(v(m, 'MC1', 'readingMl')).toBe(50);
    const mc = at(m, 'MC1');
    edit(m, { M1: { xM: mc.xM, yM: mc.yM - 0.2 } });
    expect(v(m, 'MC1', 'volumeMl')).toBeCloseTo(70, 9);
    expect(v(m, 'MC1', 'readingMl')).toBe(70);
    expect(v(m, 'M1', 'densityKgM3')).toBeCloseTo(2.6e3, 9);
  });

  it('read from above the cylinder reads high, from below low (俯视偏大, 仰视偏小), by π r³ tan 15° ≈ 2 mL', () => {
    const m = open(densityPreset);
    edit(m, {}, [], { MC1: { eye: 'above' } });
    expect(v(m, 'MC1', 'readingMl')).toBe(52);
    edit(m, {}, [], { MC1: { eye: 'below' } });
    expect(v(m, 'MC1', 'readingMl')).toBe(48);
  });

  it('salt water: the beaker weighs 65 g glass + 1.1 g/mL × 100 mL; 40 mL poured into the empty cylinder leaves 44 g less: ρ = 1.1 g/cm³', () => {
    const m = open(densityPreset);
    edit(m, { B1: onPan(m, -1) });
    expect(v(m, 'TB1', 'leftG')).toBeCloseTo(65 + 110, 9);
    const r = pour(at(m, 'B1'), at(m, 'MC2'), 40);
    if (!r.ok) throw new Error(r.reason);
    edit(m, {}, [], Object.fromEntries(['B1', 'MC2'].map((id) => [id, Object.fromEntries(r.changes.filter((c) => c.partId === id).map((c) => [c.prop, c.value as number | string]))])));
    expect(v(m, 'MC2', 'readingMl')).toBe(40);
    expect(v(m, 'TB1', 'leftG')).toBeCloseTo(65 + 66, 9);
    expect((175 - v(m, 'TB1', 'leftG')) / v(m, 'MC2', 'readingMl')).toBeCloseTo(1.1, 12);
    // Not into a cylinder of water, and over 200 g on a pan is an overload.
    expect(pour(at(m, 'B1'), at(m, 'MC1'), 10)).toEqual({ ok: false, reason: 'otherLiquid' });
    edit(m, { W1: onPan(m, -1, 0.02), W2: onPan(m, -1, -0.02) });
    expect(v(m, 'TB1', 'pointerDivisions')).toBe(10);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.overload');
  });
});

describe('4.1.6 the spring gauge', () => {
  it('two 50 g hooked weights pull G = mg = 0.98 N; the 0.2 N scale reads 1.0 N, or 1.2 N unzeroed', () => {
    const m = open(forceGaugePreset);
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(0.2, 12);
    edit(m, {}, [{ id: 'a', from: { part: 'F1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }, { id: 'b', from: { part: 'H1', terminal: 'hook' }, to: { part: 'H2', terminal: 'ring' } }]);
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(0.1 * G, 12);
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(1.2, 12);
    m.reset({ ...m.paramsNow(), zeroN: 0 });
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(1.0, 12);
    // The weights hang below the gauge's hook, one below the other.
    expect(at(m, 'H2').yM).toBeGreaterThan(at(m, 'H1').yM);
  });

  it('past its range the pointer is against the stop: no reading', () => {
    const m = open(forceGaugePreset);
    m.reset({ ...defaultParams(m.meta.params), massG: 200, zeroN: 0 });
    const links: SetupLink[] = [{ id: 'a', from: { part: 'F1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }];
    for (let i = 2; i <= 4; i++) links.push({ id: `l${i}`, from: { part: `H${i - 1}`, terminal: 'hook' }, to: { part: `H${i}`, terminal: 'ring' } });
    edit(m, {}, links, { H2: { massG: 200 }, H3: { massG: 200 }, H4: { massG: 200 } });
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(0.8 * G, 12);
    expect(v(m, 'F1', 'readingN')).toBeNaN();
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.gaugeOverrange');
  });
});

describe('4.2.5 the lever', () => {
  const hangAt = (hole: string, w: string): SetupLink => ({ id: `${hole}-${w}`, from: { part: 'LV1', terminal: hole }, to: { part: w, terminal: 'ring' } });
  it('levelled, two weights 10 cm left balance one 20 cm right: F₁l₁ = F₂l₂', () => {
    const m = open(leverPreset);
    expect(Math.abs(v(m, 'LV1', 'tiltDeg'))).toBeGreaterThan(0.25);
    m.reset({ nutMm: -6 });
    expect(v(m, 'LV1', 'balanced')).toBe(1);
    edit(m, {}, [hangAt('L2', 'H1'), { id: 'c', from: { part: 'H1', terminal: 'hook' }, to: { part: 'H2', terminal: 'ring' } }, hangAt('R4', 'H3')]);
    expect(v(m, 'LV1', 'leftForceN')).toBeCloseTo(0.1 * G, 12);
    expect(v(m, 'LV1', 'leftArmM')).toBeCloseTo(0.1, 12);
    expect(v(m, 'LV1', 'rightForceN')).toBeCloseTo(0.05 * G, 12);
    expect(v(m, 'LV1', 'rightArmM')).toBeCloseTo(0.2, 12);
    expect(v(m, 'LV1', 'balanced')).toBe(1);
    // The weights hang at their holes.
    expect(at(m, 'H3').xM).toBeCloseTo(at(m, 'LV1').xM + 0.2, 9);
    expect(at(m, 'H3').yM).toBeGreaterThan(at(m, 'LV1').yM + LEVER_BEAM_Y_M);
  });

  it('one hole further out on the right, its end goes down', () => {
    const m = open(leverPreset);
    m.reset({ nutMm: -6 });
    edit(m, {}, [hangAt('L2', 'H1'), { id: 'c', from: { part: 'H1', terminal: 'hook' }, to: { part: 'H2', terminal: 'ring' } }, hangAt('R5', 'H3')]);
    expect(v(m, 'LV1', 'tiltDeg')).toBeLessThan(-0.25);
  });
});

describe('4.2.4 buoyancy', () => {
  it('50 cm³ of aluminium: G = 1.323 N in air; all in water F_b = ρgV = 0.49 N, the gauge reads G − F_b', () => {
    const m = open(buoyancyPreset);
    const gWeight = 2.7e3 * 50e-6 * G;
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(gWeight, 12);
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(1.3, 12); // to the 0.05 N division
    const b = at(m, 'B1');
    // Lower the gauge until the block is well under the surface (its bottom 1 cm above the beaker's bottom).
    const drop = b.yM + 0.046 - 0.01 - (at(m, 'M1').yM + 0.013);
    edit(m, { F1: { xM: b.xM, yM: at(m, 'F1').yM + drop } });
    expect(v(m, 'M1', 'immersedCm3')).toBeCloseTo(50, 9);
    expect(v(m, 'M1', 'buoyancyN')).toBeCloseTo(1e3 * G * 50e-6, 12);
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(gWeight - 0.49, 12);
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(0.85, 12);
    // Deeper makes no difference once it is all in; the beaker's level rose by V / (π r²).
    const f = v(m, 'F1', 'forceN');
    edit(m, { F1: { xM: b.xM, yM: at(m, 'F1').yM + 0.005 } });
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(f, 12);
    expect(v(m, 'B1', 'volumeMl')).toBeCloseTo(250, 9);
    // Let down onto the bottom, it stands there: the thread goes slack and the gauge reads nothing of it.
    edit(m, { F1: { xM: b.xM, yM: at(m, 'F1').yM + 0.02 } });
    expect(v(m, 'F1', 'forceN')).toBe(0);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.touchesBottom');
    expect(v(m, 'M1', 'immersedCm3')).toBeCloseTo(50, 9);
  });

  it('part way in, the level and the immersed volume agree; in salt water the buoyancy is more', () => {
    const m = open(buoyancyPreset);
    const b = at(m, 'B1');
    const loads = (m.engine as MechanicsBenchEngine).loads;
    const surface = loads.vessels.get('B1')!.surfaceYM;
    // Put the block's bottom 6.5 mm under the surface as it stood: the level rises as it goes in (a little over half of it ends up under).
    edit(m, { F1: { xM: b.xM, yM: at(m, 'F1').yM + (surface - (at(m, "M1").yM + 0.013)) + 0.0065 } });
    const im = v(m, 'M1', 'immersedCm3');
    expect(im).toBeGreaterThan(20);
    expect(im).toBeLessThan(30);
    const s = (m.engine as MechanicsBenchEngine).loads.vessels.get('B1')!;
    // Consistency: the level is the liquid plus what is in.
    expect(s.volumeMl).toBeCloseTo(200 + im, 6);
    m.reset({ ...m.paramsNow(), liquid: 'brine' });
    expect(v(m, 'M1', 'buoyancyN')).toBeGreaterThan(1.1 * 1e3 * G * im * 1e-6 * 0.95);
  });
});

describe('4.2.3 liquid pressure', () => {
  it('the probe 10 cm under water lifts the manometer by 100 mm, whichever way it faces; in salt water 110 mm', () => {
    const m = open(pressurePreset);
    const surface = (m.engine as MechanicsBenchEngine).loads.vessels.get('T1')!.surfaceYM;
    edit(m, { P1: { xM: at(m, 'P1').xM, yM: surface + 0.1 } });
    expect(v(m, 'P1', 'pressurePa')).toBeCloseTo(1e3 * G * 0.1, 9);
    expect(v(m, 'U1', 'heightDiffMm')).toBeCloseTo(100, 9);
    expect(v(m, 'U1', 'readingMm')).toBe(100);
    for (const facing of ['up', 'side']) {
      m.reset({ ...m.paramsNow(), facing });
      expect(v(m, 'U1', 'readingMm')).toBe(100);
    }
    m.reset({ ...m.paramsNow(), liquid: 'brine' });
    expect(v(m, 'U1', 'readingMm')).toBe(110);
    // Out of the liquid: no pressure.
    edit(m, { P1: { xM: at(m, 'P1').xM, yM: surface - 0.02 } });
    expect(v(m, 'U1', 'readingMm')).toBe(0);
  });
});

describe('4.2.2 sliding friction', () => {
  it('pulled at constant speed the gauge reads μ_k N: 0.3 × 0.2 kg × 9.8 = 0.588 N, read 0.6 N; twice with 200 g on top', () => {
    const m = open(frictionPreset);
    expect(v(m, 'F1', 'readingN')).toBe(0);
    m.reset({ ...m.paramsNow(), pull: 'steady' });
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(0.3 * 0.2 * G, 12);
    expect(v(m, 'F1', 'readingN')).toBeCloseTo(0.6, 12);
    const k = at(m, 'K1');
    edit(m, { W1: { xM: k.xM - 0.02, yM: k.yM - 0.1 }, W2: { xM: k.xM + 0.02, yM: k.yM - 0.1 } });
    expect(v(m, 'K1', 'normalN')).toBeCloseTo(0.4 * G, 12);
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(0.3 * 0.4 * G, 12);
    m.reset({ ...m.paramsNow(), surface: 'towel' });
    expect(v(m, 'F1', 'forceN')).toBeCloseTo(0.6 * 0.4 * G, 12);
    // Speeding up, the gauge reads more than the friction.
    m.reset({ ...m.paramsNow(), pull: 'faster' });
    expect(v(m, 'F1', 'forceN')).toBeGreaterThan(0.6 * 0.4 * G);
  });
});

describe('4.1.5 average speed', () => {
  it('the cart from rest down 0.8 m at 2°: t = √(2s/a), a = g(sin θ − μ_r cos θ); timed by the watch; the first half takes more than half the time', () => {
    const m = open(speedPreset);
    const a = G * (Math.sin((2 * Math.PI) / 180) - 0.005 * Math.cos((2 * Math.PI) / 180));
    const t = Math.sqrt((2 * 0.8) / a);
    // The student starts the watch as the cart is let go.
    edit(m, {}, [], { SW1: { crown: 'running' } });
    const run = runSimulation(m, { untilEvent: 'arrived', dtS: 0.001 });
    expect(run.events[0].timeS).toBeCloseTo(t, 9);
    expect(v(m, 'S1', 'runTimeS')).toBeCloseTo(t, 12);
    expect(v(m, 'S1', 'travelM')).toBeCloseTo(0.8, 9);
    // Stopped at the click: the mechanical watch shows the last 0.1 s jump.
    edit(m, {}, [], { SW1: { crown: 'stopped' } });
    runSimulation(m, { timeS: m.timeS + 1 });
    expect(v(m, 'SW1', 'readingS')).toBeCloseTo(Math.floor(t * 10 + 1e-6) / 10, 9);
    // The first half (plate at 40 cm).
    m.reset({ ...m.paramsNow(), stopM: 0.4 });
    expect(v(m, 'S1', 'runTimeS')).toBeCloseTo(t / Math.SQRT2, 9);
    expect(v(m, 'S1', 'averageSpeedMps')).toBeLessThan(0.8 / t);
  });
});

describe('4.1.4 ruler and stopwatch', () => {
  it('the block 10 cm long, its left end at 2.35 cm: read 2.35 and 12.35 cm (estimated digit), length 10.00 cm; from the side both shift, the length does not', () => {
    const m = open(rulerWatchPreset);
    expect(v(m, 'R1', 'leftM')).toBeCloseTo(0.0235, 12);
    expect(v(m, 'R1', 'rightM')).toBeCloseTo(0.1235, 12);
    expect(v(m, 'R1', 'lengthM')).toBeCloseTo(0.1, 12);
    m.reset({ ...m.paramsNow(), eye: 'right' });
    // gap 1.5 mm × tan 30° = 0.87 mm further along (人教版: 视线要正对刻度线).
    expect(v(m, 'R1', 'leftM')).toBeCloseTo(0.0244, 12);
    // The ruler lifted off the block reads nothing.
    edit(m, { R1: { xM: at(m, 'R1').xM, yM: at(m, 'R1').yM - 0.05 } });
    expect(v(m, 'R1', 'lengthM')).toBeNaN();
  });

  it('the stopwatch counts while running, stops, and goes back to zero', () => {
    const m = open(rulerWatchPreset);
    edit(m, {}, [], { SW1: { crown: 'running' } });
    runSimulation(m, { timeS: 99.85 });
    edit(m, {}, [], { SW1: { crown: 'stopped' } });
    expect(v(m, 'SW1', 'readingS')).toBeCloseTo(99.8, 9);
    edit(m, {}, [], { SW1: { crown: 'zero' } });
    expect(v(m, 'SW1', 'readingS')).toBe(0);
  });
});

describe('what a frame has to redraw (BenchEngine.revision)', () => {
  it('a settled bench keeps its revision step after step; an edit bumps it; a running cart bumps it each step until it stops; a beam until it has come to rest', () => {
    const m = createMechanicsModel(cartVelocityPreset);
    m.reset(defaultParams(m.meta.params));
    const engine = m.engine as MechanicsBenchEngine, rev = () => engine.revision();
    const still = rev();
    for (let i = 0; i < 50; i++) m.step(0.01);
    expect(rev()).toBe(still);
    m.edit({ ...m.setup, links: [{ id: 't', from: { part: 'CT1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }], parts: m.setup.parts.map((p) => (p.id === 'CT1' ? { ...p, props: { ...p.props, start: 'released' } } : p)) });
    let r = rev();
    expect(r).toBeGreaterThan(still);
    const stop = engine.value('CT1', 'stopTimeS');
    for (let t = 0.01; t < stop - 0.02; t += 0.01) {
      m.step(0.01);
      expect(rev()).toBe(++r);
    }
    for (let i = 0; i < 10; i++) m.step(0.01);
    r = rev();
    for (let i = 0; i < 50; i++) m.step(0.01);
    expect(rev()).toBe(r); // stopped: nothing moves
    // The balance: a weight put on swings the beam for a while, then it rests and the frames stop.
    const b = createMechanicsModel(densityPreset);
    b.reset(defaultParams(b.meta.params));
    const be = b.engine as MechanicsBenchEngine, r0 = be.revision();
    for (let i = 0; i < 20; i++) b.step(0.05);
    expect(be.revision()).toBe(r0);
    const sample = b.setup.parts.find((p) => p.kind === 'sample')!;
    b.edit(arrange({ ...b.setup, parts: b.setup.parts.map((p) => (p.id === sample.id ? { ...p, ...onPan(b, -1) } : p)) }, mechanicsParts, tableOf(densityPreset.id).heightM));
    const r1 = be.revision();
    b.step(0.05);
    expect(be.revision()).toBe(r1 + 1); // swinging
    for (let i = 0; i < 2000; i++) b.step(0.05);
    const r2 = be.revision();
    b.step(0.05);
    expect(be.revision()).toBe(r2); // at rest (or against a stop)
  });
});
