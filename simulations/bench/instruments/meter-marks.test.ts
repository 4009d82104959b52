import { describe, expect, it } from 'vitest';
import { AMMETER_SCALES } from './analog-meter';
import { dialMarks } from './meter-marks';

const segments = (d: string) => d.split('M').filter(Boolean).length;

describe('analog meter dial marks', () => {
  it('0–3 A over 0–0.6 A: 3 numbered divisions of 10 (a smallest division of 0.02 A), numerals 0, 1, 2, 3 and 0, 0.2, 0.4, 0.6', () => {
    const m = dialMarks([AMMETER_SCALES['3'], AMMETER_SCALES['0.6']], 1, 0);
    expect(segments(m.major)).toBe(4);
    expect(segments(m.minor)).toBe(27);
    expect(m.upper.map((n) => n.text)).toEqual(['0', '1', '2', '3']);
    expect(m.lower.map((n) => n.text)).toEqual(['0', '0.2', '0.4', '0.6']);
    // The mid-scale numeral straight above the pivot (y 0.55), 1.1 radius away.
    expect(m.upper[0].x).toBeCloseTo(-m.upper[3].x, 12);
    expect(Math.hypot(m.upper[1].x, m.upper[1].y - 0.55)).toBeCloseTo(1.1, 12);
    expect(dialMarks([AMMETER_SCALES['3'], AMMETER_SCALES['0.6']], 1, 0)).toBe(m);
  });
});
