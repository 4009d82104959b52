/**
 * The ruler read as 人教版 八年级上册 第一章第1节 teaches: each end to a tenth of a millimetre (估读), length =
 * difference; an eye off to the side by α shifts each reading by gap·tan α.
 */
import { describe, expect, it } from 'vitest';
import { RULERS, RULER_EYE_DEG, readLength, readRuler } from './ruler';

const r = RULERS['20'];

describe('ruler', () => {
  it('reads an edge to a tenth of a millimetre (the estimated digit)', () => {
    expect(readRuler(0.04237, 'square', r).readM).toBeCloseTo(0.0424, 12);
    expect(readRuler(0.04234, 'square', r).readM).toBeCloseTo(0.0423, 12);
    expect(readRuler(0.25, 'square', r).readM).toBeNaN();
  });

  it('measures a length from any mark as the difference of two readings', () => {
    // A block 32.56 mm long laid from the 1 cm mark: 10.0 mm and 42.6 mm → 32.6 mm.
    expect(readLength(0.01, 0.04256, 'square', r)).toBeCloseTo(0.0326, 12);
    expect(readLength(0, 0.03256, 'square', r)).toBeCloseTo(0.0326, 12);
  });

  it('an eye off to one side reads each edge gap·tan α away', () => {
    const shift = r.gapM * Math.tan((RULER_EYE_DEG.right * Math.PI) / 180);
    expect(shift * 1000).toBeCloseTo(0.866, 3);
    expect(readRuler(0.05, 'right', r).seenM - 0.05).toBeCloseTo(shift, 12);
    expect(readRuler(0.05, 'left', r).seenM - 0.05).toBeCloseTo(-shift, 12);
    expect(readRuler(0.05, 'right', r).readM).toBeCloseTo(0.0509, 12);
    // Both ends shift alike, so a length survives an eye steadily off to one side to within the estimated
    // digit (the two roundings differ), but not an eye that moves between the ends.
    expect(Math.abs(readLength(0.01, 0.04256, 'right', r) - 0.0326)).toBeLessThanOrEqual(1e-4 + 1e-12);
  });
});
