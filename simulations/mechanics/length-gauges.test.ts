/**
 * B3.2 长度的测量及其测量工具的选用 (人教版 高中物理 必修第三册 第十一章第3节 "实验：导体电阻率的测量", 一、长度的
 * 测量及测量工具的选用): the vernier caliper reads main-scale millimetres + (aligned line) × 1 mm/n with no estimate
 * (n = 10, 20, 50: 0.1, 0.05, 0.02 mm); the micrometer reads the sleeve (half-millimetres included) + thimble
 * divisions × 0.01 mm with one estimated digit; a zero error is read with the jaws closed and subtracted.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import type { BenchModel } from '../bench/bench-model';
import { caliperReading, micrometerReading, type Specimen } from './length-gauges';
import { createMechanicsModel } from './model';
import { lengthPreset } from './presets/length';
import { CALIPER_ZERO_X_M } from './parts/vernier-caliper';
import { MICROMETER_ANVIL_X_M } from './parts/micrometer';

const mm = (x: number) => x / 1000;
const tube: Specimen = { shape: 'tube', outerM: mm(22.36), innerM: mm(18.62), depthM: mm(31.44) };
const wire: Specimen = { shape: 'wire', outerM: mm(0.516), innerM: 0, depthM: 0 };

describe('reading a specimen with the caliper and the micrometer', () => {
  it('the tube on the 10-, 20- and 50-division verniers: to 0.1, 0.05, 0.02 mm, the nearest line, no estimate', () => {
    const read = (jaws: 'outside' | 'inside' | 'depth', n: string) => Number((caliperReading(tube, jaws, n, 0)!.readM * 1000).toPrecision(10));
    // 22.36 mm: 22 mm + 0.36 → line 3.6 → 4 (22.4), 7.2 → 7 (22.35), 18 (22.36).
    expect([read('outside', '10'), read('outside', '20'), read('outside', '50')]).toEqual([22.4, 22.35, 22.36]);
    expect([read('inside', '10'), read('inside', '20'), read('inside', '50')]).toEqual([18.6, 18.6, 18.62]);
    expect([read('depth', '10'), read('depth', '20'), read('depth', '50')]).toEqual([31.4, 31.45, 31.44]);
    const r = caliperReading(tube, 'outside', '20', 0)!;
    expect([r.mainMm, r.line]).toEqual([22, 7]);
  });

  it('the inside jaws and the depth rod take nothing of a wire; closed jaws read the zero error', () => {
    expect(caliperReading(wire, 'inside', '20', 0)).toBeNull();
    expect(caliperReading(wire, 'depth', '20', 0)).toBeNull();
    expect(caliperReading(null, 'outside', '50', mm(0.04))!.readM).toBeCloseTo(mm(0.04), 12);
    // A zero error of −0.1 mm (the vernier's zero left of the main zero) on the 10-division vernier.
    expect(caliperReading(null, 'outside', '10', mm(-0.1))!.readM).toBeCloseTo(mm(-0.1), 12);
    expect(caliperReading(tube, 'outside', '10', mm(-0.1))!.readM).toBeCloseTo(mm(22.3), 12);
    expect(() => caliperReading(tube, 'outside', '25', 0)).toThrow(/vernier: '25' is not one of 10, 20, 50/);
  });

  it('the micrometer on the wire: the 0.5 mm mark showing and 1.6 thimble divisions (0.516 mm); with a +0.008 mm zero error 0.524 mm', () => {
    const r = micrometerReading(wire, 0)!;
    expect(r.sleeveM).toBeCloseTo(mm(0.5), 12);
    expect(r.halfMark).toBe(true);
    expect(r.thimble).toBeCloseTo(1.6, 9);
    expect(r.readM).toBeCloseTo(mm(0.516), 12);
    expect(micrometerReading(null, mm(0.008))!.readM).toBeCloseTo(mm(0.008), 12);
    expect(micrometerReading(wire, mm(0.008))!.readM).toBeCloseTo(mm(0.524), 12);
    // The tube's 22.36 mm: 22.0 mm on the sleeve, 36.0 divisions; a ball over 25 mm does not fit.
    expect(micrometerReading(tube, 0)!.readM).toBeCloseTo(mm(22.36), 12);
    expect(micrometerReading({ ...wire, shape: 'ball', outerM: mm(30) }, 0)).toBeNull();
  });
});

function holdIn(m: BenchModel, specimenId: string, instrumentId: string) {
  const inst = m.setup.parts.find((p) => p.id === instrumentId)!;
  const at = instrumentId.startsWith('MI') ? { xM: inst.xM + MICROMETER_ANVIL_X_M + 0.002, yM: inst.yM } : { xM: inst.xM + CALIPER_ZERO_X_M + 0.012, yM: inst.yM + 0.01 };
  m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === specimenId ? { ...p, ...at } : p)) });
  return m.measure();
}

describe('B3.2 on the bench (mechanics-length)', () => {
  it('closed, the micrometer shows its +0.008 mm zero error; the wire in it reads 0.524 mm, 0.516 mm corrected; the tube in the caliper reads 22.35 mm', () => {
    const m = createMechanicsModel(lengthPreset);
    m.reset(defaultParams(m.meta.params));
    const closed = m.measure();
    expect(closed.caliperReadingMm).toBe(0);
    expect(closed.micrometerReadingMm).toBeCloseTo(0.008, 9);
    const r = holdIn(m, 'X2', 'MI1');
    expect(r.micrometerReadingMm).toBeCloseTo(0.524, 9);
    expect(r.micrometerReadingMm - closed.micrometerReadingMm).toBeCloseTo(0.516, 9);
    expect(r.micrometerSizeMm).toBeCloseTo(0.516, 9);
    expect(holdIn(m, 'X1', 'VC1').caliperReadingMm).toBeCloseTo(22.35, 9);
    expect(m.engine.value('VC1', 'held')).toBe(1);
    // On the caliper's beam, away from its jaws, the tube is not held.
    const vc = m.setup.parts.find((p) => p.id === 'VC1')!;
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'X1' ? { ...p, xM: vc.xM + 0.05, yM: vc.yM } : p)) });
    expect(m.engine.value('VC1', 'held')).toBe(0);
  });

  it('headless with the 50-division vernier and the inside jaws: the bore 18.62 mm', () => {
    const m = createMechanicsModel(lengthPreset);
    m.reset({ ...defaultParams(m.meta.params), divisions: '50', jaws: 'inside' });
    expect(holdIn(m, 'X1', 'VC1').caliperReadingMm).toBeCloseTo(18.62, 9);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'X1' ? { ...p, xM: 0.05, yM: 0.2 } : p)) });
    expect(holdIn(m, 'X2', 'VC1').caliperReadingMm).toBeNaN(); // the wire taken instead: the inside jaws cannot hold it
  });
});
