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
import { ALDEHYDE_COPPER_DROPS, ALDEHYDE_TOLLENS_DROPS, BROMOBUTANE_DROPS, functionalGroupsPreset, GROUPS_OVER_FLAME, GROUPS_SOLUTION_ML, HYDROCARBON_ML } from './functional-groups';
import { contentsOf, dropInto, edit, partOf, runFor, start } from './bench-hands';
import type { WetBenchEngine } from '../bench-engine';
import { vesselLook } from '../vessel-look';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const partOfPreset = (id: string) => functionalGroupsPreset.setup.parts.find((p) => p.id === id)!;
/** 1 mL of 1-hexene (CRC 0.673 g/mL; 84.16 g/mol, checked below), mol. */
const HEXENE = (HYDROCARBON_ML * 0.673) / molarMassOf('C6H12(l)');
/** Bromine in one drop of 0.05 mol/L bromine water, mol. */
const BR2_PER_DROP = DROP_ML * 0.05e-3;
/** Phenol in T4 and T6: 2 mL of 0.1 mol/L, mol. */
const PHENOL = (GROUPS_SOLUTION_ML * PHENOL_MOL_L) / 1000;

describe('functional groups (X3.2) on the wet bench: C=C and phenol', () => {
  it('bromine water into 1-hexene is decolourised, 1 Br₂ per C=C; into hexane it stays orange, in the hexane layer floating on the water', () => {
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
    // Hexane does not mix with water: it floats as a layer and takes the bromine up (K_D ≈ 27, ../chem/extraction.ts): 99 % of it, 12.4 mmol/L
    // in the hexane, the upper layer orange and the water under it nearly colourless (选择性必修3 第二章第一节: 分层, 上层橙红色).
    const f = (27 * HYDROCARBON_ML) / (27 * HYDROCARBON_ML + 5 * DROP_ML);
    expect(v(m, 'T2', 'organicBromineMmolL')).toBeCloseTo((br2 * f * 1e6) / HYDROCARBON_ML, 1);
    const layer = vesselLook(m.engine as WetBenchEngine, m.setup, partOf(m, 'T2'))!.organic!;
    expect(layer.below).toBe(false);
    expect(layer.colour.r - layer.colour.b).toBeGreaterThan(60);
    const water = appearanceOf(t2).liquid!;
    expect(water.r - water.b).toBeLessThan(20);
    const faded = appearanceOf(t1).liquid!;
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

  // The aldehyde group (选择性必修3 第三章第三节 实验3-7, 3-8): the textbook's equations CH₃CHO + 2Ag(NH₃)₂OH → CH₃COONH₄ + 2Ag↓ + 3NH₃ + H₂O
  // and CH₃CHO + 2Cu(OH)₂ + NaOH → CH₃COONa + Cu₂O↓ + 3H₂O; Ag 107.87, Cu₂O 143.09 g/mol (IUPAC weights).
  const solute = (id: string, ml: number, w: number) => (ml * solutionDensityGPerMl(id, w) * w) / molarMassOf(id);
  const diagnostics = (m: BenchModel) => m.diagnostics().map((d) => d.key);

  it('acetaldehyde with Tollens’ reagent in the 80 °C bath: a silver mirror, 2 Ag per CH₃CHO; held in the flame, black silver instead', () => {
    const m = start(functionalGroupsPreset);
    // 13 drops of 2 % ammonia into 2 mL of 2 % AgNO₃ (0.239 mmol): the AgOH first formed just dissolves, 3 NH₃ per Ag.
    dropInto(m, 'R11', 'T9');
    const silver = solute('AgNO3(aq)', GROUPS_SOLUTION_ML, 0.02);
    expect(1000 * silver).toBeCloseTo(0.239, 2);
    expect(amountOf(contentsOf(m, 'T9'), 'AgOH(s)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T9'), 'Ag(NH3)2OH(aq)')).toBeCloseTo(silver, 9);
    expect(diagnostics(m)).not.toContain('wet.diag.excessAmmonia');
    // The preset's 3 drops of 10 % acetaldehyde (0.34 mmol) are more than the silver needs (0.120 mmol): the silver is the limit.
    dropInto(m, 'R12', 'T9');
    const aldehyde = solute('CH3CHO(aq)', ALDEHYDE_TOLLENS_DROPS * DROP_ML, 0.1);
    expect(1000 * aldehyde).toBeCloseTo(0.3405, 3);
    // Cold, in the rack, little (Ea 80 kJ/mol: 50 times slower than at 60 °C); then into the bath beside T7, not shaken.
    expect(v(m, 'T9', 'silverMirrorMg')).toBeLessThan(0.05 * silver * 107.87 * 1000);
    const bath = partOf(m, 'B1');
    edit(m, 'T9', {}, { xM: bath.xM + 0.02, yM: 0.34 });
    const events = runFor(m, 180);
    expect(v(m, 'T9', 'temperatureC')).toBeGreaterThan(60);
    expect(molarMassOf('Ag:mirror(s)')).toBeCloseTo(107.87, 2);
    // All the silver on the glass, 25.8 mg; half as much CH₃COONH₄ made and CH₃CHO used.
    expect(v(m, 'T9', 'silverMirrorMg')).toBeCloseTo(silver * 107.87 * 1000, 1);
    expect(amountOf(contentsOf(m, 'T9'), 'CH3COONH4(aq)')).toBeCloseTo(silver / 2, 9);
    expect(amountOf(contentsOf(m, 'T9'), 'CH3CHO(aq)')).toBeCloseTo(aldehyde - silver / 2, 9);
    expect(v(m, 'T9', 'silverPowderMg')).toBe(0);
    expect(events).toContain('silverMirror');
    expect(diagnostics(m)).not.toContain('wet.diag.excessAmmonia');
    // Held in the lamp's flame instead of the bath: black powder, explained.
    const n = start(functionalGroupsPreset);
    dropInto(n, 'R11', 'T9');
    dropInto(n, 'R12', 'T9');
    edit(n, 'T9', {}, GROUPS_OVER_FLAME);
    runFor(n, 150);
    // (The little that plated the glass while the tube stood cold in the rack stays a mirror.)
    expect(v(n, 'T9', 'silverPowderMg') + v(n, 'T9', 'silverMirrorMg')).toBeCloseTo(silver * 107.87 * 1000, 1);
    expect(v(n, 'T9', 'silverPowderMg')).toBeGreaterThan(0.9 * silver * 107.87 * 1000);
    expect(diagnostics(n)).toContain('wet.diag.silverBlack');
  });

  it('acetaldehyde with fresh Cu(OH)₂ in excess NaOH, boiled: brick-red Cu₂O, 1 per 2 Cu; without excess alkali only black CuO', () => {
    const m = start(functionalGroupsPreset);
    // 5 drops of 5 % CuSO₄ (0.082 mmol) into 2 mL of 10 % NaOH (5.5 mmol): blue Cu(OH)₂, the alkali in excess.
    dropInto(m, 'R13', 'T10');
    const copper = solute('CuSO4(aq)', 5 * DROP_ML, 0.05);
    expect(amountOf(contentsOf(m, 'T10'), 'Cu(OH)2(s)')).toBeCloseTo(copper, 9);
    dropInto(m, 'R14', 'T10');
    const aldehyde = solute('CH3CHO(aq)', ALDEHYDE_COPPER_DROPS * DROP_ML, 0.1);
    expect(aldehyde).toBeGreaterThan(copper / 2);
    // In the rack, cold: hardly anything (Ea 100 kJ/mol: 8000 times slower than at 100 °C).
    const events = runFor(m, 30);
    expect(v(m, 'T10', 'cuprousOxideMg')).toBeLessThan(0.1 * (copper / 2) * 143.09 * 1000);
    edit(m, 'T10', {}, GROUPS_OVER_FLAME);
    events.push(...runFor(m, 120));
    expect(v(m, 'T10', 'temperatureC')).toBeGreaterThan(95);
    expect(molarMassOf('Cu2O(s)')).toBeCloseTo(143.09, 2);
    expect(v(m, 'T10', 'cuprousOxideMg')).toBeCloseTo((copper / 2) * 143.09 * 1000, 1);
    expect(amountOf(contentsOf(m, 'T10'), 'CH3COONa(aq)')).toBeCloseTo(copper / 2, 9);
    expect(events).toContain('brickRed');
    const red = appearanceOf(contentsOf(m, 'T10')).cloudColour!;
    expect(red.r).toBeGreaterThan(red.b + 60);

    // Made the wrong way round, a few drops of NaOH into copper sulfate (the sugars' T2): no alkali left, heated it only goes black.
    const setup = { ...functionalGroupsPreset.setup, parts: functionalGroupsPreset.setup.parts.map((p) => (p.id === 'T10' ? { ...p, props: { ...p.props, solution: 'cuso4' } } : p.id === 'R13' ? { ...p, props: { ...p.props, reagent: 'naohTen', drops: 4 } } : p)) };
    const n = start({ ...functionalGroupsPreset, setup });
    dropInto(n, 'R13', 'T10');
    dropInto(n, 'R14', 'T10');
    edit(n, 'T10', {}, GROUPS_OVER_FLAME);
    runFor(n, 120);
    expect(v(n, 'T10', 'cuprousOxideMg')).toBe(0);
    expect(v(n, 'T10', 'copperOxideMg')).toBeGreaterThan(0);
    expect(diagnostics(n)).toContain('wet.diag.copperTestNoAlkali');
  });
});
