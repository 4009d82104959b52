import { describe, expect, it } from 'vitest';
import { validateParams } from '../core/params';
import { runSimulation } from '../core/runner';
import { reactionAmounts } from './amounts';
import { balance } from './balance';
import { molarMass, parseFormula } from './formula';
import { stoichiometryMeta } from './meta';
import { StoichiometryModel } from './model';
import { atomicWeight, ELEMENTS, findElement } from './periodic-table';
import { REACTION_PRESETS } from './presets';

const coeffs = (eq: string) => {
  const b = balance(eq);
  return [...b.reactantCoefficients, ...b.productCoefficients];
};

describe('balancing textbook reactions (coefficients from Zumdahl, Chemistry, 10th ed., ch. 3–4, and Atkins & Jones, Chemical Principles)', () => {
  it.each([
    ['C3H8 + O2 -> CO2 + H2O', [1, 5, 3, 4]], // combustion of propane
    ['CO2 + H2O -> C6H12O6 + O2', [6, 6, 1, 6]], // photosynthesis
    ['N2 + H2 -> NH3', [1, 3, 2]], // Haber
    ['C6H12O6 -> C2H5OH + CO2', [1, 2, 2]], // fermentation
    ['Al + Fe2O3 -> Al2O3 + Fe', [2, 1, 1, 2]], // thermite
    ['NaOH + H2SO4 -> Na2SO4 + H2O', [2, 1, 1, 2]],
    ['Cu + HNO3 -> Cu(NO3)2 + NO + H2O', [3, 8, 3, 2, 4]], // copper in dilute nitric acid
    ['KMnO4 + HCl -> KCl + MnCl2 + Cl2 + H2O', [2, 16, 2, 2, 5, 8]],
    ['MnO4- + Fe+2 + H+ -> Mn+2 + Fe+3 + H2O', [1, 5, 8, 1, 5, 4]], // permanganate titration of iron(II)
    ['Cr2O7^2- + Fe^2+ + H+ -> Cr^3+ + Fe^3+ + H2O', [1, 6, 14, 2, 6, 7]], // dichromate
    ['Cu + Ag+ -> Cu+2 + Ag', [1, 2, 1, 2]],
    ['Fe+3 + e- -> Fe+2', [1, 1, 1]], // half-reaction with the electron
    ['Ca3(PO4)2 + SiO2 + C -> CaSiO3 + P4 + CO', [2, 6, 10, 6, 1, 10]],
    ['CuSO4·5H2O -> CuSO4 + H2O', [1, 1, 5]],
    ['CuSO4*5H2O -> CuSO4 + H2O', [1, 1, 5]],
    ['K4[Fe(CN)6] + KMnO4 + H2SO4 -> KHSO4 + Fe2(SO4)3 + MnSO4 + HNO3 + CO2 + H2O', [10, 122, 299, 162, 5, 122, 60, 60, 188]],
    ['H2+O2=H2O', [2, 1, 2]],
    ['2 H2(g) + O2(g) → H2O(l)', [2, 1, 2]], // given coefficients are re-derived; states are ignored
  ])('%s', (eq, expected) => {
    expect(coeffs(eq)).toEqual(expected);
  });

  it('every preset balances', () => {
    for (const p of REACTION_PRESETS) expect(() => balance(p.equation)).not.toThrow();
  });
});

describe('invalid input names the problem and its position (1-based column)', () => {
  it.each([
    ['H2 + Xy -> H2Xy', "unknown element 'Xy' at 6"],
    ['NaXy -> Na', "unknown element 'Xy' at 3"],
    ['co2 -> C + O2', 'capital letter'],
    ['Cu(NO3 -> Cu', "missing ')' for '(' opened at 3"],
    ['H2O -> H2', "element 'O' appears only on the left side"],
    ['NaCl -> Na + Cl2 + O2', "element 'O' appears only on the right side"],
    ['H2 + O2 -> H2O2 + H2O', 'cannot be balanced uniquely'],
    ['H2O -> H2 + O2 + H2O2', 'cannot be balanced uniquely'],
    ['H2O + H2 -> H2O2', "'H2' at 7 would have to be on the other side"],
    ['Fe+2 -> Fe+3', 'no coefficients conserve every element and the charge'],
    ['H2 + O2', 'no arrow'],
    ['H2 -> H2O -> O2', 'second arrow'],
    ['H2 + -> H2', "missing formula after '+' at 4"],
    ['H2 + + O2 -> H2O', "missing formula before '+' at 6"],
    [' -> H2', 'missing formula at 1'],
    ['', 'empty'],
    ['SO4^2 -> S + O2', 'a charge needs a sign'],
  ])('%s → %s', (eq, message) => {
    expect(() => balance(eq)).toThrow(message);
  });
});

describe('formulas and molar masses (IUPAC 2021 abridged standard atomic weights)', () => {
  it('parses groups, hydrates and charges', () => {
    const f = parseFormula('Ca3(PO4)2');
    expect(Object.fromEntries(f.counts)).toEqual({ Ca: 3, P: 2, O: 8 });
    expect(parseFormula('SO4^2-').charge).toBe(-2);
    expect(parseFormula('SO₄²⁻').charge).toBe(-2);
    expect(parseFormula('SO4{2-}').charge).toBe(-2);
    expect(parseFormula('Fe+3').charge).toBe(3);
    expect(parseFormula('Fe^3+').charge).toBe(3);
    expect(parseFormula('NH4+').charge).toBe(1);
    expect(parseFormula('e-').charge).toBe(-1);
    expect(Object.fromEntries(parseFormula('CuSO4·5H2O').counts)).toEqual({ Cu: 1, S: 1, O: 9, H: 10 });
  });
  it('molar masses match hand sums of the table weights', () => {
    // H 1.008, C 12.011, O 15.999, Cu 63.546, S 32.06 (IUPAC)
    expect(molarMass(parseFormula('H2O'))).toBeCloseTo(2 * 1.008 + 15.999, 9);
    expect(molarMass(parseFormula('C3H8'))).toBeCloseTo(3 * 12.011 + 8 * 1.008, 9);
    expect(molarMass(parseFormula('CuSO4·5H2O'))).toBeCloseTo(63.546 + 32.06 + 9 * 15.999 + 10 * 1.008, 9); // 249.68 g/mol
    expect(molarMass(parseFormula('C6H12O6'))).toBeCloseTo(180.156, 3);
  });
  it('the periodic table covers 1–118 with increasing numbers and known weights', () => {
    expect(ELEMENTS).toHaveLength(118);
    expect(findElement('Rn')?.atomicNumber).toBe(86);
    expect(findElement('U')?.atomicWeight).toBeCloseTo(238.03, 2);
    expect(findElement('Fe')?.atomicWeight).toBe(55.845);
    expect(new Set(ELEMENTS.map((e) => e.symbol)).size).toBe(118);
    // atomic weight rises with Z except the well-known inversions Ar/K, Co/Ni, Te/I, Th/Pa, U/Np, Pu/Am …
    const inversions = ELEMENTS.filter((e, i) => i > 0 && e.atomicWeight < ELEMENTS[i - 1].atomicWeight && e.atomicNumber <= 86).map((e) => e.symbol);
    expect(inversions).toEqual(['K', 'Ni', 'I']);
  });
});

describe('amounts, limiting reagent, leftovers', () => {
  it('propane 44.097 g (1 mol) with 100 g O2: O2 limits; CO2 and H2O from ξ = 3.125/5 mol', () => {
    const eq = balance('C3H8 + O2 -> CO2 + H2O');
    const r = reactionAmounts(eq, [44.097, 100], 'g');
    const nO2 = 100 / 31.998;
    const xi = nO2 / 5;
    expect(r.limiting).toEqual([1]);
    expect(r.extentMol).toBeCloseTo(xi, 12);
    expect(r.products[0].afterMol).toBeCloseTo(3 * xi, 12);
    expect(r.products[0].afterG).toBeCloseTo(3 * xi * 44.009, 9);
    expect(r.reactants[0].afterMol).toBeCloseTo(1 - xi, 9);
    expect(r.reactants[1].afterMol).toBe(0);
    const before = r.reactants.reduce((s, x) => s + x.beforeG, 0);
    const after = r.reactants.reduce((s, x) => s + x.afterG, 0) + r.products.reduce((s, x) => s + x.afterG, 0);
    expect(after).toBeCloseTo(before, 9); // conservation of mass
  });
  it('stoichiometric amounts in moles leave nothing and report both as limiting', () => {
    const r = reactionAmounts(balance('N2 + H2 -> NH3'), [1, 3], 'mol');
    expect(r.limiting).toEqual([0, 1]);
    expect(r.products[0].afterMol).toBeCloseTo(2, 12);
  });
  it('rejects negative amounts naming the species', () => {
    expect(() => reactionAmounts(balance('N2 + H2 -> NH3'), [1, -3], 'mol')).toThrow(/amount of H2/);
  });
});

function params(raw: Record<string, unknown>) {
  const r = validateParams(stoichiometryMeta.params, raw);
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.values;
}

describe('StoichiometryModel', () => {
  it('runs headless to completion with conserved mass', () => {
    const m = new StoichiometryModel(params({ reaction: 'water-synthesis', amountUnit: 'mol', amount1: 3, amount2: 1 }));
    const r = runSimulation(m, { untilEvent: 'complete' });
    expect(r.reachedEvent).toBe(true);
    expect(r.events[0].timeS).toBe(5);
    expect(r.measurements.progress).toBe(1);
    expect(r.measurements.limitingReactant).toBe(2);
    expect(r.measurements.product1Mol).toBeCloseTo(2, 9);
    expect(r.measurements.reactant1Mol).toBeCloseTo(1, 9);
    expect(r.measurements.totalMassG).toBeCloseTo(3 * 2.016 + 31.998, 6);
  });
  it('takes a custom equation through configure, and rejects a bad one without changing anything', () => {
    const m = new StoichiometryModel(params({ reaction: 'custom', amountUnit: 'mol', amount1: 4, amount2: 3 }));
    m.configure({ equation: 'Fe + O2 -> Fe2O3' });
    expect(m.equation.text).toBe('4 Fe + 3 O2 → 2 Fe2O3');
    expect(() => m.configure({ equation: 'Fe + Xy -> FeXy' })).toThrow("unknown element 'Xy' at 6");
    expect(m.equation.text).toBe('4 Fe + 3 O2 → 2 Fe2O3');
    m.reset({ ...m.state().params, amount1: 8 }); // new amounts keep the typed equation
    expect(m.equation.text).toBe('4 Fe + 3 O2 → 2 Fe2O3');
    const saved = JSON.parse(JSON.stringify(m.state()));
    const n = new StoichiometryModel();
    n.restore(saved);
    expect(n.measure()).toEqual(m.measure());
  });
  it('a typed equation overrides a preset until the reaction choice changes', () => {
    const m = new StoichiometryModel(params({ reaction: 'haber' }));
    m.configure({ equation: 'Mg + O2 -> MgO' });
    expect(m.equation.text).toBe('2 Mg + O2 → 2 MgO');
    m.reset(params({ reaction: 'thermite' }));
    expect(m.equation.text).toBe('2 Al + Fe2O3 → Al2O3 + 2 Fe');
  });
  it('offers an amount control per reactant of the equation in force, preset or typed', () => {
    const shown = (m: StoichiometryModel) => ['amount1', 'amount2', 'amount3', 'amount4', 'amount5'].filter((n) => m.controlApplies(n));
    const m = new StoichiometryModel(params({ reaction: 'water-synthesis' })); // H2 + O2
    expect(shown(m)).toEqual(['amount1', 'amount2']);
    m.reset(params({ reaction: 'fermentation' })); // C6H12O6 only
    expect(shown(m)).toEqual(['amount1']);
    m.configure({ equation: 'MnO4- + Fe+2 + H+ -> Mn+2 + Fe+3 + H2O' });
    expect(shown(m)).toEqual(['amount1', 'amount2', 'amount3']);
    // other controls are not the model's to hide
    expect(m.controlApplies('amountUnit')).toBe(true);
    expect(m.controlApplies('reactionTimeS')).toBe(true);
  });
});

describe('relative atomic masses as Chinese textbooks round them (issue #14, item 18)', () => {
  // "可能用到的相对原子质量: H 1 C 12 N 14 O 16 Na 23 Mg 24 Al 27 S 32 Cl 35.5 K 39 Ca 40 Fe 56 Cu 64 Zn 65
  // Ag 108 Ba 137" (the list printed on 人教版《化学》九年级 exercises and on 中考/高考 papers).
  const printed: Record<string, number> = { H: 1, C: 12, N: 14, O: 16, Na: 23, Mg: 24, Al: 27, S: 32, Cl: 35.5, K: 39, Ca: 40, Fe: 56, Cu: 64, Zn: 65, Ag: 108, Ba: 137 };
  it('gives the printed values, and the IUPAC ones unless asked', () => {
    for (const [el, v] of Object.entries(printed)) expect(atomicWeight(el, 'textbook'), el).toBe(v);
    expect(atomicWeight('Cl')).toBe(35.45);
    expect(atomicWeight('Cu')).toBe(63.546);
    expect(molarMass(parseFormula('CuSO4·5H2O'), 'textbook')).toBe(250); // the textbook's 胆矾 250
    expect(molarMass(parseFormula('SO4^2-'), 'textbook')).toBe(96); // no electron mass in textbook sums
    expect(() => atomicWeight('Xy', 'textbook')).toThrow(/unknown element 'Xy'/);
  });
  it('6.5 g of zinc with excess hydrochloric acid gives exactly 0.2 g of hydrogen (a textbook exercise)', () => {
    const m = new StoichiometryModel(params({ reaction: 'custom', atomicWeights: 'textbook', amount1: 6.5, amount2: 100 }));
    m.configure({ equation: 'Zn + HCl -> ZnCl2 + H2' });
    runSimulation(m, { untilEvent: 'complete' });
    const out = m.measure();
    expect(out.product2G).toBeCloseTo(0.2, 12); // 6.5 / 65 × 2
    expect(out.product1G).toBeCloseTo(13.6, 12); // ZnCl2 = 65 + 2 × 35.5 = 136
    // The same run with IUPAC weights: 6.5 / 65.38 × 2.016 = 0.2004 g.
    m.reset({ ...m.state().params, atomicWeights: 'iupac' });
    runSimulation(m, { untilEvent: 'complete' });
    expect(m.measure().product2G).toBeCloseTo((6.5 / 65.38) * 2.016, 9);
  });
});
