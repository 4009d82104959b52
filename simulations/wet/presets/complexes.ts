/**
 * Senior chemistry X2.1, 简单配合物的形成 (人教版 化学 选择性必修2 第三章第四节 实验3-3 and the chapter's 实验活动): three tubes in
 * the rack with 2 mL each of 0.1 mol/L copper sulfate (T1), iron(III) chloride (T2) and sodium chloride (T3); droppers of
 * 1 mol/L ammonia (held over T1), 95 % ethanol, 0.1 mol/L potassium thiocyanate (held over T2), 0.1 mol/L silver nitrate
 * and a second of ammonia. Drag a dropper over a tube's mouth and squeeze it.
 *  - T1 + ammonia, six drops at a time: a pale blue precipitate of Cu(OH)₂ (largest at 2 NH₃ per Cu), which more ammonia
 *    dissolves to a deep blue solution of [Cu(NH₃)₄]²⁺ (all of it at 4 NH₃ per Cu: 0.8 mmol, 16 drops, for the 0.2 mmol
 *    of copper); then two millilitres of ethanol bring out dark blue crystals of [Cu(NH₃)₄]SO₄·H₂O.
 *  - T2 + thiocyanate: the blood-red complex of Fe³⁺ (../chem/iron-colours.ts).
 *  - T3 + silver nitrate: white AgCl; + ammonia: it dissolves as [Ag(NH₃)₂]⁺.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const tubeOf = (solution: string) => ({ solution, solutionMl: 2, added: 'nothing', addedG: 0, cotton: false });

export const complexesPreset: BenchPreset = {
  id: 'wet-complexes',
  version: '1',
  subject: 'chemistry',
  titleKey: k('complexes.title'),
  descriptionKey: k('complexes.description'),
  setup: wetSetup('Forming simple complexes', [
    part('T1', 'test-tube', 0.1, 0.34, tubeOf('cuso4Tenth'), UP),
    part('T2', 'test-tube', 0.22, 0.34, tubeOf('fecl3'), UP),
    part('T3', 'test-tube', 0.34, 0.34, tubeOf('naclTenth'), UP),
    // The ammonia dropper held over T1 and the thiocyanate dropper over T2, ready to squeeze.
    part('R1', 'dropper', 0.1, 0.17, { reagent: 'ammonia', drops: 6 }),
    part('R2', 'dropper', 0.5, 0.1, { reagent: 'ethanol95', drops: 40 }),
    part('R3', 'dropper', 0.22, 0.17, { reagent: 'kscn', drops: 2 }),
    part('R4', 'dropper', 0.56, 0.1, { reagent: 'agno3', drops: 10 }),
    part('R5', 'dropper', 0.62, 0.1, { reagent: 'ammonia', drops: 10 }),
  ]),
  params: [
    { name: 'squeezeAmmonia', part: 'R1', prop: 'squeeze', labelKey: k('complexes.squeezeAmmonia') },
    { name: 'ammoniaDrops', part: 'R1', prop: 'drops', labelKey: k('complexes.ammoniaDrops') },
    { name: 'squeezeKscn', part: 'R3', prop: 'squeeze', labelKey: k('complexes.squeezeKscn') },
    { name: 'ethanolDrops', part: 'R2', prop: 'drops', labelKey: k('complexes.ethanolDrops') },
  ],
  measurements: [
    { name: 'hydroxideT1', part: 'T1', value: 'copperHydroxideMg', unit: 'mg', labelKey: m('hydroxideT1'), digits: 3 },
    { name: 'ammineT1', part: 'T1', value: 'tetraammineMmolL', unit: 'mmol/L', labelKey: m('ammineT1'), digits: 3 },
    { name: 'crystalsT1', part: 'T1', value: 'ammineCrystalsMg', unit: 'mg', labelKey: m('crystalsT1'), digits: 3 },
    { name: 'redT2', part: 'T2', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT2'), digits: 3 },
    { name: 'silverChlorideT3', part: 'T3', value: 'silverChlorideMg', unit: 'mg', labelKey: m('silverChlorideT3'), digits: 3 },
    { name: 'silverAmmineT3', part: 'T3', value: 'diammineSilverMmolL', unit: 'mmol/L', labelKey: m('silverAmmineT3'), digits: 3 },
  ],
  events: [{ name: 'turnsRed', labelKey: k('event.turnsRed') }],
  recordDefaults: { params: [], measurements: ['hydroxideT1', 'ammineT1', 'crystalsT1', 'redT2', 'silverChlorideT3', 'silverAmmineT3'] },
  fixedDtS: 0.05,
};
