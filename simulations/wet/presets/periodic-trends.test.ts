/**
 * Senior chemistry B1.3, 同周期、同主族元素性质的递变 (人教版 化学 必修第一册 第四章 实验活动3), headless, done as a student does it on
 * the bench: 1 mol/L NaOH squeezed six drops at a time into 0.1 mol/L MgCl₂ and AlCl₃; 0.05 mol/L chlorine water into NaBr and KI,
 * bromine water into KI. Checked against the stoichiometry of the textbook's equations: Mg²⁺ + 2OH⁻ = Mg(OH)₂↓, Al³⁺ + 3OH⁻ =
 * Al(OH)₃↓, Al(OH)₃ + OH⁻ = [Al(OH)₄]⁻ (1 OH⁻ per Al after the 3 that precipitate it), Cl₂ + 2Br⁻ = 2Cl⁻ + Br₂, Cl₂ + 2I⁻ = 2Cl⁻ + I₂,
 * Br₂ + 2I⁻ = 2Br⁻ + I₂; molar masses from IUPAC weights (Mg(OH)₂ 58.32, Al(OH)₃ 78.00 g/mol). The metals: 2Na + 2H₂O = 2NaOH + H₂↑,
 * Mg + 2H₂O = Mg(OH)₂ + H₂↑, Mg + 2HCl = MgCl₂ + H₂↑, 2Al + 6HCl = 2AlCl₃ + 3H₂↑ (H₂ at 24.06 L/mol, 20 °C and 101.3 kPa); pH of NaOH
 * solution −log(Kw/c); water over Mg(OH)₂ from Ksp 5.61 × 10⁻¹² (CRC): pH 10.35. The rate constants are estimates (../chem/reaction-data.ts):
 * the test checks their order Na ≫ Mg (hot water) > Mg (cold water) and Mg > Al in the same acid, not their values.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf } from '../chem/contents';
import { MG_OH2_SOLUBILITY_MOL_L } from '../chem/acidity';
import { reaction } from '../chem/reactions';
import { gasMolarVolumeMl, molarMassOf, ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA } from '../chem/species';
import { DROP_ML, SODIUM_WET_PAPER_SHARE } from '../dropping';
import { ALUMINIUM_G, CCL4_DROPS, MAGNESIUM_G, METAL_TUBE_ML, OVER_FLAME, periodicTrendsPreset, SODIUM_G, SODIUM_WATER_ML, TRENDS_TUBE_ML } from './periodic-trends';
import { contentsOf, dropInto, edit, partOf, runFor, start } from './bench-hands';
import type { WetBenchEngine } from '../bench-engine';
import { vesselLook } from '../vessel-look';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
/** Metal in T1 or T2: 2 mL of 0.1 mol/L, mol. */
const METAL = TRENDS_TUBE_ML * 1e-4;
/** NaOH in one drop of 1 mol/L, mol. */
const OH_PER_DROP = DROP_ML * 1e-3;
/** Halogen in one drop of 0.05 mol/L chlorine or bromine water, mol. */
const X2_PER_DROP = DROP_ML * 0.05e-3;

/** Al(OH)₃ after n mol of NaOH by the two equations in turn: up 1 per 3 OH⁻ to 3 OH⁻ per Al, then down 1 per OH⁻, gone at 4. */
function aluminiumHydroxideAfter(n: number): number {
  if (n <= 3 * METAL) return n / 3;
  return Math.max(0, METAL - (n - 3 * METAL));
}

describe('trends across a period and down a group (B1.3) on the wet bench', () => {
  it('NaOH into AlCl₃: white Al(OH)₃ grows to 3 OH⁻ per Al and dissolves by 4 (amphoteric); into MgCl₂ Mg(OH)₂ stays', () => {
    expect(molarMassOf('Mg(OH)2(s)')).toBeCloseTo(58.32, 2);
    expect(molarMassOf('Al(OH)3(s)')).toBeCloseTo(78.0, 1);
    const m = start(periodicTrendsPreset);
    let drops = 0;
    const seen: { oh: number; al: number; mg: number }[] = [];
    for (let i = 0; i < 4; i++) {
      dropInto(m, 'R1', 'T1');
      dropInto(m, 'R2', 'T2');
      drops += 6;
      seen.push({ oh: drops * OH_PER_DROP, al: amountOf(contentsOf(m, 'T2'), 'Al(OH)3(s)'), mg: amountOf(contentsOf(m, 'T1'), 'Mg(OH)2(s)') });
    }
    for (const s of seen) {
      expect(s.al).toBeCloseTo(aluminiumHydroxideAfter(s.oh), 10);
      expect(s.mg).toBeCloseTo(Math.min(s.oh / 2, METAL), 10);
    }
    // 12 drops (0.6 mmol OH⁻, 3 per Al): the most Al(OH)₃, 0.2 mmol, 15.6 mg; 18 drops (0.9 mmol, past 4 per Al): none, all [Al(OH)₄]⁻.
    expect(seen[1].al * molarMassOf('Al(OH)3(s)') * 1000).toBeCloseTo(15.6, 1);
    expect(seen[2].al).toBe(0);
    expect(v(m, 'T2', 'aluminiumHydroxideMg')).toBe(0);
    const t2 = contentsOf(m, 'T2');
    expect(amountOf(t2, 'Na[Al(OH)4](aq)')).toBeCloseTo(METAL, 10);
    // What is left of the NaOH: 24 drops (1.2 mmol) less 4 per Al (0.8 mmol).
    expect(amountOf(t2, 'NaOH(aq)')).toBeCloseTo(24 * OH_PER_DROP - 4 * METAL, 10);
    expect(v(m, 'T2', 'aluminateMmolL')).toBeCloseTo((METAL / ((TRENDS_TUBE_ML + 24 * DROP_ML) / 1000)) * 1000, 0);
    expect(appearanceOf(t2).cloudiness).toBe(0);
    // Mg(OH)₂ does not dissolve in excess NaOH: 0.2 mmol, 11.66 mg, still clouding T1 after 24 drops.
    expect(v(m, 'T1', 'magnesiumHydroxideMg')).toBeCloseTo(METAL * 58.32 * 1000, 1);
    expect(appearanceOf(contentsOf(m, 'T1')).cloudiness).toBeGreaterThan(0.1);
  });

  it('halogens: chlorine frees bromine from NaBr and iodine from KI, bromine frees iodine from KI (Cl₂ > Br₂ > I₂)', () => {
    const m = start(periodicTrendsPreset);
    for (const t of ['T3', 'T4', 'T5']) expect(v(m, t, 'iodineMmolL') + v(m, t, 'bromineMmolL')).toBe(0);
    // Five drops of 0.05 mol/L halogen water (12.5 µmol X₂) into 0.2 mmol of the halide (in excess): 12.5 µmol of Br₂ or I₂.
    dropInto(m, 'R3', 'T3');
    dropInto(m, 'R4', 'T4');
    dropInto(m, 'R5', 'T5');
    const x2 = 5 * X2_PER_DROP;
    const liquidL = (TRENDS_TUBE_ML + 5 * DROP_ML) / 1000;
    expect(amountOf(contentsOf(m, 'T3'), 'Br2(aq)')).toBeCloseTo(x2, 12);
    expect(amountOf(contentsOf(m, 'T3'), 'NaBr(aq)')).toBeCloseTo(METAL - 2 * x2, 12);
    expect(amountOf(contentsOf(m, 'T4'), 'I2(aq)')).toBeCloseTo(x2, 12);
    expect(amountOf(contentsOf(m, 'T4'), 'KCl(aq)')).toBeCloseTo(2 * x2, 12);
    expect(amountOf(contentsOf(m, 'T5'), 'I2(aq)')).toBeCloseTo(x2, 12);
    expect(amountOf(contentsOf(m, 'T5'), 'KBr(aq)')).toBeCloseTo(2 * x2, 12);
    for (const t of ['T3', 'T4', 'T5']) expect(amountOf(contentsOf(m, t), t === 'T5' ? 'Br2(aq)' : 'Cl2(aq)')).toBe(0);
    expect(v(m, 'T3', 'bromineMmolL')).toBeCloseTo((x2 / liquidL) * 1000, 1);
    expect(v(m, 'T4', 'iodineMmolL')).toBeCloseTo((x2 / liquidL) * 1000, 1);
    // Colours: T3 orange-yellow (red over green over blue), T4 and T5 brown (darker, blue nearly gone), both from colourless.
    const fresh = appearanceOf(contentsOf(start(periodicTrendsPreset), 'T3')).liquid!;
    const br = appearanceOf(contentsOf(m, 'T3')).liquid!;
    const i2 = appearanceOf(contentsOf(m, 'T4')).liquid!;
    expect(br.r).toBeGreaterThan(br.g);
    expect(br.g).toBeGreaterThan(br.b + 40);
    expect(fresh.b - br.b).toBeGreaterThan(60);
    expect(i2.r + i2.g + i2.b).toBeLessThan(br.r + br.g + br.b - 100);
    expect(i2.r).toBeGreaterThan(i2.b);
  });

  it('CCl₄ dropped on the freed halogen sinks and takes it up: the lower layer orange-red with bromine, violet with iodine, K_D 27 and 85', () => {
    const m = start(periodicTrendsPreset);
    dropInto(m, 'R3', 'T3');
    dropInto(m, 'R4', 'T4');
    dropInto(m, 'R5', 'T5');
    const x2 = 5 * X2_PER_DROP;
    // No layer before the CCl₄.
    expect(v(m, 'T3', 'organicLayerMl')).toBe(0);
    const brownWater = appearanceOf(contentsOf(m, 'T4')).liquid!;
    for (const t of ['T3', 'T4', 'T5']) dropInto(m, 'R6', t);
    // 20 drops, 1 mL of CCl₄ (153.81 g/mol, 1.594 g/mL: 10.4 mmol) under 2.25 mL of water. Share taken up f = K_D·V_org/(K_D·V_org + V_aq)
    // (Nernst's distribution law; K_D CCl₄/water 27 for Br₂, 85 for I₂, Lange's Handbook): bromine 92.3 %, iodine 97.4 %.
    expect(molarMassOf('CCl4(l)')).toBeCloseTo(153.81, 2);
    const orgMl = CCL4_DROPS * DROP_ML;
    expect(v(m, 'T3', 'organicLayerMl')).toBeCloseTo(orgMl, 6);
    const aqMl = TRENDS_TUBE_ML + 5 * DROP_ML;
    const fBr = (27 * orgMl) / (27 * orgMl + aqMl), fI = (85 * orgMl) / (85 * orgMl + aqMl);
    expect(fBr).toBeCloseTo(0.923, 3);
    expect(fI).toBeCloseTo(0.974, 3);
    expect(v(m, 'T3', 'organicBromineMmolL')).toBeCloseTo((x2 * fBr * 1e6) / orgMl, 1);
    expect(v(m, 'T4', 'organicIodineMmolL')).toBeCloseTo((x2 * fI * 1e6) / orgMl, 1);
    expect(v(m, 'T5', 'organicIodineMmolL')).toBeCloseTo((x2 * fI * 1e6) / orgMl, 1);
    // Nothing reacts: the amounts stay what the displacement made.
    expect(amountOf(contentsOf(m, 'T3'), 'Br2(aq)')).toBeCloseTo(x2, 12);
    expect(amountOf(contentsOf(m, 'T4'), 'I2(aq)')).toBeCloseTo(x2, 12);
    // What a student sees: the CCl₄ below (denser than water), orange-red in T3 and violet in T4, the water above nearly colourless.
    const layer = (t: string) => vesselLook(m.engine as WetBenchEngine, m.setup, partOf(m, t))!.organic!;
    expect(layer('T3').below).toBe(true);
    const orange = layer('T3').colour, violet = layer('T4').colour;
    expect(orange.r).toBeGreaterThan(orange.g + 80);
    expect(orange.g).toBeGreaterThan(orange.b);
    expect(violet.b).toBeGreaterThan(violet.g + 40);
    expect(violet.r).toBeGreaterThan(violet.g + 40);
    const water = appearanceOf(contentsOf(m, 'T4')).liquid!;
    expect(water.b).toBeGreaterThan(brownWater.b + 60);
    expect(water.b).toBeGreaterThan(200);
  });

  it('the reverse does not go: bromine water into NaCl stays bromine, iodine water into NaBr stays iodine', () => {
    // T3 holding sodium chloride instead of the bromide (its solution chosen before starting).
    const setup = { ...periodicTrendsPreset.setup, parts: periodicTrendsPreset.setup.parts.map((p) => (p.id === 'T3' ? { ...p, props: { ...p.props, solution: 'naclTenth' } } : p)) };
    const m = start({ ...periodicTrendsPreset, setup });
    dropInto(m, 'R5', 'T3');
    expect(amountOf(contentsOf(m, 'T3'), 'Br2(aq)')).toBeCloseTo(5 * X2_PER_DROP, 12);
    expect(amountOf(contentsOf(m, 'T3'), 'Cl2(aq)')).toBe(0);
    // Iodine water (1 mmol/L I₂) into the bromide of a fresh T3: no bromine.
    const n = start(periodicTrendsPreset);
    edit(n, 'R3', { reagent: 'iodine' });
    dropInto(n, 'R3', 'T3');
    expect(amountOf(contentsOf(n, 'T3'), 'I2(aq)')).toBeCloseTo(5 * DROP_ML * 1e-6, 12);
    expect(amountOf(contentsOf(n, 'T3'), 'Br2(aq)')).toBe(0);
  });

  it('the iodine the chlorine sets free is announced', () => {
    const m = start(periodicTrendsPreset);
    edit(m, 'R4', { squeeze: true });
    expect(runFor(m, 1)).toContain('iodineFreed');
  });

  it('sodium on water with phenolphthalein: all of it gone in seconds, ½ H₂ per Na, the water red at the pH of the NaOH made', () => {
    const m = start(periodicTrendsPreset);
    const molarMl = gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA);
    expect(molarMl).toBeCloseTo(24060, -1);
    expect(v(m, 'B1', 'pHMeter')).toBeCloseTo(7, 2);
    edit(m, 'Y1', { tipped: true });
    const events = runFor(m, 5);
    expect(events).toContain('fizzes');
    // Halfway within seconds (a mung bean of sodium is gone in a few tens of seconds at most), all of it within a minute.
    expect(v(m, 'B1', 'sodiumLeftMg')).toBeLessThan(0.75 * SODIUM_G * 1000);
    runFor(m, 55);
    expect(v(m, 'B1', 'sodiumLeftMg')).toBe(0);
    const na = SODIUM_G / molarMassOf('Na(s)');
    expect(v(m, 'B1', 'h2MadeMl')).toBeCloseTo((na / 2) * molarMl, 1);
    // 2.17 mmol NaOH in ~50 mL: pH 14 + log c = 12.64.
    const c = na / (SODIUM_WATER_ML / 1000);
    expect(v(m, 'B1', 'pHMeter')).toBeCloseTo(14 + Math.log10(c), 1);
    expect(v(m, 'B1', 'pHMeter')).toBeGreaterThan(12.5);
    // Phenolphthalein red: red well over green.
    const look = appearanceOf(contentsOf(m, 'B1')).liquid!;
    expect(look.r).toBeGreaterThan(look.g + 60);
  });

  it('magnesium in cold water: hardly anything; heated to boiling: slow H₂ and pale red phenolphthalein (Ksp of Mg(OH)₂: pH 10.35)', () => {
    const m = start(periodicTrendsPreset);
    edit(m, 'T7', {}, OVER_FLAME);
    runFor(m, 150);
    expect(v(m, 'T7', 'temperatureC')).toBeGreaterThan(99);
    expect(v(m, 'T6', 'temperatureC')).toBeCloseTo(20, 0);
    // Boiling: a few tenths of a millilitre of hydrogen, the water over the hydroxide at its solubility.
    expect(v(m, 'T7', 'h2MadeMl')).toBeGreaterThan(0.1);
    expect(MG_OH2_SOLUBILITY_MOL_L).toBeCloseTo(1.12e-4, 6);
    expect(v(m, 'T7', 'pHMeter')).toBeCloseTo(14 + Math.log10(2 * MG_OH2_SOLUBILITY_MOL_L), 2);
    expect(v(m, 'T7', 'pHMeter')).toBeCloseTo(10.35, 2);
    const hot = appearanceOf(contentsOf(m, 'T7')).liquid!;
    expect(hot.r).toBeGreaterThan(hot.g + 20);
    // Cold: a thousand times less hydrogen, and the water still below phenolphthalein's range.
    expect(v(m, 'T6', 'h2MadeMl')).toBeLessThan(v(m, 'T7', 'h2MadeMl') / 1000);
    expect(v(m, 'T6', 'pHMeter')).toBeLessThan(8.2);
    // Hydrogen and the hydroxide by Mg + 2H₂O = Mg(OH)₂ + H₂: the ribbon lost one Mg per H₂.
    const lostMol = (MAGNESIUM_G - v(m, 'T7', 'magnesiumLeftMg') / 1000) / molarMassOf('Mg(s)');
    expect(v(m, 'T7', 'h2MadeMl')).toBeCloseTo(lostMol * gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA), 3);
  });

  it('metallic character Na > Mg > Al from the rates: sodium on water ≫ magnesium in hot water > in cold; Mg faster than Al in the same acid', () => {
    // Per square metre of metal at 20 °C and at 100 °C, mol of H₂ a second, by the rows' rate laws (k · Arrhenius; surface basis).
    const perArea = (id: string, c: number, h2: number) => {
      const r = reaction(id).rate;
      return r.k! * Math.exp(((-r.eaKJPerMol! * 1000) / 8.314) * (1 / (273.15 + c) - 1 / (273.15 + (r.refC ?? 20)))) * h2;
    };
    const na = perArea('water-sodium', 20, 0.5), mgHot = perArea('magnesium-water', 100, 1), mgCold = perArea('magnesium-water', 20, 1);
    expect(na).toBeGreaterThan(100 * mgHot);
    expect(mgHot).toBeGreaterThan(1000 * mgCold);
    // In the bench: the two tubes of 5 % HCl with strips of equal volume (equal surface): magnesium twice as fast at first.
    expect(ALUMINIUM_G).toBeCloseTo((MAGNESIUM_G * 2.7) / 1.74, 3);
    const m = start(periodicTrendsPreset);
    runFor(m, 2);
    const mg = v(m, 'T8', 'h2MadeMl'), al = v(m, 'T9', 'h2MadeMl');
    expect(mg).toBeGreaterThan(1.6 * al);
    // In the end the amounts follow the equations: Mg → H₂; 2Al → 3H₂ (the 3 mL of 5 % acid, 4.2 mmol HCl, enough for both).
    runFor(m, 300);
    const molarMl = gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA);
    expect(v(m, 'T8', 'h2MadeMl')).toBeCloseTo((MAGNESIUM_G / molarMassOf('Mg(s)')) * molarMl, 0);
    expect(v(m, 'T9', 'h2MadeMl')).toBeCloseTo(1.5 * (ALUMINIUM_G / molarMassOf('Al(s)')) * molarMl, -1);
    expect(METAL_TUBE_ML).toBe(3);
  });

  it('mistakes with sodium: fingers, wet paper (less of it reaches the water), a piece too big (spatters), each told', () => {
    const keys = (m: ReturnType<typeof start>) => m.diagnostics().map((d) => d.key);
    const m = start(periodicTrendsPreset);
    expect(keys(m).filter((k) => k.includes('sodium'))).toEqual([]);
    edit(m, 'Y1', { handling: 'fingers' });
    expect(keys(m)).toContain('wet.diag.sodiumByHand');
    // Cut on wet paper: 12 % of it has reacted there, so 12 % less hydrogen in the beaker.
    const w = start(periodicTrendsPreset);
    edit(w, 'Y1', { handling: 'wetPaper', tipped: true });
    runFor(w, 60);
    expect(keys(w)).toContain('wet.diag.sodiumWetPaper');
    const full = (SODIUM_G / molarMassOf('Na(s)') / 2) * gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA);
    expect(v(w, 'B1', 'h2MadeMl')).toBeCloseTo(full * (1 - SODIUM_WET_PAPER_SHARE), 1);
    // A piece far bigger than a mung bean: warned before, and once in the water it spatters.
    const big = start(periodicTrendsPreset);
    edit(big, 'Y1', { grams: 0.5 });
    expect(keys(big)).toContain('wet.diag.sodiumTooBig');
    edit(big, 'Y1', { tipped: true });
    runFor(big, 1);
    expect(keys(big)).toContain('wet.diag.sodiumSpatters');
    expect(big.diagnostics().find((d) => d.key === 'wet.diag.sodiumSpatters')!.parts).toEqual(['B1']);
  });
});
