/**
 * Senior chemistry B2.2, 不同价态含硫物质的转化, headless, as a student does it on the bench (人教版 化学 必修第二册 第五章 实验活动5 and
 * 第五章第一节 实验5-4). Amounts against the equations the textbook prints, with molar masses from IUPAC atomic weights (S 32.06,
 * BaSO₄ 233.39, BaSO₃ 217.39 g/mol) and gases at 20 °C and 101.325 kPa (24.06 L/mol):
 *   2S²⁻ + SO₃²⁻ + 6H⁺ = 3S↓ + 3H₂O;  5SO₃²⁻ + 2MnO₄⁻ + 6H⁺ = 5SO₄²⁻ + 2Mn²⁺ + 3H₂O;  SO₃²⁻ + H₂O₂ = SO₄²⁻ + H₂O;
 *   Ba²⁺ + SO₄²⁻ = BaSO₄↓ (stays in HCl);  BaSO₃ + 2HCl = BaCl₂ + SO₂↑ + H₂O.
 * 3 % H₂O₂ at 1.010 g/mL and 20 % H₂SO₄ at 1.132 g/mL (CRC), 5 % HCl at 1.0245 g/mL (../reagents.ts, from CRC's fits).
 * Copper and hot concentrated sulfuric acid (必修第二册 第五章第一节 实验5-3): Cu + 2H₂SO₄(浓) = CuSO₄ + SO₂↑ + 2H₂O, so each milligram of
 * copper (63.546 g/mol) gives 24.06 / 63.546 = 0.3786 mL of SO₂ and uses 2 × 98.08 / 63.546 = 3.087 mg of acid.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { BenchEditor } from '../../bench/editor';
import { testTube } from '../parts/test-tube';
import { worldPoint } from '../pose';
import { TABLE_H_M, TABLE_W_M } from './layout';
import { appearanceOf } from '../chem/appearance';
import { pHOf, pHPaperReading } from '../chem/acidity';
import { amountOf, changeAmount, emptyContents, liquidVolumeMl } from '../chem/contents';
import { so2SaturationMolL } from '../chem/sulfur-dioxide-water';
import { gasMolarVolumeMl, molarMassOf, ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA } from '../chem/species';
import { DROP_ML } from '../dropping';
import { solutionDensityGPerMl } from '../reagents';
import { contentsOf, dropInto, edit, runFor, start } from './bench-hands';
import { describeWet } from '../describe';
import type { ViewI18n } from '../../view';
import { ACID_ML, COPPER_G, FRESH_TUBE, MAGENTA_DROPS, MAGENTA_DROPS_52, POUR_ROT_DEG, SO2_TUBE_POURING, SO2_TUBE_UPRIGHT, COPPER_SULFUR_G, IRON_SULFUR_G, SO2_TUBE_HELD, SO2_TUBE_IN_WATER, SO2_TUBE_ML, SULFIDE_OVER_FLAME, SULFUR_TUBE_ML, sulfurPreset, TROUGH_WATER_ML } from './sulfur';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const diagnostics = (m: BenchModel) => m.diagnostics().map((d) => d.key);
/** mmol in `drops` of a dropper's 0.1 mol/L solution. */
const tenthMmol = (drops: number) => drops * DROP_ML * 0.1;
const sulfideMmol = SULFUR_TUBE_ML * 0.1;
const ML_PER_MOL = gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA);

/**
 * Magenta (0.01 %, 3 × 10⁻⁴ mol/L) dropped from `dropper` into `tube` of SO₂ solution: bleached at once, all of it
 * held as the colourless compound; in L2's flame for `heatS` (past `aboveC`) more than half of it is red again.
 */
function bleachedThenRed(m: BenchModel, dropper: string, tube: string, drops: number, heatS: number, aboveC: number): void {
  dropInto(m, dropper, tube);
  runFor(m, 2);
  const magentaMol = (drops * DROP_ML * 3e-4) / 1000;
  expect(v(m, tube, 'magentaUmolL')).toBe(0);
  expect(amountOf(contentsOf(m, tube), 'C20H20ClN3:so2(aq)')).toBeCloseTo(magentaMol, 12);
  edit(m, 'L2', { lit: true });
  edit(m, tube, {}, SULFIDE_OVER_FLAME);
  runFor(m, heatS);
  expect(v(m, tube, 'temperatureC')).toBeGreaterThan(aboveC);
  expect(v(m, tube, 'magentaUmolL')).toBeGreaterThan((0.5 * 1e9 * magentaMol) / v(m, tube, 'waterInTubeMl'));
}

describe('converting sulfur between oxidation states (B2.2) on the wet bench', () => {
  it('−2 and +4 → 0: sulfide and sulfite together stay clear until acidified, then give 3 S per sulfite', () => {
    const m = start(sulfurPreset);
    // 20 drops of 0.1 mol/L Na₂SO₃ (0.1 mmol) into 2 mL of 0.1 mol/L Na₂S (0.2 mmol): the 1 : 2 of the equation; nothing happens in alkali.
    dropInto(m, 'R1', 'T1');
    expect(amountOf(contentsOf(m, 'T1'), 'Na2SO3(aq)') * 1000).toBeCloseTo(tenthMmol(20), 9);
    expect(v(m, 'T1', 'sulfurMg')).toBe(0);
    // 5 drops of 20 % H₂SO₄: 0.25 mL × 1.132 g/mL × 0.2 / 98.08 = 0.577 mmol, more than the 0.3 mmol the sulfur needs.
    const acidMmol = (5 * DROP_ML * solutionDensityGPerMl('H2SO4(aq)', 0.2) * 0.2 * 1000) / molarMassOf('H2SO4(aq)');
    expect(acidMmol).toBeCloseTo(0.577, 3);
    dropInto(m, 'R2', 'T1');
    // 3 S per sulfite: 0.3 mmol × 32.06 g/mol = 9.62 mg, pale yellow and clouding the liquid.
    expect(molarMassOf('S(s)')).toBeCloseTo(32.06, 2);
    expect(v(m, 'T1', 'sulfurMg')).toBeCloseTo(3 * tenthMmol(20) * molarMassOf('S(s)'), 6);
    expect(v(m, 'T1', 'sulfurMg')).toBeCloseTo(9.62, 2);
    expect(amountOf(contentsOf(m, 'T1'), 'H2SO4(aq)') * 1000).toBeCloseTo(acidMmol - 3 * tenthMmol(20), 6);
    // Just enough sulfite: no H₂S, no SO₂, no smell.
    expect(v(m, 'T1', 'h2sMadeMl')).toBe(0);
    expect(v(m, 'T1', 'so2MadeMl')).toBe(0);
    expect(diagnostics(m)).not.toContain('wet.diag.smell.hydrogenSulfide');
    const look = appearanceOf(contentsOf(m, 'T1'));
    expect(look.cloudiness).toBeGreaterThan(0.15);
    // Yellow: blue well below red and green.
    expect(look.cloudColour!.b).toBeLessThan(look.cloudColour!.g - 100);
  });

  it('acid on the sulfide without the sulfite gives off H₂S (rotten eggs), warned of, and no sulfur', () => {
    const m = start(sulfurPreset);
    dropInto(m, 'R2', 'T1');
    expect(v(m, 'T1', 'sulfurMg')).toBe(0);
    // Na₂S + H₂SO₄ = Na₂SO₄ + H₂S: all 0.2 mmol of sulfide (the acid is in excess), 4.81 mL of gas.
    expect(v(m, 'T1', 'h2sMadeMl')).toBeCloseTo(sulfideMmol * 1e-3 * ML_PER_MOL, 2);
    expect(v(m, 'T1', 'h2sMadeMl')).toBeCloseTo(4.81, 2);
    expect(diagnostics(m)).toContain('wet.diag.smell.hydrogenSulfide');
    // The sulfite added afterwards finds no sulfide left: no sulfur, only SO₂ from the acid left over.
    dropInto(m, 'R1', 'T1');
    expect(v(m, 'T1', 'sulfurMg')).toBe(0);
    expect(v(m, 'T1', 'so2MadeMl')).toBeGreaterThan(0);
  });

  it('too little sulfite: the sulfur stops at 3 S per sulfite and the sulfide left over gives H₂S', () => {
    const m = start(sulfurPreset);
    edit(m, 'R1', { drops: 10 });
    dropInto(m, 'R1', 'T1');
    dropInto(m, 'R2', 'T1');
    // 0.05 mmol sulfite takes 0.1 mmol sulfide into 0.15 mmol S; the other 0.1 mmol of sulfide leaves as H₂S.
    expect(v(m, 'T1', 'sulfurMg')).toBeCloseTo(3 * tenthMmol(10) * molarMassOf('S(s)'), 6);
    expect(v(m, 'T1', 'h2sMadeMl')).toBeCloseTo((sulfideMmol - 2 * tenthMmol(10)) * 1e-3 * ML_PER_MOL, 2);
    expect(diagnostics(m)).toContain('wet.diag.smell.hydrogenSulfide');
  });

  it('+4 → +6: sulfite takes the purple out of acidified permanganate, 5 sulfite per 2 permanganate', () => {
    const m = start(sulfurPreset);
    // 2 mL of 0.01 mol/L KMnO₄: 0.02 mmol, 10 mmol/L (9.93: the 1 mmol of sulfuric acid adds its 14 µL).
    expect(Math.abs(v(m, 'T2', 'permanganateMmolL') - 10)).toBeLessThan(0.1);
    // Six drops (0.03 mmol sulfite) take 0.012 mmol of it; 0.008 mmol left in about 2.3 mL.
    edit(m, 'R3', { drops: 6 });
    const events = [] as string[];
    dropInto(m, 'R3', 'T2');
    const left = amountOf(contentsOf(m, 'T2'), 'KMnO4(aq)');
    expect(left * 1000).toBeCloseTo(0.02 - (2 / 5) * tenthMmol(6), 9);
    expect(amountOf(contentsOf(m, 'T2'), 'MnSO4(aq)') * 1000).toBeCloseTo((2 / 5) * tenthMmol(6), 9);
    expect(v(m, 'T2', 'permanganateMmolL')).toBeGreaterThan(2);
    // Six more: 0.06 mmol in all, more than the 0.05 mmol the permanganate can take: colourless.
    edit(m, 'R3', { drops: 6 });
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'R3' ? { ...p, props: { ...p.props, squeeze: true } } : p)) });
    events.push(...runFor(m, 3));
    expect(events).toContain('purpleFades');
    expect(amountOf(contentsOf(m, 'T2'), 'KMnO4(aq)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T2'), 'MnSO4(aq)') * 1000).toBeCloseTo(0.02, 9);
    expect(v(m, 'T2', 'permanganateMmolL')).toBe(0);
    // The acid was in excess (1 mmol H₂SO₄, 0.03 mmol needed): the last 0.01 mmol sulfite meets acid, not permanganate, giving SO₂
    // (the gases at the bench's room, 20 °C and about 101.3 kPa).
    expect(v(m, 'T2', 'so2MadeMl')).toBeCloseTo((tenthMmol(12) - 0.05) * 1e-3 * ML_PER_MOL, 2);
  });

  it('sulfate test: sulfite oxidised by H₂O₂ gives BaSO₄ that HCl leaves; sulfite alone BaSO₃ that HCl dissolves with SO₂', () => {
    const m = start(sulfurPreset);
    // 6 drops of 3 % H₂O₂: 0.3 mL × 1.010 g/mL × 0.03 / 34.01 = 0.267 mmol, more than T3's 0.2 mmol of sulfite.
    const peroxideMmol = (6 * DROP_ML * solutionDensityGPerMl('H2O2(aq)', 0.03) * 0.03 * 1000) / molarMassOf('H2O2(aq)');
    expect(peroxideMmol).toBeCloseTo(0.267, 3);
    dropInto(m, 'R4', 'T3');
    expect(amountOf(contentsOf(m, 'T3'), 'Na2SO3(aq)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T3'), 'Na2SO4(aq)') * 1000).toBeCloseTo(sulfideMmol, 9);
    // 10 drops of 0.1 mol/L BaCl₂: 0.05 mmol of BaSO₄, 233.39 g/mol: 11.67 mg.
    expect(molarMassOf('BaSO4(s)')).toBeCloseTo(233.39, 1);
    dropInto(m, 'R5', 'T3');
    expect(v(m, 'T3', 'bariumSulfateMg')).toBeCloseTo(tenthMmol(10) * molarMassOf('BaSO4(s)'), 6);
    expect(v(m, 'T3', 'bariumSulfateMg')).toBeCloseTo(11.67, 2);
    dropInto(m, 'R6', 'T3');
    runFor(m, 2);
    expect(v(m, 'T3', 'bariumSulfateMg')).toBeCloseTo(11.67, 2);
    expect(v(m, 'T3', 'so2MadeMl')).toBe(0);

    // T4 without the peroxide: BaSO₃ (217.39 g/mol), 0.05 mmol: 10.87 mg, just as white.
    dropInto(m, 'R5', 'T4');
    expect(v(m, 'T4', 'bariumSulfiteMg')).toBeCloseTo(tenthMmol(10) * molarMassOf('BaSO3(s)'), 6);
    expect(v(m, 'T4', 'bariumSulfiteMg')).toBeCloseTo(10.87, 2);
    expect(appearanceOf(contentsOf(m, 'T4')).cloudiness).toBeGreaterThan(0.15);
    // 10 drops of 5 % HCl (0.70 mmol) dissolve it and take the 0.15 mmol of sulfite left: all 0.2 mmol of sulfur leaves as SO₂, 4.81 mL.
    dropInto(m, 'R6', 'T4');
    runFor(m, 2);
    expect(v(m, 'T4', 'bariumSulfiteMg')).toBe(0);
    expect(v(m, 'T4', 'so2MadeMl')).toBeCloseTo(sulfideMmol * 1e-3 * ML_PER_MOL, 2);
    expect(diagnostics(m)).toContain('wet.diag.sulfiteNotSulfate');
    expect(diagnostics(m)).toContain('wet.diag.smell.sulfurDioxide');
  });

  it('+6 → +4: copper gives SO₂ only in hot concentrated acid, 0.3786 mL per mg; magenta fades; the NaOH cotton takes the rest', () => {
    const m = start(sulfurPreset);
    runFor(m, 60);
    // Cold: nothing.
    expect(v(m, 'T5', 'so2MadeMl')).toBe(0);
    edit(m, 'L1', { lit: true });
    const events = runFor(m, 240);
    expect(events).toContain('magentaFades');
    const reactedMg = 1000 * (COPPER_G - v(m, 'T5', 'copperG'));
    expect(reactedMg).toBeGreaterThan(50);
    expect(24.06 / 63.546).toBeCloseTo(0.3786, 4);
    // (The bench's room air is at 20 °C and near, not exactly, 101.325 kPa: to 0.03 %.)
    expect(v(m, 'T5', 'so2MadeMl') / reactedMg).toBeCloseTo(ML_PER_MOL / 1000 / molarMassOf('Cu(s)'), 3);
    expect(v(m, 'T5', 'so2MadeMl') / reactedMg).toBeCloseTo(0.3786, 3);
    // The acid: 3 mL of 98 % at 1.84 g/mL less 2 mol per mol of copper; white CuSO₄ (159.61 g/mol) 1 mol per mol.
    const t5 = contentsOf(m, 'T5');
    const acidMol = (0.98 * 1.84 * ACID_ML) / molarMassOf('H2SO4(l)');
    expect(amountOf(t5, 'H2SO4(l)')).toBeCloseTo(acidMol - (2 * reactedMg) / 1000 / molarMassOf('Cu(s)'), 9);
    expect(amountOf(t5, 'CuSO4(s)')).toBeCloseTo(reactedMg / 1000 / molarMassOf('Cu(s)'), 9);
    // The magenta (0.9 µmol) is bleached; the SO₂ that came out through it went into the cotton, none into the room, no warning.
    expect(v(m, 'T6', 'magentaUmolL')).toBe(0);
    expect(v(m, 'T5', 'so2AbsorbedMl')).toBeGreaterThan(10);
    expect(v(m, 'T5', 'so2EscapedMl')).toBe(0);
    expect(diagnostics(m)).not.toContain('wet.diag.so2Escapes');
    // Every millilitre made is in T5's gas space, in the cotton or bleaching the magenta.
    const heldMl = amountOf(t5, 'SO2(g)') * ML_PER_MOL;
    expect(heldMl + v(m, 'T5', 'so2AbsorbedMl') + 3e-3 * 3e-4 * ML_PER_MOL).toBeCloseTo(v(m, 'T5', 'so2MadeMl'), 1);
  });

  it('SO₂-bleached magenta turns red again when heated (the compound comes apart); chlorine-bleached magenta stays colourless', () => {
    const m = start(sulfurPreset);
    edit(m, 'L1', { lit: true });
    expect(runFor(m, 240)).toContain('magentaFades');
    expect(v(m, 'T6', 'magentaUmolL')).toBe(0);
    // Chlorine water into T10's magenta: 5 drops of 0.05 mol/L (12.5 µmol) against 0.9 µmol of dye: bleached.
    dropInto(m, 'R7', 'T10');
    expect(v(m, 'T10', 'magentaUmolL')).toBe(0);
    // T6 into L2's flame (the delivery tube still in it, L1 still lit: hot, the SO₂ bubbling in no longer adds to the dye).
    edit(m, 'L2', { lit: true });
    edit(m, 'T6', {}, SULFIDE_OVER_FLAME);
    runFor(m, 150);
    expect(v(m, 'T6', 'temperatureC')).toBeGreaterThan(90);
    // The magenta back, nearly all of its 3 × 10⁻⁴ mol/L (0.9 µmol in 3 mL).
    expect(v(m, 'T6', 'magentaUmolL')).toBeGreaterThan(0.9 * 300);
    const red = appearanceOf(contentsOf(m, 'T6')).liquid!;
    expect(red.r).toBeGreaterThan(red.g + 80);
    // T10 in the same flame: still colourless.
    edit(m, 'T6', {}, { xM: 0.76, yM: 0.34 });
    edit(m, 'T10', {}, SULFIDE_OVER_FLAME);
    runFor(m, 150);
    expect(v(m, 'T10', 'temperatureC')).toBeGreaterThan(90);
    expect(v(m, 'T10', 'magentaUmolL')).toBe(0);
    const clear = appearanceOf(contentsOf(m, 'T10')).liquid!;
    expect(clear.r - clear.g).toBeLessThan(20);
  });

  it('without the NaOH cotton the SO₂ gets into the room, warned of; copper in hot dilute acid does not react, explained', () => {
    const m = start(sulfurPreset);
    edit(m, 'T6', { naohCotton: false });
    edit(m, 'L1', { lit: true });
    runFor(m, 200);
    expect(v(m, 'T5', 'so2EscapedMl')).toBeGreaterThan(5);
    expect(v(m, 'T5', 'so2AbsorbedMl')).toBe(0);
    expect(diagnostics(m)).toContain('wet.diag.so2Escapes');
    // T5 taken off the flame with its delivery tube still in the magenta: as it cools the liquid runs back into the hot glass and cracks it
    // (先撤导管，后熄灭酒精灯), which the bench says. T7 (copper in 5 % acid) held in its place for as long: hot, the copper untouched.
    const lampTube = { xM: 0.68, yM: 0.25 };
    edit(m, 'T5', {}, { xM: 0.74, yM: 0.2 });
    edit(m, 'T7', {}, lampTube);
    runFor(m, 200);
    expect(v(m, 'T5', 'cracked')).toBe(1);
    expect(diagnostics(m)).toContain('wet.diag.suckBack');
    expect(v(m, 'T7', 'temperatureC')).toBeGreaterThan(80);
    // (Nanograms go to the air's oxygen at the hot surface: nothing a balance or an eye sees.)
    expect(v(m, 'T7', 'copperG')).toBeCloseTo(COPPER_G, 6);
    expect(v(m, 'T7', 'h2MadeMl')).toBe(0);
    expect(diagnostics(m)).toContain('wet.diag.copperDiluteAcid');
  });

  it('iron and sulfur heated: black FeS, glowing on by its own heat out of the flame; copper and sulfur: black Cu₂S (sulfur takes metals only to their lower states)', () => {
    // 人教版 必修第二册 第五章第一节: Fe + S =△= FeS, 2Cu + S =△= Cu₂S. IUPAC weights: Fe 55.845, Cu 63.546, S 32.06; FeS 87.91, Cu₂S 159.15.
    expect(molarMassOf('FeS(s)')).toBeCloseTo(87.91, 2);
    expect(molarMassOf('Cu2S(s)')).toBeCloseTo(159.15, 2);
    const m = start(sulfurPreset);
    // Cold, in the rack: nothing.
    runFor(m, 10);
    expect(v(m, 'T8', 'ironSulfideMg')).toBe(0);
    edit(m, 'L2', { lit: true });
    edit(m, 'T8', {}, SULFIDE_OVER_FLAME);
    // Held in the flame until it starts to glow (hotter than the ~260 °C the flame alone gives a tube), then taken out at once: the rest
    // goes by its own heat.
    let t = 0;
    for (; t < 300 && !(v(m, 'T8', 'temperatureC') > 300); t += 0.2) runFor(m, 0.2);
    expect(t).toBeLessThan(300);
    expect(v(m, 'T8', 'ironSulfideMg')).toBeLessThan(0.8 * ((IRON_SULFUR_G * 4) / 11 / 32.06) * 87.91 * 1000);
    edit(m, 'T8', {}, { xM: 0.14, yM: 0.34 });
    const glow: number[] = [];
    for (let i = 0; i < 30; i++) {
      runFor(m, 1);
      glow.push(v(m, 'T8', 'temperatureC'));
    }
    // Out of the flame it runs on by its own heat: the powder glows (well over the 260 °C the flame gave it) and cools when it is done.
    expect(Math.max(...glow)).toBeGreaterThan(330);
    // 0.88 g mixed 7 : 4: 0.56 g Fe (10.03 mmol) and 0.32 g S (9.98 mmol, the less): 9.98 mmol of FeS, 0.877 g, black.
    const fe = (IRON_SULFUR_G * 7) / 11 / 55.845, s8 = (IRON_SULFUR_G * 4) / 11 / 32.06;
    expect(s8).toBeLessThan(fe);
    expect(v(m, 'T8', 'ironSulfideMg')).toBeCloseTo(s8 * 87.91 * 1000, 0);
    expect(amountOf(contentsOf(m, 'T8'), 'S(s)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T8'), 'Fe(s)')).toBeCloseTo(fe - s8, 6);
    const black = appearanceOf(contentsOf(m, 'T8')).solids[0];
    expect(black.id).toBe('FeS(s)');
    expect(black.colour.r + black.colour.g + black.colour.b).toBeLessThan(150);

    // Copper and sulfur, 4 : 1: 0.64 g Cu (10.07 mmol), 0.16 g S (4.99 mmol, less than half the copper): 4.99 mmol of Cu₂S, 0.794 g.
    // It starts in the flame after a minute or so (200 °C) and takes the sulfur in another minute or two.
    edit(m, 'T9', {}, SULFIDE_OVER_FLAME);
    runFor(m, 240);
    const cu = (COPPER_SULFUR_G * 4) / 5 / 63.546, s2 = COPPER_SULFUR_G / 5 / 32.06;
    expect(s2).toBeLessThan(cu / 2);
    expect(v(m, 'T9', 'copperSulfideMg')).toBeCloseTo(s2 * 159.15 * 1000, 0);
    // The copper over: what the hot powder did not take from the tube's air as CuO (2Cu + O₂ = 2CuO) is left as metal.
    expect(amountOf(contentsOf(m, 'T9'), 'Cu(s)') + amountOf(contentsOf(m, 'T9'), 'CuO(s)')).toBeCloseTo(cu - 2 * s2, 8);
  });
});

/**
 * SO₂ and water (人教版 化学 必修第二册 第五章第一节 实验5-1). The textbook: 1 volume of water dissolves about 40 volumes of SO₂; the solution is
 * acidic, SO₂ + H₂O ⇌ H₂SO₃, H₂SO₃ ⇌ H⁺ + HSO₃⁻ with Ka1 = 1.4 × 10⁻² (CRC Handbook, dissociation constants of inorganic acids, pKa 1.85).
 * For c mol/L of H₂SO₃ the second step (Ka2 6.3 × 10⁻⁸) adds nothing: [H⁺] = (−Ka1 + √(Ka1² + 4·Ka1·c)) / 2.
 */
const hPlus = (c: number, ka = 1.4e-2) => (-ka + Math.sqrt(ka * ka + 4 * ka * c)) / 2;

describe('SO₂ and water: the tube of SO₂ turned over into water (实验5-1)', () => {
  it('a 20 mL tube of pure SO₂: all of it dissolves in under 0.5 mL of water at saturation, the water fills the tube, pH 1.74', () => {
    // 39.37 volumes (at 0 °C, 1 atm) per volume at 20 °C (Lange's Handbook; the textbook's 约 40): c_sat = 39.37 / 22.414 L/mol = 1.7565 mol/L;
    // 20 mL of SO₂ (0.831 mmol) needs 0.473 mL.
    expect(so2SaturationMolL(1, STANDARD_PRESSURE_PA, ROOM_TEMPERATURE_K)).toBeCloseTo(39.37 / 22.414, 6);
    const so2Mmol = 20 / (ML_PER_MOL / 1000);
    expect(so2Mmol / so2SaturationMolL(1, STANDARD_PRESSURE_PA, ROOM_TEMPERATURE_K)).toBeCloseTo(0.473, 3);
    // The water that takes the gas's place (20 mL) holds a fortieth of what it could: nothing is left to stop it rising to the top.
    const c = so2Mmol / 20;
    expect(c).toBeCloseTo(0.04156, 4);
    expect(-Math.log10(hPlus(c))).toBeCloseTo(1.74, 2);
    // The bench's own solve (the titration lab's charge balance, both steps of H₂SO₃) on 0.831 mmol of SO₂(aq) in 20 mL of water.
    const water = emptyContents(ROOM_TEMPERATURE_K);
    changeAmount(water, 'H2O(l)', (20 * 0.998) / molarMassOf('H2O(l)'));
    changeAmount(water, 'SO2(aq)', so2Mmol / 1000);
    expect(pHOf(water)).toBeCloseTo(-Math.log10(hPlus(so2Mmol / liquidVolumeMl(water))), 2);
    expect(pHPaperReading(water)).toBe(2);
  });

  it('stopper out under water: the water rises to the SO₂ share of the tube within seconds; stoppered, lifted and turned up it reads pH 2 and bleaches magenta, which heat turns red again', () => {
    const m = start(sulfurPreset);
    // Held over the trough, stoppered: nothing happens; lowered into the water, still stoppered: nothing either. (Nor does sulfur "form" in
    // the dry metal–sulfur powders of T8 and T9.)
    expect(runFor(m, 1)).not.toContain('sulfurForms');
    expect(v(m, 'T11', 'waterInTubeMl')).toBe(0);
    edit(m, 'T11', {}, SO2_TUBE_IN_WATER);
    runFor(m, 2);
    expect(v(m, 'T11', 'waterInTubeMl')).toBe(0);
    const troughMl = v(m, 'B1', 'liquidMl');
    // Stopper out under water: 27 mL of SO₂ (1.122 mmol) dissolve, the 3 mL of air stay at the top. Two thirds of the rise in 3 s (τ = 2 s).
    edit(m, 'T11', { stopper: false });
    const events = runFor(m, 3);
    expect(events).toContain('waterRises');
    expect(v(m, 'T11', 'waterInTubeMl')).toBeGreaterThan((2 / 3) * SO2_TUBE_ML);
    runFor(m, 20);
    const so2Mmol = SO2_TUBE_ML / (ML_PER_MOL / 1000);
    // At the end the air bubble holds SO₂ in Henry's balance with the solution: x = c / c_sat = 0.0416 / 1.7565 = 2.4 %, 0.07 mL of it.
    const c = so2Mmol / SO2_TUBE_ML;
    expect(v(m, 'T11', 'so2DissolvedMmol')).toBeCloseTo(so2Mmol * (1 - (3 / SO2_TUBE_ML) * (c / 1.7565)), 2);
    // Where the water stands, by hand: the bubble is 3 mL of air (0.1247 mmol) and its SO₂ (x above, 0.1277 mmol of gas in all) at the room's
    // pressure less the water column over the trough. The tube (30 mL along 18 cm, mouth down at y 0.42 m) with w mL of water: its surface at
    // 0.42 − 0.18 w / 30 m; the trough (35 cm², bottom at 0.45 m) with 200 − w mL: its level at 0.45 − (200 − w) / 3500 m. For w = 26.88 the
    // column is 0.4005 − 0.2587 = 0.1418 m, ρgh = 998 × 9.81 × 0.1418 = 1.388 kPa; the gas takes 0.1277 mmol × R × 293.15 K / 99.94 kPa =
    // 3.116 mL and the water 26.884 mL (at the room's pressure it would be 26.93 mL).
    const nGasMol = (3 / ML_PER_MOL) / (1 - c / 1.7565);
    let w = 27;
    for (let i = 0; i < 5; i++) {
      const columnM = 0.45 - (TROUGH_WATER_ML - w) / 3500 - (0.42 - (0.18 * w) / 30);
      w = 30 - (nGasMol * 8.314462618 * 293.15 * 1e6) / (STANDARD_PRESSURE_PA - 998 * 9.81 * columnM);
    }
    expect(w).toBeCloseTo(26.884, 2);
    expect(v(m, 'T11', 'waterInTubeMl')).toBeCloseTo(w, 2);
    // Left out, the column would leave the bubble 0.04 mL smaller: the model's level is not that one.
    expect(Math.abs(v(m, 'T11', 'waterInTubeMl') - (30 - (nGasMol * 8.314462618 * 293.15 * 1e6) / STANDARD_PRESSURE_PA))).toBeGreaterThan(0.03);
    expect(v(m, 'T11', 'waterLevelPct')).toBe(90);
    // The trough gave what rose into the tube.
    expect(troughMl - v(m, 'B1', 'liquidMl')).toBeCloseTo(v(m, 'T11', 'waterInTubeMl'), 1);
    expect(diagnostics(m)).toContain('wet.diag.so2Dissolves');
    expect(diagnostics(m)).not.toContain('wet.diag.smell.sulfurDioxide');
    // Stopper back under water, lifted out, turned mouth up, stopper out: nothing lost; pH paper 2, the meter 1.74.
    edit(m, 'T11', { stopper: true });
    runFor(m, 1);
    edit(m, 'T11', {}, SO2_TUBE_HELD);
    runFor(m, 1);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'T11' ? { ...p, rotDeg: 270 } : p)) });
    edit(m, 'T11', { stopper: false });
    runFor(m, 2);
    expect(v(m, 'T11', 'fellOutMl')).toBe(0);
    const solutionMolL = v(m, 'T11', 'so2DissolvedMmol') / v(m, 'T11', 'waterInTubeMl');
    expect(v(m, 'T11', 'pHMeter')).toBeCloseTo(-Math.log10(hPlus(solutionMolL)), 1);
    expect(v(m, 'T11', 'pHMeter')).toBeGreaterThan(1.5);
    expect(v(m, 'T11', 'pHMeter')).toBeLessThan(2);
    expect(v(m, 'T11', 'pH')).toBe(2);
    // Magenta (R8): bleached by the dissolved SO₂ at once; in L2's flame the red comes back (实验5-2).
    // 2 mL of 0.01 % magenta (3 × 10⁻⁴ mol/L) in the tube's 27 mL: 21 µmol/L, bleached by the dissolved SO₂ at once.
    // (27 mL of solution take a few minutes in the flame to pass 60 °C, where the colourless compound starts to come apart.)
    bleachedThenRed(m, 'R8', 'T11', MAGENTA_DROPS, 420, 80);
  });

  it('lifted out of the water with the stopper still out: the solution falls out, air gets in, and the bench says so', () => {
    const m = start(sulfurPreset);
    edit(m, 'T11', {}, SO2_TUBE_IN_WATER);
    edit(m, 'T11', { stopper: false });
    runFor(m, 10);
    const rose = v(m, 'T11', 'waterInTubeMl');
    expect(rose).toBeGreaterThan(20);
    // Lifted clear of the water (its mouth 4.5 cm above it), mouth still down.
    edit(m, 'T11', {}, SO2_TUBE_HELD);
    const events = runFor(m, 1);
    expect(events).toContain('waterFallsOut');
    expect(v(m, 'T11', 'waterInTubeMl')).toBe(0);
    expect(v(m, 'T11', 'fellOutMl')).toBeCloseTo(rose, 6);
    expect(v(m, 'T11', 'so2DissolvedMmol')).toBe(0);
    expect(diagnostics(m)).toContain('wet.diag.so2TubeLifted');
    // It fell back into the trough (the mouth is over it), and the tube is air now.
    expect(v(m, 'B1', 'liquidMl')).toBeCloseTo(TROUGH_WATER_ML, 0);
    expect(amountOf(contentsOf(m, 'T11'), 'O2(g)')).toBeGreaterThan(0);
  });
  it('over warm water the SO₂ dissolves less and the water rises less (SO₂ is less soluble warm: 9.6 volumes per volume at 60 °C)', () => {
    const risen = (startC: number) => {
      const m = start(sulfurPreset);
      edit(m, 'B1', { startC });
      edit(m, 'T11', {}, SO2_TUBE_IN_WATER);
      edit(m, 'T11', { stopper: false });
      runFor(m, 3);
      const early = v(m, 'T11', 'waterInTubeMl');
      runFor(m, 30);
      const t = contentsOf(m, 'T11');
      const gasMol = ['SO2(g)', 'O2(g)', 'N2(g)', 'Ar(g)', 'CO2(g)'].reduce((a, id) => a + amountOf(t, id), 0);
      return { early, ml: v(m, 'T11', 'waterInTubeMl'), tempC: v(m, 'T11', 'temperatureC'), x: amountOf(t, 'SO2(g)') / gasMol, cMolL: amountOf(t, 'SO2(aq)') / (v(m, 'T11', 'waterInTubeMl') / 1000) };
    };
    const cold = risen(20), warm = risen(60);
    // The tube's gas takes the warm water's temperature (the glass and the cool gas took a little of the heat).
    expect(warm.tempC).toBeGreaterThan(55);
    // Less rises, and more slowly.
    expect(warm.ml).toBeLessThan(cold.ml - 0.3);
    expect(warm.early).toBeLessThan(cold.early);
    // Henry's balance in the bubble: x = c / c_sat, c_sat(1 atm) 39.37 / 22.414 = 1.757 mol/L cold and 9.58 / 22.414 = 0.427 mol/L at 60 °C
    // (0.0416 / 1.757 = 2.4 % cold; 0.037 / 0.43 ≈ 9 % warm: nearly four times as much SO₂ left in a bigger bubble).
    for (const r of [cold, warm]) expect(r.x).toBeCloseTo(r.cMolL / so2SaturationMolL(1, STANDARD_PRESSURE_PA, 273.15 + r.tempC), 2);
    expect(cold.x).toBeCloseTo(0.024, 3);
    expect(warm.x).toBeGreaterThan(3 * cold.x);
  });
});

describe('the SO₂ solution and magenta (实验5-2): 2 mL poured into a fresh tube, magenta bleached, red again when heated', () => {
  /** 实验5-1 done as the textbook says: risen, stoppered under water, lifted, turned mouth up, unstoppered. */
  const solutionMade = () => {
    const m = start(sulfurPreset);
    edit(m, 'T11', {}, SO2_TUBE_IN_WATER);
    edit(m, 'T11', { stopper: false });
    runFor(m, 20);
    edit(m, 'T11', { stopper: true });
    runFor(m, 0.5);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'T11' ? { ...p, ...SO2_TUBE_UPRIGHT, rotDeg: 270 } : p)) });
    edit(m, 'T11', { stopper: false });
    runFor(m, 1);
    return m;
  };
  const pose = (m: BenchModel, id: string, at: { xM: number; yM: number }, rotDeg: number) =>
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...at, rotDeg } : p)) });

  it('tipped to 13° over T12, T11 pours what is over its lip (2.1 mL), which bleaches 2 drops of magenta; heated past 60 °C it turns red', () => {
    const m = solutionMade();
    const before = v(m, 'T11', 'waterInTubeMl');
    expect(before).toBeCloseTo(26.88, 1);
    const so2Mmol = v(m, 'T11', 'so2DissolvedMmol');
    // Held with its mouth 2 cm over T12's and tipped (rotation 193°: 13° above the horizontal, mouth to the left): it keeps 24.74 mL
    // (./engine/pouring.test.ts), so 26.88 − 24.74 = 2.14 mL pour into T12, and stop when it is set upright.
    pose(m, 'T11', SO2_TUBE_POURING, POUR_ROT_DEG);
    const events = runFor(m, 4);
    expect(events).toContain('pours');
    pose(m, 'T11', SO2_TUBE_UPRIGHT, 270);
    runFor(m, 1);
    const poured = before - 24.742;
    expect(v(m, 'T11', 'waterInTubeMl')).toBeCloseTo(24.742, 2);
    expect(v(m, 'T11', 'pouredMl')).toBeCloseTo(poured, 2);
    expect(v(m, 'T12', 'waterInTubeMl')).toBeCloseTo(poured, 2);
    expect(v(m, 'T11', 'spiltMl')).toBe(0);
    // The SO₂ went with its share of the solution: the same concentration, the same pH paper reading 2.
    expect(v(m, 'T12', 'so2DissolvedMmol')).toBeCloseTo((so2Mmol * poured) / before, 4);
    expect(v(m, 'T12', 'pH')).toBe(2);
    // 2 drops (0.1 mL) of 0.01 % magenta: 3 × 10⁻⁸ mol, 13.4 µmol/L in 2.24 mL if it stayed red; the SO₂ (0.09 mmol) bleaches it at once.
    // In L2's flame (no stopper): past 60 °C the colourless compound comes apart and the red returns; the bench says T12 is magenta.
    bleachedThenRed(m, 'R9', 'T12', MAGENTA_DROPS_52, 120, 70);
    expect(v(m, 'T12', 'magentaUmolL')).toBeGreaterThan(10);
    const keysOnly: ViewI18n = { locale: 'en', t: (key, vars) => `${key}(${String(vars?.part ?? '')})`, number: (x) => String(x) };
    expect(describeWet(m.setup, m, keysOnly, 'student')).toContain('wet.describe.magenta(T12)');
    expect(diagnostics(m)).not.toContain('wet.diag.stopperHeated');
    // With its stopper in over the flame: the textbook's error (the gas expands and blows the stopper out).
    edit(m, 'T12', { stopper: true });
    runFor(m, 0.5);
    expect(diagnostics(m)).toContain('wet.diag.stopperHeated');
  });

  it("tipped with the tube's tilt control (turned about its mouth, held 2 cm over T12's) to −77°, it pours the same 2.1 mL", () => {
    const m = solutionMade();
    const before = v(m, 'T11', 'waterInTubeMl');
    // Held upright with its mouth 2 cm over T12's (the mouth 9 cm above the centre): nothing pours.
    pose(m, 'T11', { xM: FRESH_TUBE.xM, yM: FRESH_TUBE.yM - 0.02 }, 270);
    runFor(m, 1);
    expect(v(m, 'T11', 'pouredMl')).toBe(0);
    // What the inspector's tilt control does (PartInspector tipTo: the part's tip point, the change of tilt).
    const tip = testTube.tip!;
    const ed = new BenchEditor(m.catalog, m.setup, { tableWidthM: TABLE_W_M, tableHeightM: TABLE_H_M });
    const mouth = worldPoint(ed.part('T11')!, tip.aboutXM, tip.aboutYM);
    expect(ed.turnAbout('T11', -77, { xM: tip.aboutXM, yM: tip.aboutYM }).ok).toBe(true);
    m.edit(ed.setup);
    const tipped = m.setup.parts.find((p) => p.id === 'T11')!;
    // The same pose as the test above: rotation 193°, the centre where SO2_TUBE_POURING puts it; the mouth where it was held.
    expect(tipped.rotDeg).toBe(POUR_ROT_DEG);
    expect(tipped.xM).toBeCloseTo(SO2_TUBE_POURING.xM, 9);
    expect(tipped.yM).toBeCloseTo(SO2_TUBE_POURING.yM, 9);
    expect(worldPoint(tipped, tip.aboutXM, tip.aboutYM).x).toBeCloseTo(mouth.x, 9);
    expect(worldPoint(tipped, tip.aboutXM, tip.aboutYM).y).toBeCloseTo(mouth.y, 9);
    expect(runFor(m, 4)).toContain('pours');
    expect(v(m, 'T11', 'waterInTubeMl')).toBeCloseTo(24.742, 2);
    expect(v(m, 'T12', 'waterInTubeMl')).toBeCloseTo(before - 24.742, 2);
    expect(v(m, 'T11', 'spiltMl')).toBe(0);
  });

  it('tipped with nothing under its mouth, the solution goes on the bench, warned of', () => {
    const m = solutionMade();
    const before = v(m, 'T11', 'waterInTubeMl');
    expect(diagnostics(m)).not.toContain('wet.diag.tubeSpilt');
    // Tipped where it stands (its mouth over the lamp L2, no vessel there).
    pose(m, 'T11', SO2_TUBE_UPRIGHT, POUR_ROT_DEG);
    runFor(m, 4);
    expect(v(m, 'T11', 'spiltMl')).toBeCloseTo(before - 24.742, 2);
    expect(v(m, 'T12', 'waterInTubeMl')).toBe(0);
    expect(diagnostics(m)).toContain('wet.diag.tubeSpilt');
    // Another fresh tube stands where T12 is, untouched.
    expect(FRESH_TUBE.xM).toBeLessThan(SO2_TUBE_UPRIGHT.xM);
  });
});
