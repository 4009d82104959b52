import { describe, expect, it } from 'vitest';
import { BURETTE_MARKS, CYLINDER_MARKS } from './scale-marks';

/** The path's marks as [x1, x2, y] (M x1 y H x2). */
const marks = (d: string) => [...d.matchAll(/M(-?[\d.e-]+) (-?[\d.e-]+)H(-?[\d.e-]+)/g)].map((m) => [+m[1], +m[3], +m[2]]);

describe('wet bench glassware scales', () => {
  it('the 50 mL cylinder: marks 5–50 mL at 3.2 mm per mL up from y 0.09, longer each 5 and 10 mL', () => {
    const m = marks(CYLINDER_MARKS.d);
    expect(m.length).toBe(46);
    expect(m[0][2]).toBeCloseTo(0.09 - 5 * 0.0032, 12); // 5 mL
    expect(m[45][2]).toBeCloseTo(-0.07, 12); // 50 mL
    expect(m.map((s) => s[1] - s[0]).filter((l) => Math.abs(l - 0.01) < 1e-12).length).toBe(5); // 10…50 mL
    expect(CYLINDER_MARKS.labels.map((l) => l.text).join(' ')).toBe('10 20 30 40 50');
  });

  it('the 50 mL burette: marks 0–50 mL at 4.2 mm per mL down from y −0.13, numerals each 10 mL', () => {
    const m = marks(BURETTE_MARKS.d);
    expect(m.length).toBe(51);
    expect(m[0][2]).toBeCloseTo(-0.13, 12);
    expect(m[50][2]).toBeCloseTo(0.08, 12);
    expect(m[25][1]).toBe(-0.001);
    expect(m[30][1]).toBe(0.001);
    expect(m[31][1]).toBe(-0.003);
    expect(BURETTE_MARKS.labels.map((l) => l.text).join(' ')).toBe('0 10 20 30 40 50');
  });
});
