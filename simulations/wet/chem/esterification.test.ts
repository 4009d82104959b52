import { describe, expect, it } from 'vitest';
import { amountOf, changeAmount, emptyContents, type Contents } from './contents';
import { molarMassOf } from './species';
import { bubblePointK, equilibriumExtentMol, ESTER, esterLayerMl, esterStep, esterOf, ESTERIFICATION_K, layerThicknessMm, vapourFractions } from './esterification';

const C = 273.15;
const liquid = (t: number, amounts: Record<string, number>): Contents => {
  const c = emptyContents(C + t);
  for (const [id, mol] of Object.entries(amounts)) changeAmount(c, id, mol);
  return c;
};

describe('esterification equilibrium (K = 4, Berthelot and Péan de Saint-Gilles 1862)', () => {
  it('1 mol acid and 1 mol ethanol give 2/3 mol ester', () => {
    expect(equilibriumExtentMol(1, 1, 0, 0)).toBeCloseTo(2 / 3, 12);
  });
  it('3 mol ethanol per mol acid: x from 3x² − 16x + 12 = 0, 0.9028 mol', () => {
    const x = equilibriumExtentMol(1, 3, 0, 0);
    expect(x).toBeCloseTo((16 - Math.sqrt(112)) / 6, 12);
    expect(x).toBeGreaterThan(2 / 3);
    expect((x * x) / ((1 - x) * (3 - x))).toBeCloseTo(ESTERIFICATION_K, 9);
  });
  it('from the ester side: 1 mol ester and 1 mol water hydrolyse to 1/3 mol each of acid and ethanol', () => {
    expect(equilibriumExtentMol(0, 0, 1, 1)).toBeCloseTo(-1 / 3, 12);
  });
  it('names the field on bad input', () => {
    expect(() => equilibriumExtentMol(Number.NaN, 1, 0, 0)).toThrow(/acid/);
    expect(() => equilibriumExtentMol(1, -1, 0, 0)).toThrow(/ethanol/);
  });
});

describe('the reaction tube (3 mL ethanol, 2 mL concentrated H2SO4, 2 mL glacial acetic acid)', () => {
  const ethanol = (3 * 0.789) / molarMassOf('C2H5OH(l)');
  const acid = (2 * 1.049) / molarMassOf('CH3COOH(l)');
  const sulfuric = (2 * 1.83) / molarMassOf('H2SO4(l)');
  const mix = (t: number, withAcid = true) => liquid(t, { 'C2H5OH(l)': ethanol, 'CH3COOH(l)': acid, ...(withAcid ? { 'H2SO4(l)': sulfuric } : {}) });
  const run = (c: Contents, s: number) => {
    for (let t = 0; t < s; t += 0.05) esterStep(c, 0.05);
    return esterOf(c);
  };
  it('heated to 90 °C it reaches the equilibrium, and no further', () => {
    const made = run(mix(90), 600);
    expect(made).toBeCloseTo(equilibriumExtentMol(acid, ethanol, 0, 0), 6);
    // 0.0349 mol acid with 0.0514 mol ethanol: the excess ethanol takes it past 2/3 of the acid.
    expect(made / acid).toBeGreaterThan(2 / 3);
  });
  it('mass is conserved: acid + ethanol = ester + water by mass (60.05 + 46.07 = 88.11 + 18.02)', () => {
    const c = mix(90);
    const mass = (x: Contents) => Object.entries(x.amounts).reduce((s, [id, n]) => s + n * molarMassOf(id), 0);
    const m0 = mass(c);
    run(c, 60);
    expect(mass(c)).toBeCloseTo(m0, 9);
    expect(amountOf(c, 'H2O(l)')).toBeCloseTo(esterOf(c), 12);
  });
  it('faster hot than cold, and without sulfuric acid practically none in ten minutes', () => {
    expect(run(mix(90), 10)).toBeGreaterThan(5 * run(mix(20), 10));
    expect(run(mix(90, false), 600) / acid).toBeLessThan(0.01);
  });
  it('boils near 80–100 °C and its vapour is mostly ethanol and ester', () => {
    const c = mix(90);
    run(c, 600);
    const tb = bubblePointK(c, 101325) - C;
    expect(tb).toBeGreaterThan(70);
    expect(tb).toBeLessThan(110);
    const y = vapourFractions(c, bubblePointK(c, 101325));
    expect(y[0] + y[1]).toBeGreaterThan(0.7);
  });
});

describe('hydrolysis in a 75 °C bath: 1 mL ester on 5 mL water, 5 % H2SO4 or 30 % NaOH', () => {
  const ester = 0.9 / molarMassOf(ESTER);
  const tube = (extra: Record<string, number>) => liquid(75, { 'H2O(l)': 5 / 18.015, [ESTER]: ester, ...extra });
  const layerAfter = (c: Contents, s: number) => {
    for (let t = 0; t < s; t += 0.05) esterStep(c, 0.05);
    return esterLayerMl(c);
  };
  it('the layer shrinks fastest with NaOH, slower with acid, barely with water', () => {
    const water = layerAfter(tube({}), 300);
    const acid = layerAfter(tube({ 'H2SO4(aq)': (5 * 1.032 * 0.05) / 98.08 }), 300);
    const alkali = layerAfter(tube({ 'NaOH(aq)': (5 * 1.33 * 0.3) / 40 }), 300);
    expect(alkali).toBeLessThan(0.05);
    expect(acid).toBeLessThan(water - 0.05);
    expect(alkali).toBeLessThan(acid);
    // Water only dissolves its 8 g per 100 g (CRC): 0.4 g of the 0.9 g, a layer of about 0.55 mL is left.
    expect(water).toBeGreaterThan(0.45);
    expect(water).toBeLessThan(0.65);
  });
  it('a layer of 1 mL stands 5 mm in the 16 mm bore', () => {
    expect(layerThicknessMm(1)).toBeCloseTo(4.97, 2);
  });
});
