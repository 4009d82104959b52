/**
 * Senior chemistry X3.2, 有机化合物中常见官能团的检验 (人教版 化学 选择性必修3 第三章 实验活动2), headless, done as a student does it on the
 * bench: each dropper squeezed over its tube. Checked against the stoichiometry of the textbook's equations (选择性必修3 第二章第二节,
 * 第三章第二节): C₆H₁₂ + Br₂ = C₆H₁₂Br₂ (1 Br₂ per C=C), RCH=CH₂ + 2MnO₄⁻ → RCOOH + CO₂ (2 KMnO₄ per C=C, 10 e⁻ against 5 per Mn),
 * 6C₆H₅OH + Fe³⁺ → [Fe(C₆H₅O)₆]³⁻ + 6H⁺, C₆H₅OH + 3Br₂ = C₆H₂Br₃OH↓ + 3HBr; molar masses from IUPAC weights (C₆H₁₂Br₂ 243.97,
 * C₆H₂Br₃OH 330.80, C₆H₅OH 94.11 g/mol).
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf, liquidVolumeMl } from '../chem/contents';
import { gasVolumeMl } from '../chem/gases';
import { molarMassOf } from '../chem/species';
import { BROMINE_SATURATED_MOL_L, DROP_ML, PERMANGANATE_MOL_L } from '../dropping';
import { DILUTE_MASS_FRACTION, PHENOL_MOL_L, solutionDensityGPerMl } from '../reagents';
import { BROMOBUTANE_DROPS, functionalGroupsPreset, GROUPS_SOLUTION_ML, HYDROCARBON_ML } from './functional-groups';
import { contentsOf, dropInto, edit, runFor, start } from './bench-hands';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const partOfPreset = (id: string) => functionalGroupsPreset.setup.parts.find((p) => p.id === id)!;
/** 1 mL of 1-hexene (CRC 0.673 g/mL; 84.16 g/mol, checked below), mol. */
const HEXENE = (HYDROCARBON_ML * 0.673) / molarMassOf('C6H12(l)');
/** Bromine in one drop of 0.05 mol/L bromine water, mol. */
const BR2_PER_DROP = DROP_ML * 0.05e-3;
/** Phenol in T4 and T6: 2 mL of 0.1 mol/L, mol. */
const PHENOL = (GROUPS_SOLUTION_ML * PHENOL_MOL_L) / 1000;

describe('functional groups (X3.2) on the wet bench: C=C and phenol', () => {
  it('bromine water into 1-hexene is decolourised, 1 Br₂ per C=C; into hexane it stays orange', () => {
    expect(molarMassOf('C6H12(l)')).toBeCloseTo(84.16, 2);
    expect(molarMassOf('C6H12Br2(l)')).toBeCloseTo(243.97, 1);
    const m = start(functionalGroupsPreset);
    dropInto(m, 'R1', 'T1');
    dropInto(m, 'R2', 'T2');
    const br2 = 5 * BR2_PER_DROP;
    const t1 = contentsOf(m, 'T1');
    expect(amountOf(t1, 'Br2(aq)')).toBe(0);
    expect(amountOf(t1, 'C6H12Br2(l)')).toBeCloseTo(br2, 12);
    expect(amountOf(t1, 'C6H12(l)')).toBeCloseTo(HEXENE - br2, 10);
    // 12.5 µmol of the dibromide: 3.05 mg.
    expect(v(m, 'T1', 'dibromohexaneMg')).toBeCloseTo(br2 * 243.97 * 1000, 2);
    expect(v(m, 'T1', 'bromineMmolL')).toBe(0);
    // The control keeps all its bromine: 12.5 µmol in 1 mL of hexane + 0.25 mL of water, orange.
    const t2 = contentsOf(m, 'T2');
    expect(amountOf(t2, 'Br2(aq)')).toBeCloseTo(br2, 12);
    expect(amountOf(t2, 'C6H14(l)')).toBeCloseTo((HYDROCARBON_ML * 0.655) / molarMassOf('C6H14(l)'), 10);
    const orange = appearanceOf(t2).liquid!;
    const faded = appearanceOf(t1).liquid!;
    expect(orange.r - orange.b).toBeGreaterThan(60);
    expect(faded.r - faded.b).toBeLessThan(20);
  });

  it('acidified permanganate into 1-hexene is decolourised, 2 KMnO₄ per C=C, giving CO₂ and pentanoic acid', () => {
    const m = start(functionalGroupsPreset);
    dropInto(m, 'R3', 'T3');
    const mno4 = 5 * DROP_ML * PERMANGANATE_MOL_L * 1e-3;
    const t3 = contentsOf(m, 'T3');
    expect(amountOf(t3, 'KMnO4(aq)')).toBe(0);
    expect(amountOf(t3, 'MnSO4(aq)')).toBeCloseTo(mno4, 12);
    expect(amountOf(t3, 'C4H9COOH(aq)')).toBeCloseTo(mno4 / 2, 12);
    expect(amountOf(t3, 'C6H12(l)')).toBeCloseTo(HEXENE - mno4 / 2, 10);
    expect(v(m, 'T3', 'permanganateMmolL')).toBe(0);
    const c = appearanceOf(t3).liquid!;
    expect(c.g).toBeGreaterThan(200);
  });

  it('FeCl₃ into phenol turns violet (6 phenol per Fe); into ethanol it stays yellow', () => {
    const m = start(functionalGroupsPreset);
    expect(v(m, 'T4', 'ironPhenolateMmolL')).toBe(0);
    const fresh = appearanceOf(contentsOf(m, 'T4')).liquid!;
    dropInto(m, 'R4', 'T4');
    dropInto(m, 'R5', 'T5');
    const fe = 3 * DROP_ML * 0.1e-3;
    const t4 = contentsOf(m, 'T4');
    expect(amountOf(t4, 'H3[Fe(OC6H5)6](aq)')).toBeCloseTo(fe, 12);
    expect(amountOf(t4, 'FeCl3(aq)')).toBe(0);
    expect(amountOf(t4, 'C6H5OH(aq)')).toBeCloseTo(PHENOL - 6 * fe, 12);
    expect(v(m, 'T4', 'ironPhenolateMmolL')).toBeCloseTo((fe / (liquidVolumeMl(t4) / 1000)) * 1000, 6);
    // Violet: blue and red kept over green, darker than the fresh solution.
    const violet = appearanceOf(t4).liquid!;
    expect(violet.b).toBeGreaterThan(violet.g + 25);
    expect(violet.r).toBeGreaterThan(violet.g);
    expect(fresh.g - violet.g).toBeGreaterThan(80);
    // Ethanol: the iron(III) chloride stays as it is, yellow (blue taken, red and green kept).
    expect(v(m, 'T5', 'ironPhenolateMmolL')).toBe(0);
    expect(amountOf(contentsOf(m, 'T5'), 'FeCl3(aq)')).toBeCloseTo(fe, 12);
    const yellow = appearanceOf(contentsOf(m, 'T5')).liquid!;
    expect(yellow.g).toBeGreaterThan(yellow.b);
  });

  it('saturated bromine water into phenol: white 2,4,6-tribromophenol, 3 Br₂ per phenol, the bromine all used while phenol is left', () => {
    expect(molarMassOf('C6H2Br3OH(s)')).toBeCloseTo(330.8, 1);
    const m = start(functionalGroupsPreset);
    dropInto(m, 'R6', 'T6');
    // 10 drops of 0.2 mol/L: 0.1 mmol Br₂, a third of it in phenol's place: 33.3 µmol of tribromophenol, 11.0 mg (of 0.2 mmol phenol).
    const br2 = 10 * DROP_ML * BROMINE_SATURATED_MOL_L * 1e-3;
    const t6 = contentsOf(m, 'T6');
    expect(amountOf(t6, 'C6H2Br3OH(s)')).toBeCloseTo(br2 / 3, 12);
    expect(v(m, 'T6', 'tribromophenolMg')).toBeCloseTo((br2 / 3) * 330.8 * 1000, 1);
    expect(amountOf(t6, 'HBr(aq)')).toBeCloseTo(br2, 12);
    expect(amountOf(t6, 'C6H5OH(aq)')).toBeCloseTo(PHENOL - br2 / 3, 12);
    expect(amountOf(t6, 'Br2(aq)')).toBe(0);
    // mg of tribromophenol per mg of phenol that reacted: 330.80 / 94.11 = 3.515.
    expect(amountOf(t6, 'C6H2Br3OH(s)') * molarMassOf('C6H2Br3OH(s)') / ((PHENOL - amountOf(t6, 'C6H5OH(aq)')) * molarMassOf('C6H5OH(aq)'))).toBeCloseTo(3.515, 3);
    const look = appearanceOf(t6);
    expect(look.cloudiness).toBeGreaterThan(0.5);
    expect(look.cloudColour!.r).toBeGreaterThan(230);
  });

  it('the violet is announced', () => {
    const m = start(functionalGroupsPreset);
    edit(m, 'R4', { squeeze: true });
    expect(runFor(m, 1)).toContain('turnsViolet');
  });

  it('1-bromobutane boiled with NaOH in the bath gives Br⁻; nitric acid first, then AgNO₃: pale-yellow AgBr, 1 per Br', () => {
    expect(molarMassOf('C4H9Br(l)')).toBeCloseTo(137.02, 1);
    expect(molarMassOf('AgBr(s)')).toBeCloseTo(187.77, 1);
    const m = start(functionalGroupsPreset);
    dropInto(m, 'R7', 'T7');
    const rbr = (BROMOBUTANE_DROPS * DROP_ML * 1.276) / molarMassOf('C4H9Br(l)');
    // NaOH in T7: 2 mL of 5 % (CRC density by the reagents' fit), mol.
    const naoh = (GROUPS_SOLUTION_ML * solutionDensityGPerMl('NaOH(aq)', DILUTE_MASS_FRACTION) * DILUTE_MASS_FRACTION) / molarMassOf('NaOH(aq)');
    runFor(m, 150);
    const t7 = contentsOf(m, 'T7');
    // Hydrolysed all but a trace in two and a half minutes at 80 °C: 1 Br⁻ per C₄H₉Br, 1 NaOH used per Br⁻.
    expect(amountOf(t7, 'NaBr(aq)')).toBeGreaterThan(0.99 * rbr);
    expect(amountOf(t7, 'NaBr(aq)') + amountOf(t7, 'C4H9Br(l)')).toBeCloseTo(rbr, 12);
    expect(amountOf(t7, 'NaOH(aq)')).toBeCloseTo(naoh - amountOf(t7, 'NaBr(aq)'), 12);
    expect(amountOf(t7, 'C4H9OH(aq)')).toBeCloseTo(amountOf(t7, 'NaBr(aq)'), 12);
    dropInto(m, 'R8', 'T7');
    expect(amountOf(contentsOf(m, 'T7'), 'NaOH(aq)')).toBe(0);
    dropInto(m, 'R9', 'T7');
    // 5 drops of 0.1 mol/L AgNO₃ (25 µmol), Br⁻ in excess: 25 µmol of AgBr, 4.69 mg; no Ag₂O.
    const ag = 5 * DROP_ML * 0.1e-3;
    expect(v(m, 'T7', 'silverBromideMg')).toBeCloseTo(ag * 187.77 * 1000, 1);
    expect(v(m, 'T7', 'silverOxideMg')).toBe(0);
    const look = appearanceOf(contentsOf(m, 'T7'));
    expect(look.cloudColour!.r).toBeGreaterThan(200);
    expect(look.cloudColour!.b).toBeLessThan(look.cloudColour!.g - 40);
  });

  it('AgNO₃ before the nitric acid: brown-black Ag₂O from the NaOH left over, announced; nitric acid dissolves it and AgBr forms', () => {
    const m = start(functionalGroupsPreset);
    dropInto(m, 'R7', 'T7');
    runFor(m, 150);
    const events: string[] = [];
    const t = partOfPreset('T7');
    edit(m, 'R9', { squeeze: true }, { xM: t.xM, yM: t.yM - 0.17 });
    events.push(...runFor(m, 4));
    const ag = 5 * DROP_ML * 0.1e-3;
    // 2Ag⁺ + 2OH⁻ = Ag₂O + H₂O: 12.5 µmol of Ag₂O (231.74 g/mol), 2.90 mg, dark; no AgBr.
    expect(v(m, 'T7', 'silverOxideMg')).toBeCloseTo((ag / 2) * 231.74 * 1000, 1);
    expect(v(m, 'T7', 'silverBromideMg')).toBe(0);
    expect(events).toContain('silverOxide');
    expect(events).not.toContain('paleYellow');
    const dark = appearanceOf(contentsOf(m, 'T7')).cloudColour!;
    expect(dark.r + dark.g + dark.b).toBeLessThan(250);
    edit(m, 'R9', { squeeze: false });
    runFor(m, 0.1);
    // The nitric acid then takes the rest of the NaOH and dissolves the oxide; its silver comes down as AgBr.
    dropInto(m, 'R8', 'T7');
    expect(v(m, 'T7', 'silverOxideMg')).toBe(0);
    expect(v(m, 'T7', 'silverBromideMg')).toBeCloseTo(ag * 187.77 * 1000, 1);
  });

  it('cold, the 1-bromobutane is hardly hydrolysed: no Br⁻ for the silver', () => {
    const setup = { ...functionalGroupsPreset.setup, parts: functionalGroupsPreset.setup.parts.map((p) => (p.id === 'B1' ? { ...p, props: { ...p.props, startC: 20 } } : p)) };
    const m = start({ ...functionalGroupsPreset, setup });
    dropInto(m, 'R7', 'T7');
    runFor(m, 150);
    const rbr = (BROMOBUTANE_DROPS * DROP_ML * 1.276) / molarMassOf('C4H9Br(l)');
    expect(amountOf(contentsOf(m, 'T7'), 'NaBr(aq)')).toBeLessThan(0.05 * rbr);
  });

  it('NaHCO₃ into acetic acid: CO₂ bubbles, 1 per NaHCO₃ while the acid lasts', () => {
    const m = start(functionalGroupsPreset);
    const events: string[] = [];
    const t = partOfPreset('T8');
    edit(m, 'R10', { squeeze: true }, { xM: t.xM, yM: t.yM - 0.17 });
    events.push(...runFor(m, 4));
    // 10 drops of 1 mol/L (0.5 mmol) into 2 mL of 5 % acetic acid (1.7 mmol): 0.5 mmol of CO₂.
    const co2 = 10 * DROP_ML * 1e-3;
    expect(amountOf(contentsOf(m, 'T8'), 'NaHCO3(aq)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T8'), 'CH3COONa(aq)')).toBeCloseTo(co2, 12);
    expect(v(m, 'T8', 'co2MadeMl')).toBeCloseTo(gasVolumeMl(co2, 293.15, 101325), 0);
    expect(events).toContain('fizzes');
  });
});
