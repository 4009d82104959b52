/**
 * Senior chemistry B2.1, 用化学沉淀法去除粗盐中的杂质离子 (人教版 化学 必修第二册 第五章 实验活动4), headless, as a student does it on the
 * bench: barium chloride, sodium hydroxide, sodium carbonate in that order, filter, hydrochloric acid to pH 7, evaporate.
 * Expected amounts by stoichiometry (the textbook's ionic equations Ba²⁺ + SO₄²⁻ = BaSO₄↓, Mg²⁺ + 2OH⁻ = Mg(OH)₂↓,
 * Ca²⁺ + CO₃²⁻ = CaCO₃↓, Ba²⁺ + CO₃²⁻ = BaCO₃↓) from the crude salt the preset states (5.0 g: 94 % NaCl, 2 % each of CaCl₂, MgCl₂,
 * Na₂SO₄) and the reagents' strengths (BaCl₂ 1 mol/L; NaOH 10 %, ρ 1.109 g/mL, CRC; Na₂CO₃ saturated at 20 °C, 21.5 g per 100 g of
 * water, ρ 1.18 g/mL), with molar masses from IUPAC weights.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { amountOf, liquidVolumeMl } from '../chem/contents';
import { molarMassOf } from '../chem/species';
import { CRUDE_SALT_G_PER_ML, CRUDE_SALT_MASS_FRACTIONS } from '../crude-salt-ions';
import { SATURATED_SODA_MASS_FRACTION } from '../dropping';
import { WET_PAPER_ML } from '../salt-purification';
import { contentsOf, edit, partOf, runFor, start } from './bench-hands';
import { crudeSaltIonsPreset } from './crude-salt-ions';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const M = molarMassOf;
const crudeG = 20 * CRUDE_SALT_G_PER_ML;
/** The crude salt's impurities, mmol. */
const sulfate = (1000 * crudeG * CRUDE_SALT_MASS_FRACTIONS['Na2SO4(aq)']) / M('Na2SO4(aq)');
const magnesium = (1000 * crudeG * CRUDE_SALT_MASS_FRACTIONS['MgCl2(aq)']) / M('MgCl2(aq)');
const calcium = (1000 * crudeG * CRUDE_SALT_MASS_FRACTIONS['CaCl2(aq)']) / M('CaCl2(aq)');
/** A squeeze of 20 drops (1 mL) of each reagent, mmol. */
const barium = 1;
const hydroxide = (1000 * 1.109 * 0.1) / M('NaOH(aq)');
const carbonate = (1000 * (1 + 1.03 * SATURATED_SODA_MASS_FRACTION) * SATURATED_SODA_MASS_FRACTION) / M('Na2CO3(aq)');

/** Hold a dropper with its tip 2 cm above a beaker's rim (4.75 cm above its centre), squeeze it empty, let go. */
function squeezeOver(m: BenchModel, dropper: string, beaker: string, times = 1): void {
  const b = partOf(m, beaker);
  for (let i = 0; i < times; i++) {
    edit(m, dropper, { squeeze: true }, { xM: b.xM, yM: b.yM - 0.0475 - 0.02 - 0.06 });
    runFor(m, 12);
    edit(m, dropper, { squeeze: false });
    runFor(m, 0.05);
  }
}

/** The beaker's bottom 1 cm above the funnel's rim (4 cm above its centre), until the filtrate has run through. */
function filter(m: BenchModel): void {
  const f = partOf(m, 'F1');
  edit(m, 'B1', {}, { xM: f.xM, yM: f.yM - 0.04 - 0.01 - 0.0475 });
  runFor(m, 150);
}

/** Hydrochloric acid into the filtrate, 10 drops at a time, until the pH paper reads 7 or less (中性或微酸性). */
function neutralise(m: BenchModel): number {
  let squeezes = 0;
  while (v(m, 'B2', 'pH') > 7 && squeezes < 20) {
    squeezeOver(m, 'R4', 'B2');
    squeezes++;
  }
  return squeezes;
}

/** B2 poured into the dish on the lamp, the lamp lit until much solid has appeared, then put out. */
function evaporate(m: BenchModel): string[] {
  const d = partOf(m, 'D1');
  edit(m, 'B2', {}, { xM: d.xM, yM: d.yM - 0.015 - 0.01 - 0.0475 });
  runFor(m, 15);
  edit(m, 'B2', {}, { xM: 0.5, yM: 0.4025 });
  edit(m, 'L1', { lit: true });
  const events: string[] = [];
  for (let t = 0; t < 1800 && !events.includes('muchSolid'); t += 5) events.push(...runFor(m, 5));
  edit(m, 'L1', { lit: false });
  events.push(...runFor(m, 120));
  return events;
}

describe('removing the crude salt’s impurity ions by precipitation (B2.1) on the wet bench', () => {
  it('BaCl₂, NaOH, Na₂CO₃ in the textbook’s order: each precipitate weighs what the equations give, and the further drop of BaCl₂ stays clear', () => {
    const m = start(crudeSaltIonsPreset);
    // 5.0 g of crude salt: 0.704 mmol of sulfate, 1.050 mmol of Mg²⁺, 0.901 mmol of Ca²⁺.
    expect(sulfate).toBeCloseTo(0.704, 3);
    expect(magnesium).toBeCloseTo(1.05, 3);
    expect(calcium).toBeCloseTo(0.901, 3);
    expect(v(m, 'B1', 'sulfateLeftMg')).toBeCloseTo(sulfate * 96.06, 1);

    squeezeOver(m, 'R1', 'B1');
    // BaSO₄ (233.39 g/mol) 0.704 mmol: 164.3 mg; 0.296 mmol of Ba²⁺ left over in the solution.
    expect(v(m, 'B1', 'baso4Mg')).toBeCloseTo(sulfate * M('BaSO4(s)'), 1);
    expect(v(m, 'B1', 'baso4Mg')).toBeCloseTo(164.3, 0);
    expect(v(m, 'B1', 'sulfateLeftMg')).toBe(0);
    expect(v(m, 'B1', 'bariumLeftMg')).toBeCloseTo((barium - sulfate) * 137.327, 1);
    // The check: a few more drops into the clear liquid make no more BaSO₄.
    const before = v(m, 'B1', 'baso4Mg');
    edit(m, 'R1', { drops: 3 });
    squeezeOver(m, 'R1', 'B1');
    expect(v(m, 'B1', 'baso4Mg')).toBe(before);
    const bariumIn = barium + 0.15;

    squeezeOver(m, 'R2', 'B1');
    // Mg(OH)₂ (58.32 g/mol) 1.050 mmol: 61.2 mg; Ca²⁺ stays (Ca(OH)₂ dissolves at these amounts).
    expect(v(m, 'B1', 'mgoh2Mg')).toBeCloseTo(magnesium * M('Mg(OH)2(s)'), 1);
    expect(v(m, 'B1', 'magnesiumLeftMg')).toBe(0);
    expect(v(m, 'B1', 'calciumLeftMg')).toBeCloseTo(calcium * 40.078, 1);

    squeezeOver(m, 'R3', 'B1');
    // CaCO₃ (100.09) 0.901 mmol: 90.2 mg; BaCO₃ (197.34) from the Ba²⁺ left over, 0.446 mmol: 88.0 mg; neither ion left.
    expect(v(m, 'B1', 'caco3Mg')).toBeCloseTo(calcium * M('CaCO3(s)'), 1);
    expect(v(m, 'B1', 'baco3Mg')).toBeCloseTo((bariumIn - sulfate) * M('BaCO3(s)'), 1);
    expect(v(m, 'B1', 'calciumLeftMg')).toBe(0);
    expect(v(m, 'B1', 'bariumLeftMg')).toBe(0);
    // Excess carbonate and hydroxide remain for the acid to take.
    expect(v(m, 'B1', 'carbonateLeftMg')).toBeCloseTo((carbonate - calcium - (bariumIn - sulfate)) * 60.009, 1);
    expect(v(m, 'B1', 'hydroxideLeftMg')).toBeCloseTo((hydroxide - 2 * magnesium) * 17.007, 1);
    expect(m.engine.diagnostics()).toEqual([]);
  });

  it('filtered, neutralised to pH 7 and evaporated: every precipitate on the paper, pure NaCl, more of it than the crude salt held', () => {
    const m = start(crudeSaltIonsPreset);
    squeezeOver(m, 'R1', 'B1');
    squeezeOver(m, 'R2', 'B1');
    squeezeOver(m, 'R3', 'B1');
    const liquid = liquidVolumeMl(contentsOf(m, 'B1'));
    filter(m);
    // Every gram of precipitate is on the paper; the filtrate is the liquid less the 0.8 mL the wet paper keeps.
    expect(v(m, 'F1', 'baso4Mg')).toBeCloseTo(sulfate * M('BaSO4(s)'), 1);
    expect(v(m, 'F1', 'mgoh2Mg')).toBeCloseTo(magnesium * M('Mg(OH)2(s)'), 1);
    expect(v(m, 'F1', 'caco3Mg')).toBeCloseTo(calcium * M('CaCO3(s)'), 1);
    expect(v(m, 'F1', 'baco3Mg')).toBeCloseTo((barium - sulfate) * M('BaCO3(s)'), 1);
    expect(v(m, 'B2', 'liquidMl')).toBeCloseTo(liquid - WET_PAPER_ML, 1);
    for (const ion of ['sulfate', 'magnesium', 'calcium', 'barium']) expect(v(m, 'B2', `${ion}LeftMg`), ion).toBe(0);
    expect(v(m, 'B2', 'pH')).toBeGreaterThanOrEqual(12);

    const squeezes = neutralise(m);
    // 5 % HCl (ρ 1.0245 g/mL, 0.0702 mmol a drop) for what came through the paper of 0.67 mmol OH⁻ and 0.78 mmol CO₃²⁻ (2 H⁺ each):
    // about 30 drops, 3 or 4 squeezes of 10.
    expect(squeezes).toBeGreaterThanOrEqual(3);
    expect(squeezes).toBeLessThanOrEqual(4);
    expect(v(m, 'B2', 'pH')).toBeLessThanOrEqual(7);
    expect(v(m, 'B2', 'carbonateLeftMg') + v(m, 'B2', 'hydroxideLeftMg')).toBe(0);
    const naclInFiltrate = 1000 * (amountOf(contentsOf(m, 'B2'), 'NaCl(aq)') + amountOf(contentsOf(m, 'B2'), 'NaCl(s)'));

    const events = evaporate(m);
    expect(events).toContain('muchSolid');
    expect(events).not.toContain('spattering');
    // All the NaCl of the filtrate is in the dish, and nothing else but it: sodium from the reagents, chloride from BaCl₂ and HCl.
    // Chloride and sodium by stoichiometry: the crude salt's NaCl and 2 per impurity ion precipitated, 1 per OH⁻ and 2 per CO₃²⁻
    // neutralised, less what the wet paper kept.
    const naclMade = 1000 * crudeG * CRUDE_SALT_MASS_FRACTIONS['NaCl(aq)'] / M('NaCl(aq)') + 2 * (sulfate + magnesium + calcium + (barium - sulfate)) + (hydroxide - 2 * magnesium) + 2 * (carbonate - calcium - (barium - sulfate));
    expect(naclInFiltrate).toBeLessThan(naclMade);
    expect(naclInFiltrate).toBeGreaterThan(naclMade * (1 - (1.5 * WET_PAPER_ML) / liquid));
    expect(v(m, 'D1', 'naclG')).toBeCloseTo((naclInFiltrate * M('NaCl(s)')) / 1000, 3);
    expect(v(m, 'D1', 'purityPct')).toBeCloseTo(100, 3);
    // More than the crude salt's 4.70 g of NaCl (the textbook's point: the reagents added Na⁺ and Cl⁻).
    expect(v(m, 'D1', 'naclG')).toBeGreaterThan(crudeG * CRUDE_SALT_MASS_FRACTIONS['NaCl(aq)']);
    expect(v(m, 'D1', 'productG')).toBeGreaterThanOrEqual(4.9);
    expect(m.engine.diagnostics()).toEqual([]);
  });

  it('hydrochloric acid two drops at a time until no more gas: first OH⁻, then CO₃²⁻ to HCO₃⁻ without a bubble, then CO₂ at pH 8.3 as much as the excess carbonate', () => {
    const m = start(crudeSaltIonsPreset);
    squeezeOver(m, 'R1', 'B1');
    squeezeOver(m, 'R2', 'B1');
    squeezeOver(m, 'R3', 'B1');
    filter(m);
    // What came through the paper, mmol: the OH⁻ and CO₃²⁻ left over (0.67 and 0.78 at the textbook's scale, less the wet paper's share).
    const oh = v(m, 'B2', 'hydroxideLeftMg') / 17.007;
    const co3 = v(m, 'B2', 'carbonateLeftMg') / 60.009;
    expect(co3).toBeGreaterThan(0.7);
    const perDrop = (0.05 * 1.0245 * 0.05 * 1000) / M('HCl(aq)');
    edit(m, 'R4', { drops: 2 });
    let drops = 0, lastGas = -1, firstGasAt = NaN;
    const whileBubbling: number[] = [];
    for (let i = 0; i < 40; i++) {
      squeezeOver(m, 'R4', 'B2');
      drops += 2;
      const gas = v(m, 'B2', 'co2MadeMl');
      if (gas > 0 && Number.isNaN(firstGasAt)) firstGasAt = drops;
      if (gas > 0 && v(m, 'B2', 'bicarbonateLeftMg') > 0) whileBubbling.push(v(m, 'B2', 'pHMeter'));
      if (gas > 0 && gas === lastGas) break;
      lastGas = gas;
    }
    // No bubble until the acid has taken every OH⁻ and turned every CO₃²⁻ into HCO₃⁻ (人教版 必修第一册 第二章第一节: CO₃²⁻ + H⁺ = HCO₃⁻ first);
    // while the HCO₃⁻ gives its CO₂ the liquid holds at NaHCO₃'s pH, ½(pKa₁ + pKa₂) = ½(6.351 + 10.329) = 8.34 (Harris, Appendix G).
    expect(firstGasAt * perDrop).toBeGreaterThan(oh + co3);
    expect((firstGasAt - 2) * perDrop).toBeLessThan(oh + co3);
    expect(whileBubbling.length).toBeGreaterThanOrEqual(4);
    for (const pH of whileBubbling) expect(pH).toBeCloseTo(8.34, 1);
    // The CO₂ given off is the excess carbonate's, 1 mol per mol, at 20 °C and 101.3 kPa (24.06 L/mol): about 18 mL.
    const molarMl = (8.314462618 * 293.15 * 1000) / 101.3;
    expect(v(m, 'B2', 'co2MadeMl')).toBeCloseTo(co3 * molarMl / 1000, 2);
    expect(v(m, 'B2', 'co2MadeMl')).toBeGreaterThan(17);
    // Acid until no more gas leaves the filtrate neutral or slightly acidic (pH paper ≤ 7), with no carbonate or hydrogencarbonate left.
    expect(v(m, 'B2', 'pH')).toBeLessThanOrEqual(7);
    expect(v(m, 'B2', 'carbonateLeftMg') + v(m, 'B2', 'bicarbonateLeftMg') + v(m, 'B2', 'hydroxideLeftMg')).toBe(0);
    // The acid it took: OH⁻ + 2 CO₃²⁻, to within the last squeeze that gave gas and the one that showed there was no more.
    expect(drops * perDrop).toBeGreaterThan(oh + 2 * co3);
    expect(drops * perDrop).toBeLessThan(oh + 2 * co3 + 4 * perDrop);
  });

  it('sodium carbonate before barium chloride: the Ba²⁺ added last stays, in the filtrate and in the salt, and the bench says so', () => {
    const m = start(crudeSaltIonsPreset);
    squeezeOver(m, 'R3', 'B1');
    squeezeOver(m, 'R2', 'B1');
    // Enough BaCl₂ that a further drop stays clear: it has to take the carbonate left as well as the sulfate.
    squeezeOver(m, 'R1', 'B1', 2);
    expect(v(m, 'B1', 'sulfateLeftMg')).toBe(0);
    // 2 mmol of Ba²⁺ in, less the sulfate and the carbonate the calcium left: Ba²⁺ in solution, nothing to take it out.
    const bariumLeft = 2 - sulfate - (carbonate - calcium);
    expect(v(m, 'B1', 'bariumLeftMg')).toBeCloseTo(bariumLeft * 137.327, 1);
    filter(m);
    neutralise(m);
    evaporate(m);
    expect(v(m, 'D1', 'bariumLeftMg')).toBeGreaterThan(0.9 * bariumLeft * 137.327);
    // BaCl₂ (208.23 g/mol) in the salt: purity below 100 %.
    expect(v(m, 'D1', 'purityPct')).toBeLessThan(100 - (100 * 0.9 * bariumLeft * M('BaCl2(aq)')) / 1000 / v(m, 'D1', 'productTrueG'));
    expect(m.engine.diagnostics().map((d) => d.key)).toContain('wet.diag.bariumLeft');
  });

  it('hydrochloric acid before filtering dissolves Mg(OH)₂, CaCO₃ and BaCO₃ again: the ions are back, only BaSO₄ stays', () => {
    const m = start(crudeSaltIonsPreset);
    squeezeOver(m, 'R1', 'B1');
    squeezeOver(m, 'R2', 'B1');
    squeezeOver(m, 'R3', 'B1');
    // Acid until the liquid stays acid (pH paper 3 or less) with the precipitates it dissolves gone.
    let squeezes = 0;
    for (; squeezes < 12 && !(v(m, 'B1', 'pH') <= 3 && v(m, 'B1', 'caco3Mg') < 1); squeezes++) {
      squeezeOver(m, 'R4', 'B1');
      runFor(m, 10);
    }
    expect(v(m, 'B1', 'mgoh2Mg')).toBe(0);
    expect(v(m, 'B1', 'baco3Mg')).toBe(0);
    expect(v(m, 'B1', 'caco3Mg')).toBeLessThan(1);
    expect(v(m, 'B1', 'magnesiumLeftMg')).toBeCloseTo(magnesium * 24.305, 1);
    expect(v(m, 'B1', 'bariumLeftMg')).toBeCloseTo((barium - sulfate) * 137.327, 1);
    expect(v(m, 'B1', 'calciumLeftMg')).toBeGreaterThan(calcium * 40.078 - 1);
    expect(v(m, 'B1', 'baso4Mg')).toBeCloseTo(sulfate * M('BaSO4(s)'), 1);
    expect(m.engine.diagnostics().map((d) => d.key)).toContain('wet.diag.acidBeforeFiltering');
  });

  it('too little sodium hydroxide leaves Mg²⁺ in the salt', () => {
    const m = start(crudeSaltIonsPreset);
    squeezeOver(m, 'R1', 'B1');
    edit(m, 'R2', { drops: 10 });
    squeezeOver(m, 'R2', 'B1');
    // 10 drops: 1.39 mmol of OH⁻ for 2.10 needed; 0.357 mmol of Mg²⁺ left.
    expect(v(m, 'B1', 'magnesiumLeftMg')).toBeCloseTo((magnesium - hydroxide / 4) * 24.305, 1);
    squeezeOver(m, 'R3', 'B1');
    filter(m);
    neutralise(m);
    evaporate(m);
    expect(v(m, 'D1', 'magnesiumLeftMg')).toBeGreaterThan(0);
    expect(m.engine.diagnostics().map((d) => d.key)).toContain('wet.diag.magnesiumLeft');
  });
});
