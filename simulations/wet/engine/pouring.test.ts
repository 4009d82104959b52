/**
 * Pouring from a tipped test tube (./pouring.ts) against the tube's geometry by hand: 30 mL along 18 cm, so A = 1.667 cm² and the inside
 * radius r = √(A/π) = 7.284 mm. Tipped with its mouth θ above the horizontal it keeps the liquid below the horizontal through the mouth's
 * lower lip, a column of L − r·cot θ along the axis: V = 30 mL × (0.18 − 0.007284 cot θ) / 0.18.
 */
import { describe, expect, it } from 'vitest';
import type { SetupPart } from '../../bench/setup';
import { tubeHoldsMl } from './pouring';

/** A tube whose mouth is θ above the horizontal, to the right (rotation 360 − θ; 270 is mouth up, y down). */
const tipped = (thetaDeg: number): SetupPart => ({ id: 'T1', kind: 'test-tube', xM: 0.3, yM: 0.3, rotDeg: 360 - thetaDeg, props: {} });
const byHand = (thetaDeg: number) => (30 * (0.18 - 0.0072837 / Math.tan((thetaDeg * Math.PI) / 180))) / 0.18;

describe('what a tipped test tube holds before it pours', () => {
  it('upright it holds all 30 mL; tipped it holds the liquid below its lip', () => {
    expect(tubeHoldsMl(tipped(90))).toBeCloseTo(30, 6);
    expect(tubeHoldsMl(tipped(45))).toBeCloseTo(byHand(45), 4);
    expect(tubeHoldsMl(tipped(45))).toBeCloseTo(28.79, 2);
    expect(tubeHoldsMl(tipped(20))).toBeCloseTo(26.66, 2);
    expect(tubeHoldsMl(tipped(13))).toBeCloseTo(24.74, 2);
    expect(tubeHoldsMl(tipped(10))).toBeCloseTo(23.12, 2);
    // Mouth to the left: the same.
    expect(tubeHoldsMl({ ...tipped(13), rotDeg: 180 + 13 })).toBeCloseTo(24.74, 2);
  });

  it('nearly level, level or mouth down it holds nothing', () => {
    // r cot θ = L at θ = atan(7.284 / 180) = 2.32°.
    expect(tubeHoldsMl(tipped(2))).toBe(0);
    expect(tubeHoldsMl(tipped(0))).toBe(0);
    expect(tubeHoldsMl(tipped(-20))).toBe(0);
    expect(tubeHoldsMl(tipped(3))).toBeGreaterThan(0);
  });
});
