/**
 * Senior chemistry B1.2, 铁及其化合物的性质 (人教版 化学 必修第一册 第三章第一节 and 实验活动2): four tubes standing in the
 * rack, 2 mL each of 0.1 mol/L iron(III) chloride (T1, T2), iron(II) chloride (T3) and iron(II) sulfate (T4), with
 * droppers of potassium thiocyanate, chlorine water, hydrogen peroxide, hydrochloric acid, sodium hydroxide and
 * vegetable oil, and a spatula of iron powder, laid out beside the rack (the thiocyanate dropper held over T1). Drag a
 * dropper over a tube's mouth and squeeze it; tip the spatula over a tube.
 *  - T1 + KSCN: blood red (Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, ../chem/iron-colours.ts).
 *  - T2 + KSCN, then iron powder: the red fades to pale green (2Fe³⁺ + Fe = 3Fe²⁺).
 *  - T3 + KSCN: no red; then chlorine water (2Fe²⁺ + Cl₂ = 2Fe³⁺ + 2Cl⁻), or acid and hydrogen peroxide: red.
 *  - T4 + NaOH: white Fe(OH)₂, grey-green, then red-brown Fe(OH)₃ as air reaches it; with a few drops of oil on top
 *    and the dropper's tip pushed under the surface it stays white far longer.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const tubeOf = (solution: string) => ({ solution, solutionMl: 2, added: 'nothing', addedG: 0, cotton: false });

export const ironPreset: BenchPreset = {
  id: 'wet-iron',
  version: '1',
  subject: 'chemistry',
  titleKey: k('iron.title'),
  descriptionKey: k('iron.description'),
  setup: wetSetup('Properties of iron and its compounds', [
    part('T1', 'test-tube', 0.1, 0.34, tubeOf('fecl3'), UP),
    part('T2', 'test-tube', 0.2, 0.34, tubeOf('fecl3'), UP),
    part('T3', 'test-tube', 0.3, 0.34, tubeOf('fecl2'), UP),
    part('T4', 'test-tube', 0.4, 0.34, tubeOf('feso4'), UP),
    // The thiocyanate dropper held with its tip 2 cm above T1's mouth, ready to squeeze.
    part('R1', 'dropper', 0.1, 0.17, { reagent: 'kscn', drops: 2 }),
    part('R2', 'dropper', 0.5, 0.12, { reagent: 'chlorineWater', drops: 5 }),
    part('R3', 'dropper', 0.56, 0.12, { reagent: 'hcl', drops: 5 }),
    part('R4', 'dropper', 0.62, 0.12, { reagent: 'h2o2', drops: 5 }),
    part('R5', 'dropper', 0.68, 0.12, { reagent: 'naoh', drops: 20 }),
    part('R6', 'dropper', 0.74, 0.12, { reagent: 'oil', drops: 10 }),
    part('Y1', 'spatula', 0.62, 0.33, { solid: 'ironPowder', grams: 0.2 }),
  ]),
  params: [
    { name: 'squeezeKscn', part: 'R1', prop: 'squeeze', labelKey: k('iron.squeezeKscn') },
    { name: 'kscnDrops', part: 'R1', prop: 'drops', labelKey: k('iron.kscnDrops') },
    { name: 'naohDrops', part: 'R5', prop: 'drops', labelKey: k('iron.naohDrops') },
    { name: 'ironPowderG', part: 'Y1', prop: 'grams', labelKey: k('iron.ironPowderG') },
  ],
  measurements: [
    { name: 'redT1', part: 'T1', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT1'), digits: 3 },
    { name: 'redT2', part: 'T2', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT2'), digits: 3 },
    { name: 'ironIIIT2', part: 'T2', value: 'ironIIIMmolL', unit: 'mmol/L', labelKey: m('ironIIIT2'), digits: 3 },
    { name: 'ironIIT2', part: 'T2', value: 'ironIIMmolL', unit: 'mmol/L', labelKey: m('ironIIT2'), digits: 3 },
    { name: 'redT3', part: 'T3', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT3'), digits: 3 },
    { name: 'oxidisedT4', part: 'T4', value: 'hydroxideOxidisedPct', unit: '%', labelKey: m('oxidisedT4'), digits: 3 },
  ],
  events: [{ name: 'turnsRed', labelKey: k('event.turnsRed') }],
  recordDefaults: { params: [], measurements: ['redT1', 'redT2', 'redT3', 'oxidisedT4'] },
  fixedDtS: 0.05,
};
