import { describe, expect, it } from 'vitest';
import { BURETTE_MARKS, CYLINDER_MARKS, HOFMANN_MARKS, SYRINGE_MARKS, trayGrid } from './scale-marks';

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

  /** The path's vertical marks as [x, y1, y2] (M x y1 V y2). */
  const verticals = (d: string) => [...d.matchAll(/M(-?[\d.e-]+) (-?[\d.e-]+)V(-?[\d.e-]+)/g)].map((m) => [+m[1], +m[2], +m[3]]);

  it('the 100 mL gas syringe: a mark each 5 mL at 1.6 mm per mL from x −0.08, longer each 10 mL, numerals each 20 mL', () => {
    const m = verticals(SYRINGE_MARKS.d);
    expect(m.length).toBe(21);
    expect(m[0][0]).toBeCloseTo(-0.08, 12); // 0 mL
    expect(m[20][0]).toBeCloseTo(0.08, 12); // 100 mL
    expect(m.filter((s) => s[2] === -0.006).length).toBe(11); // 0, 10 … 100 mL
    expect(SYRINGE_MARKS.labels.map((l) => l.text).join(' ')).toBe('0 20 40 60 80 100');
  });

  it('the electrolysis arms: 11 marks each, 0 mL at y −0.12 and 50 mL at 0.08', () => {
    const m = marks(HOFMANN_MARKS);
    expect(m.length).toBe(22);
    expect(m[0]).toEqual([-0.036, expect.closeTo(-0.029, 12), -0.12]);
    expect(m[10][2]).toBeCloseTo(0.08, 12);
    expect(m[11][0]).toBeCloseTo(0.054, 12);
  });

  it("the oil tray's 1 cm grid over 40 × 30 cm: 41 + 31 lines, every fifth in the major path", () => {
    const g = trayGrid(0.4, 0.3, 0.01, 800);
    const all = (d: string) => (d.match(/M/g) ?? []).length;
    expect(all(g.major) + all(g.minor)).toBe(72);
    expect(all(g.major)).toBe(9 + 7);
    expect(verticals(g.major).at(-1)).toEqual([320, 0, 240]);
  });
});
