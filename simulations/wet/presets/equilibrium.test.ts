/**
 * Senior chemistry X1.1, 探究影响化学平衡移动的因素, headless, done as a student does it on the bench (人教版 化学 选择性必修1
 * 第二章第三节 实验2-1, 2-2 and 实验活动1): droppers squeezed over the tubes, the spatula tipped, the sealed tubes stood in
 * hot and ice water. Checked against the closed forms, not against numbers the model gave:
 *  - Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, K = 140 L/mol (Frank and Oswalt, J. Am. Chem. Soc. 69 (1947) 1321): the complex x solves
 *    K(F − x)(S − x) = x over the tube's totals; just after a reagent is added Q < K (or > K), and the complex then moves
 *    the way Le Chatelier's principle says; Fe³⁺ + 3OH⁻ = Fe(OH)₃ and 2Fe³⁺ + Fe = 3Fe²⁺ take iron(III) out by stoichiometry.
 *  - N₂O₄ ⇌ 2NO₂: K°(298.15 K) = exp(−ΔG°/RT) with ΔG° = 2·51.31 − 97.89 kJ/mol, ΔH° = 2·33.18 − 9.16 kJ/mol (NBS tables,
 *    Wagman et al. 1982), 0.148 (Atkins, Physical Chemistry: K ≈ 0.15 at 298 K); van 't Hoff for other temperatures; in the
 *    sealed tube K_c = [NO₂]²/[N₂O₄] = K°·p°/(RT); the nitrogen in the tube is conserved.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf, gasColour } from '../chem/appearance';
import { amountOf, condensedVolumeMl } from '../chem/contents';
import { THIOCYANATE_K } from '../chem/iron-colours';
import { GAS_CONSTANT } from '../chem/species';
import { DROP_ML } from '../dropping';
import { TEST_TUBE_ML } from '../parts/test-tube';
import { EQUILIBRIUM_FE_MOL_L, EQUILIBRIUM_SCN_MOL_L } from '../reagents';
import { contentsOf, dropInto, edit, partOf, runFor, start, tipInto } from './bench-hands';
import { equilibriumPreset } from './equilibrium';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
/** The tube's liquid volume, mL: 3 mL of the mixture and the drops added. */
const MIX_ML = 3;
/** The root of K(F − x)(S − x) = x below both totals, solved here by bisection (independent of the model's closed form). */
function complexByBisection(f: number, s: number): number {
  let lo = 0, hi = Math.min(f, s);
  for (let i = 0; i < 200; i++) {
    const x = (lo + hi) / 2;
    if (THIOCYANATE_K * (f - x) * (s - x) > x) lo = x;
    else hi = x;
  }
  return (lo + hi) / 2;
}

describe('what shifts a chemical equilibrium (X1.1) on the wet bench', () => {
  it('the mixture is light red: the complex solves K(F − x)(S − x) = x at 0.0025 mol/L Fe³⁺ and 0.0075 mol/L SCN⁻ in all', () => {
    const m = start(equilibriumPreset);
    const x = complexByBisection(EQUILIBRIUM_FE_MOL_L, EQUILIBRIUM_SCN_MOL_L);
    for (const t of ['T1', 'T2', 'T3', 'T4']) expect(v(m, t, 'redComplexMmolL')).toBeCloseTo(1000 * x, 4);
    // Under half of the iron is in the complex: light red, not blood red, with room to deepen.
    expect(x / EQUILIBRIUM_FE_MOL_L).toBeGreaterThan(0.3);
    expect(x / EQUILIBRIUM_FE_MOL_L).toBeLessThan(0.5);
    const red = appearanceOf(contentsOf(m, 'T1')).liquid!;
    expect(red.r).toBeGreaterThan(red.g + 60);
  });

  it('more Fe³⁺ (T2) or more SCN⁻ (T3): Q < K just after, and the red deepens to the new equilibrium', () => {
    for (const [tube, dropper, addsIron] of [['T2', 'R1', true], ['T3', 'R2', false]] as const) {
      const m = start(equilibriumPreset);
      const before = v(m, tube, 'redComplexMmolL') / 1000;
      dropInto(m, dropper, tube);
      // Four drops of 1 mol/L: 0.2 mmol into 3 mL.
      const vol = MIX_ML + 4 * DROP_ML;
      const added = (4 * DROP_ML * 1) / vol;
      const f = (EQUILIBRIUM_FE_MOL_L * MIX_ML) / vol + (addsIron ? added : 0);
      const s = (EQUILIBRIUM_SCN_MOL_L * MIX_ML) / vol + (addsIron ? 0 : added);
      // The instant the drops mix in, before anything reacts: the complex only diluted.
      const x0 = (before * MIX_ML) / vol;
      expect(x0 / ((f - x0) * (s - x0))).toBeLessThan(THIOCYANATE_K);
      const after = v(m, tube, 'redComplexMmolL') / 1000;
      expect(after).toBeCloseTo(complexByBisection(f, s), 6);
      expect(after).toBeGreaterThan(1.3 * before);
      expect(after).toBeGreaterThan(v(m, 'T1', 'redComplexMmolL') / 1000);
    }
  });

  it('NaOH (T4) takes over two fifths of the Fe³⁺ out as Fe(OH)₃ and the red pales; iron powder then takes the rest', () => {
    const m = start(equilibriumPreset);
    const before = v(m, 'T4', 'redComplexMmolL');
    dropInto(m, 'R3', 'T4');
    // Two drops of 0.1 mol/L NaOH: 0.01 mmol OH⁻ precipitate 0.0033 mmol of the 0.0075 mmol of iron(III).
    const c = contentsOf(m, 'T4');
    expect(amountOf(c, 'Fe(OH)3(s)') * 1000).toBeCloseTo((2 * DROP_ML * 0.1) / 3, 6);
    const vol = MIX_ML + 2 * DROP_ML;
    const f = (EQUILIBRIUM_FE_MOL_L * MIX_ML - (2 * DROP_ML * 0.1) / 3) / vol, s = (EQUILIBRIUM_SCN_MOL_L * MIX_ML) / vol;
    const x0 = (before / 1000) * (MIX_ML / vol);
    expect(x0 / ((f - x0) * (s - x0))).toBeGreaterThan(THIOCYANATE_K); // Q > K: back it goes
    const after = v(m, 'T4', 'redComplexMmolL');
    expect(after / 1000).toBeCloseTo(complexByBisection(f, s), 6);
    expect(after).toBeLessThan(0.8 * before);
    tipInto(m, 'Y1', 'T4');
    runFor(m, 120);
    expect(v(m, 'T4', 'redComplexMmolL')).toBeLessThan(before / 20);
  });

  it('N₂O₄ ⇌ 2NO₂: K° 0.148 at 25 °C, and the sealed tube at 20 °C holds what K_c = K°p°/(RT) gives', () => {
    const dG = 2 * 51.31 - 97.89, dH = 2 * 33.18 - 9.16;
    const k298 = Math.exp((-dG * 1000) / (GAS_CONSTANT * 298.15));
    expect(k298).toBeCloseTo(0.148, 3);
    const kAt = (tK: number) => k298 * Math.exp(((-dH * 1000) / GAS_CONSTANT) * (1 / tK - 1 / 298.15));
    const m = start(equilibriumPreset);
    const c = contentsOf(m, 'T7');
    const gasL = (TEST_TUBE_ML - condensedVolumeMl(c)) / 1000;
    const no2 = amountOf(c, 'NO2(g)') / gasL, n2o4 = amountOf(c, 'N2O4(g)') / gasL;
    expect(no2 * no2 / n2o4).toBeCloseTo((kAt(293.15) * 1e5) / (GAS_CONSTANT * 293.15) / 1000, 8);
    expect(amountOf(c, 'NO2(g)') + 2 * amountOf(c, 'N2O4(g)')).toBeCloseTo(1.2e-3, 12);
    expect(v(m, 'T7', 'no2MmolL')).toBeCloseTo(1000 * no2, 6);
  });

  it('hot water deepens the brown, ice water pales it: ΔH < 0 for 2NO₂ → N₂O₄ (Le Chatelier), nitrogen conserved', () => {
    const m = start(equilibriumPreset);
    const room = v(m, 'T7', 'no2MmolL');
    const inBeaker = (tube: string, beaker: string) => edit(m, tube, {}, { xM: partOf(m, beaker).xM, yM: partOf(m, tube).yM });
    inBeaker('T5', 'B1');
    inBeaker('T6', 'B2');
    runFor(m, 120);
    // The tubes have come near their baths' temperatures: 0.3 W/K from the water against 0.02 W/K to the room leaves the
    // tube (G_room/(G_bath + G_room))·(T_bath − T_room) from the bath, 6 % of the difference (../heating.ts).
    const hotC = v(m, 'B1', 'temperatureC'), coldC = v(m, 'B2', 'temperatureC');
    expect(v(m, 'T5', 'temperatureC')).toBeCloseTo(hotC - (0.02 / 0.32) * (hotC - 20), 0);
    expect(v(m, 'T6', 'temperatureC')).toBeCloseTo(coldC + (0.02 / 0.32) * (20 - coldC), 0);
    const hot = v(m, 'T5', 'no2MmolL'), cold = v(m, 'T6', 'no2MmolL');
    expect(hot).toBeGreaterThan(3 * room);
    expect(cold).toBeLessThan(0.7 * room);
    for (const t of ['T5', 'T6']) {
      const c = contentsOf(m, t);
      expect(amountOf(c, 'NO2(g)') + 2 * amountOf(c, 'N2O4(g)')).toBeCloseTo(1.2e-3, 12);
    }
    // Seen through the glass: the hot tube's gas darker in every channel than the room's, the cold one's lighter.
    const gasMl = (t: string) => TEST_TUBE_ML - condensedVolumeMl(contentsOf(m, t));
    const [h, r, k] = ['T5', 'T7', 'T6'].map((t) => gasColour(contentsOf(m, t), gasMl(t))!);
    expect(h.g).toBeLessThan(r.g);
    expect(k.g).toBeGreaterThan(r.g);
    // Back on the rack the hot tube pales again: the shift is reversible.
    edit(m, 'T5', {}, { xM: 0.37, yM: partOf(m, 'T5').yM });
    runFor(m, 240);
    expect(v(m, 'T5', 'no2MmolL')).toBeLessThan(1.3 * room);
  });

  it('a sealed tube of nitrogen dioxide is not smelled: no "waft it" warning for a closed tube', () => {
    const m = start(equilibriumPreset);
    runFor(m, 2);
    expect(v(m, 'T5', 'no2MmolL')).toBeGreaterThan(1);
    expect(m.diagnostics().filter((d) => d.key.startsWith('wet.diag.smell.'))).toEqual([]);
  });
});
