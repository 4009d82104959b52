/**
 * Senior chemistry X3.2, 有机化合物中常见官能团的检验 (人教版 化学 选择性必修3 第三章 实验活动2): C=C, phenol, haloalkane, -COOH and -CHO. A tube and a
 * dropper for each test, the dropper held over the tube's mouth ready to squeeze (drag it away and back, or to another tube):
 *  - C=C: T1 (1 mL of 1-hexene) with bromine water (R1, 0.05 mol/L): the orange fades, 1 Br₂ added per C=C; T2 (1 mL of hexane) with the
 *    same (R2): the orange stays (the control), taken up into the hexane floating as a layer on the water (../chem/extraction.ts); T3 (1-hexene) with acidified KMnO₄ (R3): the purple fades.
 *  - Phenol's -OH: T4 (2 mL of 0.1 mol/L phenol) with 0.1 mol/L FeCl₃ (R4): violet; T5 (2 mL of ethanol) with the same (R5): only the
 *    yellow of the iron(III) chloride (the control); T6 (phenol) with saturated bromine water (R6): a white precipitate of
 *    2,4,6-tribromophenol, 3 Br₂ per phenol.
 *  - The haloalkane: a few drops of 1-bromobutane (R7) into T7 (2 mL of 5 % NaOH) standing in the 80 °C bath: hydrolysed in a minute or
 *    two to Br⁻; then dilute nitric acid (R8) first, then AgNO₃ (R9): pale-yellow AgBr. AgNO₃ before the acid: brown-black Ag₂O from the
 *    NaOH left over, announced with the reason; nitric acid added after dissolves it again.
 *  - -COOH: 1 mol/L NaHCO₃ (R10) into T8 (2 mL of 5 % acetic acid): CO₂ bubbles.
 *  - -CHO (第三章第三节 实验3-7, 3-8): T9 (2 mL of 2 % AgNO₃) with 2 % ammonia (R11) until the precipitate just dissolves (13 drops: Tollens'
 *    reagent), 3 drops of 10 % acetaldehyde (R12), then T9 into the 80 °C bath, not shaken: a silver mirror, 2 Ag per CH₃CHO, the silver
 *    the limit; held in the lamp's flame instead, black silver powder (explained). T10 (2 mL of 10 % NaOH) with 5 drops of 5 % CuSO₄ (R13):
 *    blue Cu(OH)₂ in excess alkali; 10 drops of acetaldehyde (R14), T10 held in the flame of L1 to the boil: brick-red Cu₂O, 1 per 2 Cu.
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
const X = [0.04, 0.1, 0.16, 0.22, 0.28, 0.34];
/** The aldehyde's two tubes, and the lamp to boil T10 over. */
const ALDEHYDE_X = [0.41, 0.47];
/** Where a tube stands to be heated in L1's flame (its bottom third in the outer flame). */
export const GROUPS_OVER_FLAME = { xM: 0.545, yM: 0.25 };
/** Drops of acetaldehyde into the Tollens' reagent (3 滴) and into the Cu(OH)₂ (0.5 mL). */
export const ALDEHYDE_TOLLENS_DROPS = 3;
export const ALDEHYDE_COPPER_DROPS = 10;
const BATH_X = 0.67;
/** Drops of 1-bromobutane into the NaOH (几滴). */
export const BROMOBUTANE_DROPS = 3;

export const functionalGroupsPreset: BenchPreset = {
  id: 'wet-functional-groups',
  version: '2',
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
    // The haloalkane: T7 (2 mL of 5 % NaOH) stands in the 80 °C water bath B1, the 1-bromobutane's dropper over it; dilute nitric acid and
    // silver nitrate on the shelf, to be dragged over it after the bath has done its work. The carboxyl: T8 (2 mL of 5 % acetic acid) with
    // 1 mol/L NaHCO₃ over it.
    part('B1', 'beaker', BATH_X, 0.4025, { waterMl: 200, startC: 80 }),
    part('T7', 'test-tube', BATH_X, 0.34, tubeOf('naoh', GROUPS_SOLUTION_ML), UP),
    part('T8', 'test-tube', 0.75, 0.34, tubeOf('aceticAcid', GROUPS_SOLUTION_ML), UP),
    part('R7', 'dropper', BATH_X, 0.17, { reagent: 'bromobutane', drops: BROMOBUTANE_DROPS }),
    part('R8', 'dropper', 0.6, 0.1, { reagent: 'hno3Dilute', drops: 15 }),
    part('R9', 'dropper', 0.62, 0.1, { reagent: 'agno3', drops: 5 }),
    part('R10', 'dropper', 0.75, 0.17, { reagent: 'nahco3Molar', drops: 10 }),
    // The aldehyde: T9 with 2 % AgNO₃ and the 2 % ammonia over it; T10 with 10 % NaOH and the 5 % CuSO₄ over it; the acetaldehyde's
    // droppers on the shelf; the lit lamp to boil T10 over.
    part('T9', 'test-tube', ALDEHYDE_X[0], 0.34, tubeOf('agno3Two', GROUPS_SOLUTION_ML), UP),
    part('T10', 'test-tube', ALDEHYDE_X[1], 0.34, tubeOf('naohTen', GROUPS_SOLUTION_ML), UP),
    part('R11', 'dropper', ALDEHYDE_X[0], 0.17, { reagent: 'ammoniaTwo', drops: 13 }),
    part('R13', 'dropper', ALDEHYDE_X[1], 0.17, { reagent: 'cuso4Five', drops: 5 }),
    part('R12', 'dropper', 0.485, 0.1, { reagent: 'acetaldehyde', drops: ALDEHYDE_TOLLENS_DROPS }),
    part('R14', 'dropper', 0.535, 0.1, { reagent: 'acetaldehyde', drops: ALDEHYDE_COPPER_DROPS }),
    part('L1', 'alcohol-lamp', GROUPS_OVER_FLAME.xM, 0.4, { lit: true }),
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
    { name: 'bromineHexaneT2', part: 'T2', value: 'organicBromineMmolL', unit: 'mmol/L', labelKey: m('groupsBromineHexaneT2'), digits: 3 },
    { name: 'permanganateT3', part: 'T3', value: 'permanganateMmolL', unit: 'mmol/L', labelKey: m('groupsPermanganateT3'), digits: 3 },
    { name: 'violetT4', part: 'T4', value: 'ironPhenolateMmolL', unit: 'mmol/L', labelKey: m('groupsVioletT4'), digits: 3 },
    { name: 'violetT5', part: 'T5', value: 'ironPhenolateMmolL', unit: 'mmol/L', labelKey: m('groupsVioletT5'), digits: 3 },
    { name: 'ironT5', part: 'T5', value: 'ironIIIMmolL', unit: 'mmol/L', labelKey: m('groupsIronT5'), digits: 3 },
    { name: 'tribromophenolT6', part: 'T6', value: 'tribromophenolMg', unit: 'mg', labelKey: m('groupsTribromophenolT6'), digits: 3 },
    { name: 'bromobutaneT7', part: 'T7', value: 'bromobutaneMg', unit: 'mg', labelKey: m('groupsBromobutaneT7'), digits: 3 },
    { name: 'bromideT7', part: 'T7', value: 'bromideMmol', unit: 'mmol', labelKey: m('groupsBromideT7'), digits: 3 },
    { name: 'silverBromideT7', part: 'T7', value: 'silverBromideMg', unit: 'mg', labelKey: m('groupsSilverBromideT7'), digits: 3 },
    { name: 'silverOxideT7', part: 'T7', value: 'silverOxideMg', unit: 'mg', labelKey: m('groupsSilverOxideT7'), digits: 3 },
    { name: 'co2T8', part: 'T8', value: 'co2MadeMl', unit: 'mL', labelKey: m('groupsCo2T8'), digits: 3 },
    { name: 'mirrorT9', part: 'T9', value: 'silverMirrorMg', unit: 'mg', labelKey: m('groupsMirrorT9'), digits: 3 },
    { name: 'blackSilverT9', part: 'T9', value: 'silverPowderMg', unit: 'mg', labelKey: m('groupsBlackSilverT9'), digits: 3 },
    { name: 'tempT9', part: 'T9', value: 'temperatureC', unit: '°C', labelKey: m('groupsTempT9'), digits: 3 },
    { name: 'cuprousOxideT10', part: 'T10', value: 'cuprousOxideMg', unit: 'mg', labelKey: m('groupsCuprousOxideT10'), digits: 3 },
    { name: 'tempT10', part: 'T10', value: 'temperatureC', unit: '°C', labelKey: m('groupsTempT10'), digits: 3 },
  ],
  events: [
    { name: 'turnsViolet', labelKey: k('event.turnsViolet') },
    { name: 'paleYellow', labelKey: k('event.paleYellow') },
    { name: 'silverOxide', labelKey: k('event.silverOxide') },
    { name: 'fizzes', labelKey: k('event.fizzes') },
    { name: 'silverMirror', labelKey: k('event.silverMirror') },
    { name: 'brickRed', labelKey: k('event.brickRed') },
  ],
  recordDefaults: { params: [], measurements: ['bromineT1', 'dibromideT1', 'bromineT2', 'bromineHexaneT2', 'permanganateT3', 'violetT4', 'violetT5', 'ironT5', 'tribromophenolT6', 'bromobutaneT7', 'bromideT7', 'silverBromideT7', 'silverOxideT7', 'co2T8', 'mirrorT9', 'cuprousOxideT10'] },
  fixedDtS: 0.05,
};
