/**
 * Senior chemistry X1.3, 盐类水解的应用 (人教版 化学 选择性必修1 第三章第三节 盐类的水解 and 实验活动3): six tubes in the rack
 * with 3 mL each of 0.1 mol/L NaCl (T1), Na₂CO₃ (T2), NaHCO₃ (T3), CH₃COONa (T4), NH₄Cl (T5) and Al₂(SO₄)₃ (T6), read with
 * pH paper (to a whole number against the colour card) and the pH meter (to 0.01): the exact charge-balance solve over each
 * salt's ions (../chem/acidity.ts). Salts of a strong acid and a strong base are neutral, of a weak acid basic, of a weak
 * base acidic (谁弱谁水解，谁强显谁性).
 * The foam extinguisher (泡沫灭火器): T7 holds 3 mL of 1 mol/L NaHCO₃, the dropper R1 above it 0.5 mol/L Al₂(SO₄)₃.
 * Squeezed, each millilitre of it gives 1 mmol of Al(OH)₃ (white) and 3 mmol of CO₂ (Al³⁺ + 3HCO₃⁻ = Al(OH)₃↓ + 3CO₂↑).
 * The Fe(OH)₃ colloid (人教版 必修第一册 实验1-1): 40 mL of water kept boiling in B1 (on the tripod and gauze over the lit lamp)
 * and 40 mL of cold water in B2, a dropper of 1 mol/L FeCl₃ above each (6 drops: the textbook's 5–6 drops of the saturated
 * solution). Into the boiling water it turns red-brown as the colloid forms; into the cold water it stays pale yellow.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** Each salt tube's solution, mL. */
export const HYDROLYSIS_TUBE_ML = 3;
const tubeOf = (solution: string, solutionMl = HYDROLYSIS_TUBE_ML) => ({ solution, solutionMl, added: 'nothing', addedG: 0, cotton: false });
/** The salts in T1 … T6, as the test tube's solution choices name them. */
export const HYDROLYSIS_SALTS = ['naclTenth', 'na2co3Tenth', 'nahco3Tenth', 'ch3coonaTenth', 'nh4clTenth', 'al2so43Tenth'] as const;

const tubes = HYDROLYSIS_SALTS.map((s, i) => part(`T${i + 1}`, 'test-tube', 0.05 + 0.065 * i, 0.34, tubeOf(s), UP));
const pHRows = HYDROLYSIS_SALTS.flatMap((_, i) => [
  { name: `paper${i + 1}`, part: `T${i + 1}`, value: 'pH', unit: '', labelKey: m(`hydrolysisPaper${i + 1}`), resolution: 1 },
  { name: `meter${i + 1}`, part: `T${i + 1}`, value: 'pHMeter', unit: '', labelKey: m(`hydrolysisMeter${i + 1}`), resolution: 0.01 },
]);

export const saltHydrolysisPreset: BenchPreset = {
  id: 'wet-salt-hydrolysis',
  version: '2',
  subject: 'chemistry',
  titleKey: k('saltHydrolysis.title'),
  descriptionKey: k('saltHydrolysis.description'),
  setup: wetSetup('Applications of salt hydrolysis', [
    ...tubes,
    part('T7', 'test-tube', 0.45, 0.34, tubeOf('nahco3Molar'), UP),
    // The aluminium sulfate dropper held over T7, ready to squeeze.
    part('R1', 'dropper', 0.45, 0.17, { reagent: 'al2so43', drops: 10 }),
    // Boiling water for the colloid (near boiling at the start, kept boiling by the lamp), cold water beside it.
    part('P1', 'tripod', 0.58, 0.4, { gauze: true }),
    part('L1', 'alcohol-lamp', 0.58, 0.415, { lit: true }),
    part('B1', 'beaker', 0.58, 0.3025, { waterMl: 40, startC: 99 }),
    part('B2', 'beaker', 0.72, 0.4025, { waterMl: 40, startC: 20 }),
    part('R2', 'dropper', 0.58, 0.16, { reagent: 'fecl3Molar', drops: 6 }),
    part('R3', 'dropper', 0.72, 0.26, { reagent: 'fecl3Molar', drops: 6 }),
  ]),
  params: [
    { name: 'squeezeAlum', part: 'R1', prop: 'squeeze', labelKey: k('saltHydrolysis.squeezeAlum') },
    { name: 'alumDrops', part: 'R1', prop: 'drops', labelKey: k('saltHydrolysis.alumDrops') },
    { name: 'tube1', part: 'T1', prop: 'solution', labelKey: k('saltHydrolysis.tube1') },
    { name: 'squeezeHot', part: 'R2', prop: 'squeeze', labelKey: k('saltHydrolysis.squeezeHot') },
  ],
  measurements: [
    ...pHRows,
    { name: 'co2T7', part: 'T7', value: 'co2MadeMl', unit: 'mL', labelKey: m('hydrolysisCo2T7'), digits: 3 },
    { name: 'hydroxideT7', part: 'T7', value: 'aluminiumHydroxideMg', unit: 'mg', labelKey: m('hydrolysisHydroxideT7'), digits: 3 },
    { name: 'colloidB1', part: 'B1', value: 'colloidMmolL', unit: 'mmol/L', labelKey: m('hydrolysisColloidB1'), digits: 3 },
    { name: 'ironB2', part: 'B2', value: 'ironIIIMmolL', unit: 'mmol/L', labelKey: m('hydrolysisIronB2'), digits: 3 },
    { name: 'colloidB2', part: 'B2', value: 'colloidMmolL', unit: 'mmol/L', labelKey: m('hydrolysisColloidB2'), digits: 3 },
    { name: 'waterB1C', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('hydrolysisWaterB1C'), digits: 3 },
  ],
  events: [{ name: 'fizzes', labelKey: k('event.fizzes') }],
  recordDefaults: { params: [], measurements: [...pHRows.map((r) => r.name), 'co2T7', 'hydroxideT7', 'colloidB1', 'ironB2', 'colloidB2'] },
  fixedDtS: 0.05,
};
