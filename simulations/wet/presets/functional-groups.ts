/**
 * Senior chemistry X3.2, 有机化合物中常见官能团的检验 (人教版 化学 选择性必修3 第三章 实验活动2), the C=C and the phenol tests. A tube and a
 * dropper for each test, the dropper held over the tube's mouth ready to squeeze (drag it away and back, or to another tube):
 *  - C=C: T1 (1 mL of 1-hexene) with bromine water (R1, 0.05 mol/L): the orange fades, 1 Br₂ added per C=C; T2 (1 mL of hexane) with the
 *    same (R2): the orange stays (the control); T3 (1-hexene) with acidified KMnO₄ (R3): the purple fades.
 *  - Phenol's -OH: T4 (2 mL of 0.1 mol/L phenol) with 0.1 mol/L FeCl₃ (R4): violet; T5 (2 mL of ethanol) with the same (R5): only the
 *    yellow of the iron(III) chloride (the control); T6 (phenol) with saturated bromine water (R6): a white precipitate of
 *    2,4,6-tribromophenol, 3 Br₂ per phenol.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** mL in each tube: the hydrocarbons (少量), the phenol solution and the ethanol. */
export const HYDROCARBON_ML = 1;
export const GROUPS_SOLUTION_ML = 2;
const tubeOf = (solution: string, ml: number) => ({ solution, solutionMl: ml, added: 'nothing', addedG: 0, cotton: false });
const X = [0.07, 0.16, 0.25, 0.36, 0.45, 0.54];

export const functionalGroupsPreset: BenchPreset = {
  id: 'wet-functional-groups',
  version: '1',
  subject: 'chemistry',
  titleKey: k('functionalGroups.title'),
  descriptionKey: k('functionalGroups.description'),
  setup: wetSetup('Testing for functional groups', [
    part('T1', 'test-tube', X[0], 0.34, tubeOf('hexene', HYDROCARBON_ML), UP),
    part('T2', 'test-tube', X[1], 0.34, tubeOf('hexane', HYDROCARBON_ML), UP),
    part('T3', 'test-tube', X[2], 0.34, tubeOf('hexene', HYDROCARBON_ML), UP),
    part('T4', 'test-tube', X[3], 0.34, tubeOf('phenol', GROUPS_SOLUTION_ML), UP),
    part('T5', 'test-tube', X[4], 0.34, tubeOf('ethanol', GROUPS_SOLUTION_ML), UP),
    part('T6', 'test-tube', X[5], 0.34, tubeOf('phenol', GROUPS_SOLUTION_ML), UP),
    // Each dropper held over its tube's mouth, ready to squeeze.
    part('R1', 'dropper', X[0], 0.17, { reagent: 'bromineWater', drops: 5 }),
    part('R2', 'dropper', X[1], 0.17, { reagent: 'bromineWater', drops: 5 }),
    part('R3', 'dropper', X[2], 0.17, { reagent: 'kmno4Acid', drops: 5 }),
    part('R4', 'dropper', X[3], 0.17, { reagent: 'fecl3Tenth', drops: 3 }),
    part('R5', 'dropper', X[4], 0.17, { reagent: 'fecl3Tenth', drops: 3 }),
    part('R6', 'dropper', X[5], 0.17, { reagent: 'bromineSaturated', drops: 10 }),
  ]),
  params: [
    { name: 'squeezeBromineHexene', part: 'R1', prop: 'squeeze', labelKey: k('functionalGroups.squeezeBromineHexene') },
    { name: 'squeezeIronPhenol', part: 'R4', prop: 'squeeze', labelKey: k('functionalGroups.squeezeIronPhenol') },
    { name: 'bromineDrops', part: 'R6', prop: 'drops', labelKey: k('functionalGroups.bromineDrops') },
  ],
  measurements: [
    { name: 'bromineT1', part: 'T1', value: 'bromineMmolL', unit: 'mmol/L', labelKey: m('groupsBromineT1'), digits: 3 },
    { name: 'dibromideT1', part: 'T1', value: 'dibromohexaneMg', unit: 'mg', labelKey: m('groupsDibromideT1'), digits: 3 },
    { name: 'bromineT2', part: 'T2', value: 'bromineMmolL', unit: 'mmol/L', labelKey: m('groupsBromineT2'), digits: 3 },
    { name: 'permanganateT3', part: 'T3', value: 'permanganateMmolL', unit: 'mmol/L', labelKey: m('groupsPermanganateT3'), digits: 3 },
    { name: 'violetT4', part: 'T4', value: 'ironPhenolateMmolL', unit: 'mmol/L', labelKey: m('groupsVioletT4'), digits: 3 },
    { name: 'violetT5', part: 'T5', value: 'ironPhenolateMmolL', unit: 'mmol/L', labelKey: m('groupsVioletT5'), digits: 3 },
    { name: 'ironT5', part: 'T5', value: 'ironIIIMmolL', unit: 'mmol/L', labelKey: m('groupsIronT5'), digits: 3 },
    { name: 'tribromophenolT6', part: 'T6', value: 'tribromophenolMg', unit: 'mg', labelKey: m('groupsTribromophenolT6'), digits: 3 },
  ],
  events: [{ name: 'turnsViolet', labelKey: k('event.turnsViolet') }],
  recordDefaults: { params: [], measurements: ['bromineT1', 'dibromideT1', 'bromineT2', 'permanganateT3', 'violetT4', 'violetT5', 'ironT5', 'tribromophenolT6'] },
  fixedDtS: 0.05,
};
