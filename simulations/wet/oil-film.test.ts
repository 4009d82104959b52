/**
 * The oil film against its closed form (人教版 物理 选择性必修第三册 第一章第2节 "用油膜法估测油酸分子的大小"): one drop
 * of a 1 mL in 500 mL solution, 50 drops to the millilitre, holds V = 1/50 mL × 1/500 = 4 × 10⁻⁵ mL = 4 × 10⁻¹¹ m³ of
 * oleic acid; as a layer one molecule (1.1 × 10⁻⁹ m) thick it covers S = V/d = 0.0364 m² (364 cm²); the squares
 * counted by the textbook's half rule give d = V/S back to a few per cent, of the order 10⁻⁹–10⁻¹⁰ m.
 */
import { describe, expect, it } from 'vitest';
import { acidPerDropM3, countSquares, dropsPerMlCounted, moleculeSizeM, monolayerAreaM2, OLEIC_ACID_LENGTH_M, OLEIC_SOLUTION_DROP_ML, oilFilm, oleicFraction, type OilFilmInput } from './oil-film';

const base: OilFilmInput = { fraction: 1 / 500, dropsPerMl: 50, talc: 'thin', sinceDropS: 30, trayWM: 0.4, trayDM: 0.3, seed: 7 };

/** Shoelace area of a closed outline, m². */
function areaOf(o: { xM: number; yM: number }[]): number {
  let s = 0;
  for (let i = 0, j = o.length - 1; i < o.length; j = i++) s += o[j].xM * o[i].yM - o[i].xM * o[j].yM;
  return Math.abs(s) / 2;
}

describe('oil film (用油膜法估测油酸分子的大小)', () => {
  it('one drop holds V = (1/N mL) × fraction of oleic acid and spreads to S = V/d', () => {
    expect(acidPerDropM3(1 / 500, 50)).toBeCloseTo(4e-11, 20);
    expect(monolayerAreaM2(4e-11)).toBeCloseTo(0.036364, 5); // 4 × 10⁻¹¹ m³ / 1.1 × 10⁻⁹ m
    const f = oilFilm(base);
    expect(f.areaM2).toBeCloseTo(0.03636, 4);
    // The drawn outline encloses that area (to the polygon's resolution).
    expect(areaOf(f.outline) / f.areaM2).toBeGreaterThan(0.995);
    expect(areaOf(f.outline) / f.areaM2).toBeLessThan(1.005);
    expect(f.visible && !f.overflows && !f.spreading).toBe(true);
  });

  it('the half rule counts a 5 cm disc as about π × 25 = 78.5 squares', () => {
    const disc = Array.from({ length: 360 }, (_, i) => ({ xM: 0.05 * Math.cos((i * Math.PI) / 180), yM: 0.05 * Math.sin((i * Math.PI) / 180) }));
    const c = countSquares(disc, 0.01, { xM: 0.003, yM: 0.007 });
    expect(Math.abs(c.counted - 78.5)).toBeLessThan(4);
    expect(c.whole).toBeLessThan(c.counted);
    expect(c.touched).toBeGreaterThan(c.counted);
  });

  it('the squares counted give d back to within 5 %, and each seed gives another outline and count', () => {
    const counts = [1, 2, 3, 4, 5].map((seed) => {
      const c = countSquares(oilFilm({ ...base, seed }).outline);
      const d = moleculeSizeM(base.fraction, base.dropsPerMl, c.counted);
      expect(Math.abs(d / OLEIC_ACID_LENGTH_M - 1)).toBeLessThan(0.05);
      return c.counted;
    });
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(oilFilm(base).outline).toEqual(oilFilm(base).outline);
  });

  it('counted before the film has spread, or under too much talc, S is small and d too large; without talc no edge shows', () => {
    const d = (input: OilFilmInput) => moleculeSizeM(input.fraction, input.dropsPerMl, countSquares(oilFilm(input).outline).counted);
    const early = { ...base, sinceDropS: 1 };
    expect(oilFilm(early).spreading).toBe(true);
    expect(d(early) / d(base)).toBeGreaterThan(2); // 1 − e^(−1/2) = 0.39 of the area
    expect(d({ ...base, talc: 'thick' }) / d(base)).toBeGreaterThan(1.5); // 1/0.6
    expect(oilFilm({ ...base, talc: 'none' }).visible).toBe(false);
  });

  it('pure oleic acid would cover V/d = 0.02 mL / 1.1 nm = 18 m², far more than the tray', () => {
    const pure = oilFilm({ ...base, fraction: 1 });
    expect(monolayerAreaM2(acidPerDropM3(1, 50))).toBeCloseTo(18.18, 1);
    expect(pure.overflows).toBe(true);
    expect(pure.areaM2).toBeLessThanOrEqual(base.trayWM * base.trayDM);
  });

  it('the half rule square by square: a 3.6 cm × 2.4 cm rectangle on the grid counts 4 × 2 = 8 (0.6 of a column counted, 0.4 of a row dropped)', () => {
    const rect = [{ xM: 0, yM: 0 }, { xM: 0.036, yM: 0 }, { xM: 0.036, yM: 0.024 }, { xM: 0, yM: 0.024 }];
    expect(countSquares(rect)).toEqual({ counted: 8, touched: 12, whole: 6 });
    // Moved 0.3 cm right on the grid: columns 0.7, 1, 1, 0.9 → all four; rows unchanged.
    expect(countSquares(rect.map((p) => ({ xM: p.xM + 0.003, yM: p.yM }))).counted).toBe(8);
    // d from the counted area: 4 × 10⁻¹¹ m³ over 8 cm² = 5 × 10⁻⁸ m.
    expect(moleculeSizeM(1 / 500, 50, 8)).toBeCloseTo(5e-8, 15);
    expect(moleculeSizeM(1 / 500, 50, 0)).toBeNaN();
  });

  it('the alcohol solution drops by Tate’s law: 0.05 mL × (22.3/0.789)/(72.0/0.998) = 0.0196 mL, 51 to the millilitre', () => {
    expect(OLEIC_SOLUTION_DROP_ML).toBeCloseTo(0.01959, 5);
    expect(Math.round(1 / OLEIC_SOLUTION_DROP_ML)).toBe(51);
    expect(dropsPerMlCounted(51, 1)).toBe(51);
    expect(dropsPerMlCounted(3, 0.1)).toBeCloseTo(30, 9); // three drops read as 0.1 mL: 41 % too few per mL
    expect(dropsPerMlCounted(0, 0)).toBeNaN();
    expect(oleicFraction('oleic500')).toBe(1 / 500);
    expect(() => oleicFraction('pure')).toThrow(/oleic200, oleic500, oleic1000; got 'pure'/);
  });
});
