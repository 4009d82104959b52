/**
 * Senior chemistry X1.3, 盐类水解的应用, headless, as a student does it on the bench (人教版 化学 选择性必修1 第三章第三节 盐类的水解,
 * 实验活动3). The pH of each 0.1 mol/L salt is checked against the textbook's hydrolysis approximations worked out by hand from
 * the same constants (Harris, Quantitative Chemical Analysis, 9th ed., Appendix G: CH₃COOH pKa 4.756, NH₄⁺ 9.245, H₂CO₃ 6.351
 * and 10.329; Kw 1.0 × 10⁻¹⁴; Al³⁺ 4.97, Baes and Mesmer 1976):
 *   salt of a weak acid, c(OH⁻) ≈ √(Kw/Ka · c); of a weak base, c(H⁺) ≈ √(Kw/Kb · c); an amphiprotic HCO₃⁻, pH ≈ ½(pKa₁ + pKa₂).
 * The foam extinguisher by Al₂(SO₄)₃ + 6NaHCO₃ = 2Al(OH)₃↓ + 3Na₂SO₄ + 6CO₂↑ (molar masses from IUPAC weights, CO₂ at 20 °C
 * and 101.3 kPa: 24.06 L/mol). The Fe(OH)₃ colloid by FeCl₃ + 3H₂O =△= Fe(OH)₃(胶体) + 3HCl (人教版 必修第一册 实验1-1): in boiling
 * water only, iron conserved.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf } from '../chem/contents';
import { gasMolarVolumeMl, molarMassOf, ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA } from '../chem/species';
import { DROP_ML } from '../dropping';
import { contentsOf, dropInto, edit, runFor, start } from './bench-hands';
import { liquidVolumeMl } from '../chem/contents';
import { saltHydrolysisPreset } from './salt-hydrolysis';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const C = 0.1;
const PKW = 14;
/** Salt of a weak acid of pKa: pH = pKw − ½(pKb − lg c), pKb = pKw − pKa. */
const weakAcidSalt = (pKa: number) => PKW - 0.5 * (PKW - pKa - Math.log10(C));
/** Salt of a weak base whose cation has pKa: pH = ½(pKa − lg c). */
const weakBaseSalt = (pKa: number, c = C) => 0.5 * (pKa - Math.log10(c));

describe('applications of salt hydrolysis (X1.3) on the wet bench', () => {
  it('the pH meter reads each 0.1 mol/L salt as the hydrolysis approximations give it', () => {
    const m = start(saltHydrolysisPreset);
    // NaCl: a salt of a strong acid and a strong base does not hydrolyse.
    expect(v(m, 'T1', 'pHMeter')).toBeCloseTo(7, 2);
    // Na₂CO₃: CO₃²⁻ + H₂O ⇌ HCO₃⁻ + OH⁻ (pKa₂ 10.329): 11.66; the exact solve 11.65 (the OH⁻ made uses a little of the carbonate).
    expect(weakAcidSalt(10.329)).toBeCloseTo(11.66, 2);
    expect(Math.abs(v(m, 'T2', 'pHMeter') - weakAcidSalt(10.329))).toBeLessThanOrEqual(0.02);
    // NaHCO₃: ½(6.351 + 10.329) = 8.34.
    expect(v(m, 'T3', 'pHMeter')).toBeCloseTo(0.5 * (6.351 + 10.329), 1);
    // CH₃COONa: 8.88.
    expect(weakAcidSalt(4.756)).toBeCloseTo(8.88, 2);
    expect(v(m, 'T4', 'pHMeter')).toBeCloseTo(weakAcidSalt(4.756), 2);
    // NH₄Cl: NH₄⁺ + H₂O ⇌ NH₃·H₂O + H⁺: 5.12.
    expect(weakBaseSalt(9.245)).toBeCloseTo(5.12, 2);
    expect(v(m, 'T5', 'pHMeter')).toBeCloseTo(weakBaseSalt(9.245), 2);
    // Al₂(SO₄)₃: Al³⁺ (0.2 mol/L) alone would give ½(4.97 + 0.70) = 2.83; the sulfate takes up part of the H⁺ as HSO₄⁻ (pKa 1.987),
    // so the exact solve is less acidic, between that and the weaker NH₄Cl.
    const alum = v(m, 'T6', 'pHMeter');
    expect(alum).toBeGreaterThan(weakBaseSalt(4.97, 2 * C));
    expect(alum).toBeLessThan(4);
    // Acidic below 7, basic above, in the order of how weak the parent acid or base is (越弱越水解).
    const order = ['T6', 'T5', 'T1', 'T3', 'T4', 'T2'].map((t) => v(m, t, 'pHMeter'));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // NaHCO₃ is less basic than CH₃COONa although H₂CO₃ is the weaker acid: HCO₃⁻ also gives up its proton (pKa₂), 8.34 < 8.88.
    expect(v(m, 'T3', 'pHMeter')).toBeLessThan(v(m, 'T4', 'pHMeter'));
  });

  it('pH paper reads the same solutions to a whole number against the colour card', () => {
    const m = start(saltHydrolysisPreset);
    expect(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map((t) => v(m, t, 'pH'))).toEqual([7, 12, 8, 9, 5, 4]);
    for (const t of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']) expect(v(m, t, 'pH')).toBe(Math.round(v(m, t, 'pHMeter')));
  });

  it('the foam extinguisher: aluminium sulfate into sodium hydrogencarbonate gives white Al(OH)₃ and 3 CO₂ per Al', () => {
    const m = start(saltHydrolysisPreset);
    expect(v(m, 'T7', 'co2MadeMl')).toBe(0);
    // Ten drops of 0.5 mol/L Al₂(SO₄)₃: 0.25 mmol, into 3 mmol of NaHCO₃ (in excess): 0.5 mmol Al(OH)₃, 1.5 mmol CO₂.
    const alum = 10 * DROP_ML * 0.5e-3;
    dropInto(m, 'R1', 'T7');
    runFor(m, 1);
    expect(v(m, 'T7', 'aluminiumHydroxideMg')).toBeCloseTo(2 * alum * molarMassOf('Al(OH)3(s)') * 1000, 3);
    expect(molarMassOf('Al(OH)3(s)')).toBeCloseTo(78.0, 1);
    const co2Ml = 6 * alum * gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA);
    expect(co2Ml).toBeCloseTo(36.1, 1);
    expect(v(m, 'T7', 'co2MadeMl')).toBeCloseTo(co2Ml, 1);
    expect(amountOf(contentsOf(m, 'T7'), 'NaHCO3(aq)')).toBeCloseTo(3e-3 - 6 * alum, 9);
    expect(amountOf(contentsOf(m, 'T7'), 'Al2(SO4)3(aq)')).toBe(0);
    // A white cloud in the liquid.
    const look = appearanceOf(contentsOf(m, 'T7'));
    expect(look.cloudiness).toBeGreaterThan(0.15);
    // Twice as much aluminium sulfate as the hydrogencarbonate can take: the CO₂ stops at 3 mmol (72 mL), the NaHCO₃ used up.
    edit(m, 'R1', { drops: 40 });
    dropInto(m, 'R1', 'T7');
    expect(v(m, 'T7', 'co2MadeMl')).toBeCloseTo(3e-3 * gasMolarVolumeMl(ROOM_TEMPERATURE_K, STANDARD_PRESSURE_PA), 1);
    expect(amountOf(contentsOf(m, 'T7'), 'NaHCO3(aq)')).toBe(0);
    // What is left is the excess aluminium sulfate: acidic again.
    expect(v(m, 'T7', 'pHMeter')).toBeLessThan(5);
  });

  it('iron(III) chloride into boiling water turns red-brown (the Fe(OH)₃ colloid), into cold water stays pale yellow', () => {
    const m = start(saltHydrolysisPreset);
    runFor(m, 5);
    expect(v(m, 'B1', 'temperatureC')).toBeCloseTo(100, 0);
    edit(m, 'R2', { squeeze: true });
    edit(m, 'R3', { squeeze: true });
    runFor(m, 90);
    // Six drops of 1 mol/L FeCl₃: 0.3 mmol of iron in each beaker.
    const iron = 6 * DROP_ML * 1e-3;
    const hot = contentsOf(m, 'B1'), cold = contentsOf(m, 'B2');
    // Iron is conserved: what is not still FeCl₃ is colloid.
    expect(amountOf(hot, 'FeCl3(aq)') + amountOf(hot, 'Fe(OH)3:colloid(aq)')).toBeCloseTo(iron, 12);
    // Boiled a minute and a half: almost all of it is colloid (first order, half-life 20 s: 2^(−4.5) ≈ 4 % left), and 3 HCl per Fe.
    expect(amountOf(hot, 'Fe(OH)3:colloid(aq)')).toBeGreaterThan(0.9 * iron);
    expect(amountOf(hot, 'HCl(aq)')).toBeCloseTo(3 * amountOf(hot, 'Fe(OH)3:colloid(aq)'), 12);
    expect(v(m, 'B1', 'colloidMmolL')).toBeCloseTo((1e6 * amountOf(hot, 'Fe(OH)3:colloid(aq)')) / liquidVolumeMl(hot), 6);
    // In the cold water none: the iron is all FeCl₃ still (0.3 mmol in 40.3 mL).
    expect(amountOf(cold, 'Fe(OH)3:colloid(aq)')).toBe(0);
    expect(v(m, 'B2', 'ironIIIMmolL')).toBeCloseTo((1e6 * iron) / liquidVolumeMl(cold), 6);
    // Red-brown against pale yellow: red well over blue and far darker in the boiled beaker; the cold one nearly water's colour, a little yellow.
    const hotLook = appearanceOf(hot).liquid!, coldLook = appearanceOf(cold).liquid!;
    expect(hotLook.r).toBeGreaterThan(hotLook.g + 40);
    expect(hotLook.g).toBeGreaterThan(hotLook.b);
    expect(hotLook.r + hotLook.g + hotLook.b).toBeLessThan(0.6 * (coldLook.r + coldLook.g + coldLook.b));
    expect(coldLook.r).toBeGreaterThan(coldLook.b + 10);
    expect(appearanceOf(hot).cloudiness).toBe(0);
  });
});
