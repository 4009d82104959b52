import { describe, expect, it } from 'vitest';
import { discScaleMarks, RAIL_MARKS, railCloseUpMarks } from './scale-marks';

/** The path's segments as [x1, y1, x2, y2] (M x y V y, or M x y L x y). */
function segments(d: string): number[][] {
  return [...d.matchAll(/M(-?[\d.e-]+) (-?[\d.e-]+)(?:V(-?[\d.e-]+)|L(-?[\d.e-]+) (-?[\d.e-]+))/g)].map((m) =>
    m[3] !== undefined ? [+m[1], +m[2], +m[1], +m[3]] : [+m[1], +m[2], +m[4], +m[5]],
  );
}

describe('optics scale marks', () => {
  it('the close-up rail scale: 41 mm marks across 40 mm at 4 px/mm, cm marks 16 px with their numerals', () => {
    const m = railCloseUpMarks(123.5); // pointer at 12.35 cm: marks 104–144 mm
    const major = segments(m.major), minor = segments(m.minor);
    expect(major.length + minor.length).toBe(41);
    expect(major.map((s) => s[0])).toEqual([80 + (110 - 123.5) * 4, 80 + (120 - 123.5) * 4, 80 + (130 - 123.5) * 4, 80 + (140 - 123.5) * 4]);
    expect(major.every((s) => s[1] === 4 && s[3] === 20)).toBe(true);
    expect(minor.filter((s) => s[3] === 15).map((s) => s[0])).toEqual([80 + (105 - 123.5) * 4, 80 + (115 - 123.5) * 4, 80 + (125 - 123.5) * 4, 80 + (135 - 123.5) * 4]);
    expect(m.labels.map((l) => l.text)).toEqual(['11', '12', '13', '14']);
    expect(railCloseUpMarks(123.5)).toBe(m); // memoised
    // At the rail's end nothing is drawn past 0 or 100 cm.
    expect(segments(railCloseUpMarks(0).major).length + segments(railCloseUpMarks(0).minor).length).toBe(21);
  });

  it('the rail: 101 cm marks from −0.5 m to 0.5 m, numerals 0–100 each 10 cm', () => {
    const s = segments(RAIL_MARKS.d);
    expect(s.length).toBe(101);
    expect(s[0][0]).toBeCloseTo(-0.5, 12);
    expect(s[100][0]).toBeCloseTo(0.5, 12);
    expect(s[50][3] - s[50][1]).toBeCloseTo(0.011, 12);
    expect(s[55][3] - s[55][1]).toBeCloseTo(0.008, 12);
    expect(s[51][3] - s[51][1]).toBeCloseTo(0.005, 12);
    expect(RAIL_MARKS.labels.map((l) => l.text).join(' ')).toBe('0 10 20 30 40 50 60 70 80 90 100');
  });

  it('the disc: 181 degree marks on the rim, 19 at each 10°, the folded half squeezed to 0.35', () => {
    const R = 0.1, oY = 0;
    const flat = discScaleMarks({ oY, radiusM: R, foldedSide: 0 });
    const major = segments(flat.major), minor = segments(flat.minor);
    expect(major.length).toBe(19);
    expect(minor.length).toBe(162);
    // 30° from the normal: on the rim at (R sin 30°, −R cos 30°), 12 mm inward.
    const m30 = major[12];
    expect(m30[0]).toBeCloseTo(R * 0.5, 12);
    expect(m30[1]).toBeCloseTo(-R * Math.sqrt(3) / 2, 12);
    expect(Math.hypot(m30[2], m30[3])).toBeCloseTo(R - 0.012, 12);
    expect(flat.labels.map((l) => l.text).join(' ')).toBe('90 80 70 60 50 40 30 20 10 0 10 20 30 40 50 60 70 80 90');
    const folded = segments(discScaleMarks({ oY, radiusM: R, foldedSide: -1 }).major);
    expect(folded[6][0]).toBeCloseTo(-R * 0.5 * 0.35, 12); // −30°, on the turned-away half
    expect(folded[12][0]).toBeCloseTo(R * 0.5, 12);
  });
});
