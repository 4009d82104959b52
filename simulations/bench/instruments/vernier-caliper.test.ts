/**
 * Vernier readings as 人教版 必修第三册 第十一章第3节 teaches them: main-scale millimetres + k × precision,
 * no estimated digit; 10/20/50 divisions spanning 9/19/49 mm give 0.1/0.05/0.02 mm.
 */
import { describe, expect, it } from 'vitest';
import { VERNIERS, readVernier, vernierLineM, vernierPrecisionM } from './vernier-caliper';

describe('vernier caliper', () => {
  it('has the precision 1 mm / n', () => {
    expect(vernierPrecisionM(VERNIERS['10'])).toBeCloseTo(1e-4, 15);
    expect(vernierPrecisionM(VERNIERS['20'])).toBeCloseTo(5e-5, 15);
    expect(vernierPrecisionM(VERNIERS['50'])).toBeCloseTo(2e-5, 15);
  });

  it('reads main millimetres plus the aligned line (23 mm + 7 × 0.05 mm = 23.35 mm)', () => {
    const r = readVernier(23.35e-3, 0, VERNIERS['20']);
    expect(r.mainMm).toBe(23);
    expect(r.line).toBe(7);
    expect(r.readM).toBeCloseTo(23.35e-3, 12);
    // The aligned line meets main-scale line 23 + 7 = 30 mm.
    expect(vernierLineM(r.shownM, 7, VERNIERS['20'])).toBeCloseTo(30e-3, 12);
  });

  it('rounds to the nearest line (no estimate) and carries to the next millimetre', () => {
    expect(readVernier(10.437e-3, 0, VERNIERS['10']).readM).toBeCloseTo(10.4e-3, 12);
    expect(readVernier(10.463e-3, 0, VERNIERS['50']).readM).toBeCloseTo(10.46e-3, 12);
    const r = readVernier(10.98e-3, 0, VERNIERS['20']);
    expect([r.mainMm, r.line]).toEqual([11, 0]);
  });

  it('adds a zero error to every reading', () => {
    expect(readVernier(12.3e-3, 0.1e-3, VERNIERS['10']).readM).toBeCloseTo(12.4e-3, 12);
  });
});
