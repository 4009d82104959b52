import { describe, expect, it } from 'vitest';
import { pHOf, pHPaperReading } from './acidity';
import { appearanceOf } from './appearance';
import { amountOf, changeAmount, concentrationMolL, emptyContents, massOfG, type Contents } from './contents';
import { dissolveStep, saturationMol } from './dissolving';
import { flameAt, splintTest } from './gas-tests';
import { fillWithAir, gasMolFor, gasVolumeMl, mixWithAir, purity, receive } from './gases';
import enWet from '../../../src/i18n/en/wet.json';
import zhWet from '../../../src/i18n/zh-CN/wet.json';
import { molarMassOf, SPECIES } from './species';

const K = 273.15;
const T = K + 20, P = 101325;
const gasOf = (fractions: Record<string, number>, ml: number): Contents => {
  const c = emptyContents(T);
  const n = gasMolFor(ml, T, P);
  for (const [id, x] of Object.entries(fractions)) changeAmount(c, id, n * x);
  return c;
};

describe('ideal gas volumes', () => {
  it('a mole of gas takes 24.05 L at 20 °C and 101.325 kPa (RT/P)', () => {
    // R T / P = 8.314462618 × 293.15 / 101325 m³ = 24.055 L.
    expect(gasVolumeMl(1, T, P)).toBeCloseTo(24055, 0);
  });
});

describe('collecting a gas', () => {
  it('by upward displacement of air: well mixed, x = 1 − 0.79 (V/(V+ΔV))ⁿ → 1 − 0.79 e^{−V_in/V}', () => {
    const jar = emptyContents(T);
    fillWithAir(jar, 125, T, P);
    let inMl = 0;
    for (let i = 0; i < 40; i++) {
      receive(jar, gasOf({ 'O2(g)': 1 }, 5), 125, 0, T, P);
      inMl += 5;
    }
    // Air already holds 21 % O2; each 5 mL portion mixes into the jar and 5 mL of the mix overflows.
    expect(purity(jar, 'O2(g)')).toBeCloseTo(1 - 0.79 * (125 / 130) ** 40, 9);
    expect(purity(jar, 'O2(g)')).toBeCloseTo(1 - 0.79 * Math.exp(-inMl / 125), 1);
  });

  it('over water: the jar holds only what came in, and overflows once the water is out', () => {
    const jar = emptyContents(T);
    let water = 125;
    for (let i = 0; i < 30; i++) water -= receive(jar, gasOf({ 'O2(g)': 1 }, 5), 125, water, T, P).waterDisplacedMl;
    expect(water).toBeCloseTo(0, 9);
    expect(purity(jar, 'O2(g)')).toBeCloseTo(1, 12);
    expect(gasVolumeMl(amountOf(jar, 'O2(g)'), T, P)).toBeCloseTo(125, 6);
    // The first bubbles were the generator's air: collected too, they spoil the purity.
    const early = emptyContents(T);
    receive(early, gasOf({ 'N2(g)': 0.79, 'O2(g)': 0.21 }, 40), 125, 125, T, P);
    receive(early, gasOf({ 'O2(g)': 1 }, 85), 125, 85, T, P);
    expect(purity(early, 'O2(g)')).toBeCloseTo((40 * 0.21 + 85) / 125, 9);
  });

  it('hydrogen leaves an upright open jar within seconds and stays in an inverted one; CO2 the other way', () => {
    const up = gasOf({ 'H2(g)': 1 }, 125), down = gasOf({ 'H2(g)': 1 }, 125);
    const co2Up = gasOf({ 'CO2(g)': 1 }, 125);
    for (let i = 0; i < 30; i++) {
      mixWithAir(up, 125, T, P, 'up', 1);
      mixWithAir(down, 125, T, P, 'down', 1);
      mixWithAir(co2Up, 125, T, P, 'up', 1);
    }
    expect(purity(up, 'H2(g)')).toBeLessThan(0.05);
    expect(purity(down, 'H2(g)')).toBeGreaterThan(0.85);
    expect(purity(co2Up, 'CO2(g)')).toBeGreaterThan(0.85);
  });
});

describe('gas tests', () => {
  it('a glowing splint relights in oxygen (≥ 35 %), keeps glowing in air and goes out in CO2', () => {
    expect(splintTest('glowing', gasOf({ 'O2(g)': 1 }, 125), 125).result).toBe('relights');
    expect(splintTest('glowing', gasOf({ 'O2(g)': 0.4, 'N2(g)': 0.6 }, 125), 125).result).toBe('relights');
    expect(splintTest('glowing', 'air', 125).result).toBe('keepsGlowing');
    expect(splintTest('glowing', gasOf({ 'CO2(g)': 1 }, 125), 125)).toEqual({ result: 'goesOut', next: 'out' });
  });

  it('a burning splint goes out in CO2, pops in impure hydrogen, burns quietly at pure hydrogen', () => {
    expect(splintTest('burning', gasOf({ 'CO2(g)': 0.5, 'N2(g)': 0.4, 'O2(g)': 0.1 }, 125), 125).result).toBe('goesOut');
    expect(splintTest('burning', gasOf({ 'H2(g)': 0.5, 'N2(g)': 0.4, 'O2(g)': 0.1 }, 20), 20).result).toBe('sharpPop');
    expect(splintTest('burning', gasOf({ 'H2(g)': 0.97, 'N2(g)': 0.02, 'O2(g)': 0.01 }, 20), 20).result).toBe('softPop');
    // A flask of hydrogen and air lit at its outlet explodes (never light it before testing its purity).
    expect(flameAt(gasOf({ 'H2(g)': 0.3, 'N2(g)': 0.55, 'O2(g)': 0.15 }, 250), 250)).toBe('explosion');
  });
});

describe('solutions', () => {
  it('dissolves salt up to its solubility: 36.0 g per 100 g water at 20 °C (人教版 九年级下册 表9-1)', () => {
    const c = emptyContents(T);
    changeAmount(c, 'H2O(l)', 100 / molarMassOf('H2O(l)'));
    changeAmount(c, 'NaCl(s)', 50 / molarMassOf('NaCl(s)'), 5e-4);
    for (let i = 0; i < 600; i++) dissolveStep(c, 1, true);
    expect(massOfG(c, 'NaCl(aq)')).toBeCloseTo(36.0, 1);
    expect(massOfG(c, 'NaCl(s)')).toBeCloseTo(14.0, 1);
    expect(saturationMol(c, { solid: 'NaCl(s)', dissolved: 'NaCl(aq)', solubility: [[20, 36.0]] }) * molarMassOf('NaCl(aq)')).toBeCloseTo(36, 9);
  });

  it('stirring dissolves faster (Noyes–Whitney: k_m 10× larger)', () => {
    const make = () => {
      const c = emptyContents(T);
      changeAmount(c, 'H2O(l)', 100 / 18.015);
      changeAmount(c, 'NaCl(s)', 3 / molarMassOf('NaCl(s)'), 5e-4);
      return c;
    };
    const still = make(), stirred = make();
    dissolveStep(still, 2, false);
    dissolveStep(stirred, 2, true);
    expect(amountOf(stirred, 'NaCl(aq)')).toBeGreaterThan(3 * amountOf(still, 'NaCl(aq)'));
  });

  it('pH: 0.1 mol/L HCl is 1.00, 0.01 mol/L NaOH 12.00, 0.1 mol/L acetic acid 2.88 (Harris)', () => {
    const sol = (id: string, molL: number) => {
      const c = emptyContents(T);
      changeAmount(c, 'H2O(l)', 1000 / molarMassOf('H2O(l)') * 0.998);
      changeAmount(c, id, molL * 1);
      return c;
    };
    expect(pHOf(sol('HCl(aq)', 0.1))).toBeCloseTo(1.0, 1);
    expect(pHOf(sol('NaOH(aq)', 0.01))).toBeCloseTo(12.0, 1);
    // Weak acid: [H+] = √(Ka c) → pH ≈ ½(4.756 − log 0.1) = 2.88.
    expect(pHOf(sol('CH3COOH(aq)', 0.1))).toBeCloseTo(2.88, 1);
    expect(pHPaperReading(sol('HCl(aq)', 0.1))).toBe(1);
    expect(pHOf(sol('NaCl(aq)', 0.5))).toBeCloseTo(7, 6);
  });

  it('limewater turns milky with CO2 (white, suspended CaCO3)', () => {
    const c = emptyContents(T);
    changeAmount(c, 'H2O(l)', 20 / 18.015);
    changeAmount(c, 'Ca(OH)2(aq)', 0.0216 * 0.02);
    expect(appearanceOf(c).cloudiness).toBe(0);
    changeAmount(c, 'CaCO3(s)', 0.0216 * 0.02, 1e-5);
    changeAmount(c, 'Ca(OH)2(aq)', -0.0216 * 0.02);
    expect(appearanceOf(c).cloudiness).toBeGreaterThan(0.5);
    expect(concentrationMolL(c, 'Ca(OH)2(aq)')).toBe(0);
  });
});

describe('gases with a warning smell', () => {
  it('each has the bench’s “how to smell it” words in both languages (wet.diag.smell.<name>)', () => {
    const smelly = SPECIES.filter((sp) => sp.smell && sp.phase === 'g').map((sp) => `wet.diag.smell.${sp.nameKey.split('.').pop()}`);
    expect(smelly.length).toBeGreaterThan(2);
    for (const key of smelly) {
      expect(enWet, key).toHaveProperty([key]);
      expect(zhWet, key).toHaveProperty([key]);
    }
  });
});
