/**
 * SO₂'s solubility in water against the handbook: absorption (Bunsen) coefficients, volumes of SO₂ reduced to 0 °C and 1 atm taken up by
 * one volume of water under 1 atm of SO₂ (Lange's Handbook of Chemistry, "Solubility of gases in water", after Landolt–Börnstein):
 * 0 °C 79.79, 10 °C 56.65, 15 °C 47.28, 20 °C 39.37, 30 °C 27.16, 40 °C 18.77; the textbook's "1 体积的水可以溶解约 40 体积的二氧化硫"
 * (人教版 必修第二册 第五章第一节) is the 20 °C row.
 */
import { describe, expect, it } from 'vitest';
import { so2AbsorptionCoefficient, so2SaturationMolL } from './sulfur-dioxide-water';

const K = (c: number) => 273.15 + c;

describe('SO₂ solubility in water by temperature', () => {
  it('reads the handbook rows, and the textbook’s 40 volumes at 20 °C', () => {
    for (const [c, alpha] of [[0, 79.79], [10, 56.65], [15, 47.28], [20, 39.37], [30, 27.16], [40, 18.77]]) {
      expect(so2AbsorptionCoefficient(K(c))).toBeCloseTo(alpha, 6);
    }
    expect(Math.abs(so2AbsorptionCoefficient(K(20)) - 40) / 40).toBeLessThan(0.02);
    // Between rows ln α is linear: 25 °C is the geometric mean of the 20 and 30 °C rows, √(39.37 × 27.16) = 32.70.
    expect(so2AbsorptionCoefficient(K(25))).toBeCloseTo(Math.sqrt(39.37 * 27.16), 6);
    // Colder than the table: its 0 °C row.
    expect(so2AbsorptionCoefficient(K(-5))).toBe(79.79);
  });

  it('falls as the water warms: under half at 40 °C, about a quarter at 60 °C (past the table along 1/T)', () => {
    let last = Infinity;
    for (let c = 0; c <= 90; c += 5) {
      const a = so2AbsorptionCoefficient(K(c));
      expect(a).toBeLessThan(last);
      last = a;
    }
    // Slope of the last two rows: ln(18.77 / 27.16) / (1/313.15 − 1/303.15) = 3 508 K; at 60 °C α = 18.77 · e^(3508 (1/333.15 − 1/313.15)) = 9.58.
    const slopeK = Math.log(18.77 / 27.16) / (1 / K(40) - 1 / K(30));
    expect(slopeK).toBeCloseTo(3508, 0);
    expect(so2AbsorptionCoefficient(K(60))).toBeCloseTo(9.58, 2);
    expect(so2AbsorptionCoefficient(K(60)) / so2AbsorptionCoefficient(K(20))).toBeCloseTo(0.243, 3);
  });

  it('c_sat = α · x · (p / 1 atm) / 22.414 L/mol: 1.7565 mol/L under 1 atm of SO₂ at 20 °C, in proportion to the partial pressure', () => {
    expect(so2SaturationMolL(1, 101325, K(20))).toBeCloseTo(39.37 / 22.414, 6);
    expect(so2SaturationMolL(1, 101325, K(20))).toBeCloseTo(1.7565, 4);
    expect(so2SaturationMolL(0.5, 101325, K(20))).toBeCloseTo(1.7565 / 2, 4);
    expect(so2SaturationMolL(1, 2 * 101325, K(20))).toBeCloseTo(2 * 1.7565, 3);
    // 0 °C: 79.79 / 22.414 = 3.560 mol/L (about 22.8 g per 100 g of water).
    expect(so2SaturationMolL(1, 101325, K(0))).toBeCloseTo(3.560, 3);
  });
});
