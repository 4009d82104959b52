import { describe, expect, it } from 'vitest';
import { emptyContents, massOfG, changeAmount, amountOf } from './contents';
import { reactStep, type ReactionEnv } from './kinetics';
import { REACTION_DATA } from './reaction-data';
import { REACTIONS, reaction } from './reactions';
import { molarMassOf, SPECIES, species } from './species';

const env = (gas: ReactionEnv['gas'] = 'air'): ReactionEnv => ({ gas, pressurePa: 101325, burning: new Set() });

/** Coefficients printed in a textbook equation ("2KMnO4 = K2MnO4 + MnO2 + O2"), by formula. */
function textbookCoefficients(text: string): number[] {
  const [l, r] = text.split('=');
  const side = (s: string) => s.split(' + ').map((x) => Number(/^\s*(\d*)/.exec(x)![1] || 1));
  return [...side(l), ...side(r)];
}

describe('species table', () => {
  it('gives molar masses from formulas (IUPAC weights): KMnO4 158.03, O2 32.00, 海波 248.2', () => {
    // Reference values: IUPAC 2021 standard atomic weights, K 39.098, Mn 54.938, O 15.999, Na 22.990, S 32.06.
    expect(molarMassOf('KMnO4(s)')).toBeCloseTo(158.032, 2);
    expect(molarMassOf('O2(g)')).toBeCloseTo(31.998, 3);
    expect(molarMassOf('Na2S2O3·5H2O(s)')).toBeCloseTo(248.2, 1);
  });

  it('has a name key, a specific heat, and a density for every solid and liquid', () => {
    for (const s of SPECIES) {
      expect(s.nameKey, s.id).toMatch(/^wet\.species\./);
      expect(s.cpJPerGK, s.id).toBeGreaterThan(0);
      if (s.phase === 's' || s.phase === 'l') expect(s.densityGPerMl, s.id).toBeGreaterThan(0);
    }
  });
});

describe('reaction table', () => {
  it('every equation balances (stoichiometry balancer) to the coefficients the textbook prints', () => {
    for (const d of REACTION_DATA) {
      const r = reaction(d.id);
      const got = [...d.reactants.map((id) => r.reactants.get(id)!), ...d.products.map((id) => r.products.get(id)!)];
      expect(got, `${d.id}: ${r.equation} vs ${d.textbook}`).toEqual(textbookCoefficients(d.textbook));
    }
  });

  it('has a heat of reaction for every reaction; neutralisation gives out 55.8 kJ/mol (Hess, NBS tables)', () => {
    for (const r of REACTIONS) expect(Number.isFinite(r.enthalpyKJ), r.id).toBe(true);
    // NaOH(aq) + HCl(aq) → NaCl(aq) + H2O(l): −407.28 − 285.83 + 470.11 + 167.16 = −55.84 kJ/mol (NBS 1982).
    expect(reaction('neutralisation').enthalpyKJ).toBeCloseTo(-55.84, 2);
    // 2H2O2 → 2H2O + O2: 2(−285.83 + 191.17) = −189.3 kJ.
    expect(reaction('h2o2-decomposition-mno2').enthalpyKJ).toBeCloseTo(-189.32, 2);
  });

  it('names a textbook source and what a student sees for every reaction', () => {
    for (const r of REACTIONS) expect(r.source.length, r.id).toBeGreaterThan(5);
  });
});

describe('amounts follow the stoichiometry exactly', () => {
  it('heating 15.8 g of KMnO4 to completion gives 1.6 g of O2 (人教版 九年级上册 第五单元 课题3 例题)', () => {
    const tube = emptyContents(273.15 + 300);
    changeAmount(tube, 'KMnO4(s)', 15.8 / molarMassOf('KMnO4(s)'));
    const gas = emptyContents(273.15 + 300);
    for (let i = 0; i < 200; i++) reactStep(tube, env(gas), 1);
    expect(amountOf(tube, 'KMnO4(s)')).toBe(0);
    // 2 KMnO4 → O2: m(O2) = 15.8 g × 32.00 / (2 × 158.03) = 1.600 g (textbook weights give exactly 1.6 g).
    expect(massOfG(gas, 'O2(g)')).toBeCloseTo((15.8 * molarMassOf('O2(g)')) / (2 * molarMassOf('KMnO4(s)')), 9);
    expect(massOfG(gas, 'O2(g)')).toBeCloseTo(1.6, 2);
    // Mass is conserved: residue + oxygen = what was heated.
    const residue = massOfG(tube, 'K2MnO4(s)') + massOfG(tube, 'MnO2(s)');
    expect(residue + massOfG(gas, 'O2(g)')).toBeCloseTo(15.8, 9);
  });

  it('KMnO4 does not decompose at room temperature (no heating, no oxygen)', () => {
    const tube = emptyContents(293.15);
    changeAmount(tube, 'KMnO4(s)', 0.05);
    const gas = emptyContents(293.15);
    for (let i = 0; i < 600; i++) reactStep(tube, env(gas), 1);
    expect(amountOf(gas, 'O2(g)')).toBeLessThan(1e-9);
  });

  it('neutralisation is limited by the smaller amount: 0.02 mol HCl + 0.015 mol NaOH leave 0.005 mol HCl', () => {
    const beaker = emptyContents(293.15);
    changeAmount(beaker, 'H2O(l)', 5);
    changeAmount(beaker, 'HCl(aq)', 0.02);
    changeAmount(beaker, 'NaOH(aq)', 0.015);
    const out = reactStep(beaker, env(), 0.1);
    expect(amountOf(beaker, 'HCl(aq)')).toBeCloseTo(0.005, 12);
    expect(amountOf(beaker, 'NaOH(aq)')).toBe(0);
    expect(amountOf(beaker, 'NaCl(aq)')).toBeCloseTo(0.015, 12);
    // Heat: 0.015 mol × 55.84 kJ/mol = 837.6 J given out.
    expect(out.heatJ).toBeCloseTo(0.015 * 55840, 0);
  });

  it('is described by species the table knows', () => {
    for (const r of REACTIONS) for (const id of [...r.reactants.keys(), ...r.products.keys()]) expect(species(id).id).toBe(id);
  });
});
