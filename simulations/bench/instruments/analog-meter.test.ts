import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/rng';
import { AMMETER_SCALES, PIN_HIGH, PIN_LOW, VOLTMETER_SCALES, pointerAngleDeg, pointerFor, readToResolution, scaleTicks, smallestDivision, withNoise } from './analog-meter';

// Divisions per 人教版 九年级物理: 电流表 0–0.6 A 分度值 0.02 A, 0–3 A 分度值 0.1 A (第十五章第4节);
// 电压表 0–3 V 分度值 0.1 V, 0–15 V 分度值 0.5 V (第十六章第1节).
describe('analog meter', () => {
  it('has the textbook smallest divisions', () => {
    expect(smallestDivision(AMMETER_SCALES['0.6'])).toBeCloseTo(0.02, 12);
    expect(smallestDivision(AMMETER_SCALES['3'])).toBeCloseTo(0.1, 12);
    expect(smallestDivision(VOLTMETER_SCALES['3'])).toBeCloseTo(0.1, 12);
    expect(smallestDivision(VOLTMETER_SCALES['15'])).toBeCloseTo(0.5, 12);
    const ticks = scaleTicks(AMMETER_SCALES['0.6']);
    expect(ticks).toHaveLength(31);
    expect(ticks.filter((t) => t.major).map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6]);
  });

  it('reads to the smallest division', () => {
    expect(readToResolution(0.2857, AMMETER_SCALES['0.6'])).toBe(0.28);
    expect(readToResolution(0.2857, AMMETER_SCALES['3'])).toBe(0.3);
    expect(readToResolution(2.26, VOLTMETER_SCALES['15'])).toBe(2.5);
    expect(readToResolution(2.24, VOLTMETER_SCALES['15'])).toBe(2);
  });

  it('pins the pointer and says so on overrange and reversed polarity; an unconnected meter rests at zero', () => {
    expect(pointerFor(0.9, AMMETER_SCALES['0.6'])).toEqual({ fraction: PIN_HIGH, status: 'overrange' });
    expect(pointerFor(-0.1, AMMETER_SCALES['0.6'])).toEqual({ fraction: PIN_LOW, status: 'reversed' });
    expect(pointerFor(NaN, AMMETER_SCALES['0.6'])).toEqual({ fraction: 0, status: 'none' });
    expect(readToResolution(0.9, AMMETER_SCALES['0.6'])).toBeNaN();
    expect(pointerFor(0.6, AMMETER_SCALES['0.6'])).toEqual({ fraction: 1, status: 'ok' });
    expect(pointerAngleDeg(0)).toBe(-45);
    expect(pointerAngleDeg(1)).toBe(45);
  });

  it('adds seeded noise of the asked size only when asked', () => {
    const rng = new SeededRandom(7);
    expect(withNoise(0.3, AMMETER_SCALES['0.6'], rng, 0)).toBe(0.3);
    const xs = Array.from({ length: 4000 }, () => withNoise(0.3, AMMETER_SCALES['0.6'], rng, 0.5));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(0.3, 3);
    expect(sd).toBeGreaterThan(0.009);
    expect(sd).toBeLessThan(0.011);
    const again = new SeededRandom(7);
    expect(withNoise(0.3, AMMETER_SCALES['0.6'], again, 0.5)).toBe(withNoise(0.3, AMMETER_SCALES['0.6'], new SeededRandom(7), 0.5));
  });
});
