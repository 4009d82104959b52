/**
 * Senior chemistry B1.3, 同周期、同主族元素性质的递变 (人教版 化学 必修第一册 第四章 实验活动3), the tubes of solutions:
 *  - T1 (2 mL of 0.1 mol/L MgCl₂) and T2 (2 mL of 0.1 mol/L AlCl₃), a dropper of 1 mol/L NaOH held over each: squeezed six drops at a
 *    time, both give a white precipitate; T2's is largest at 3 OH⁻ per Al (12 drops) and gone at 4 (16 drops: Al(OH)₃ + OH⁻ =
 *    [Al(OH)₄]⁻, amphoteric), T1's stays however much NaOH goes in: Mg(OH)₂ is the stronger base, metallic character Mg > Al.
 *  - T3 (2 mL of 0.1 mol/L NaBr) with chlorine water (R3), T4 (KI) with chlorine water (R4), T5 (KI) with bromine water (R5), all
 *    0.05 mol/L: T3 turns orange-yellow (Br₂), T4 and T5 brown (I₂): oxidising power Cl₂ > Br₂ > I₂, non-metallic character Cl > Br > I.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** Each tube's solution, mL. */
export const TRENDS_TUBE_ML = 2;
const tubeOf = (solution: string) => ({ solution, solutionMl: TRENDS_TUBE_ML, added: 'nothing', addedG: 0, cotton: false });
const X = [0.08, 0.18, 0.3, 0.4, 0.5];

export const periodicTrendsPreset: BenchPreset = {
  id: 'wet-periodic-trends',
  version: '1',
  subject: 'chemistry',
  titleKey: k('periodicTrends.title'),
  descriptionKey: k('periodicTrends.description'),
  setup: wetSetup('Trends across a period and down a group', [
    part('T1', 'test-tube', X[0], 0.34, tubeOf('mgcl2Tenth'), UP),
    part('T2', 'test-tube', X[1], 0.34, tubeOf('alcl3Tenth'), UP),
    part('T3', 'test-tube', X[2], 0.34, tubeOf('nabrTenth'), UP),
    part('T4', 'test-tube', X[3], 0.34, tubeOf('kiTenth'), UP),
    part('T5', 'test-tube', X[4], 0.34, tubeOf('kiTenth'), UP),
    // Each dropper held over its tube's mouth, ready to squeeze.
    part('R1', 'dropper', X[0], 0.17, { reagent: 'naohMolar', drops: 6 }),
    part('R2', 'dropper', X[1], 0.17, { reagent: 'naohMolar', drops: 6 }),
    part('R3', 'dropper', X[2], 0.17, { reagent: 'chlorineWater', drops: 5 }),
    part('R4', 'dropper', X[3], 0.17, { reagent: 'chlorineWater', drops: 5 }),
    part('R5', 'dropper', X[4], 0.17, { reagent: 'bromineWater', drops: 5 }),
  ]),
  params: [
    { name: 'squeezeNaohMg', part: 'R1', prop: 'squeeze', labelKey: k('periodicTrends.squeezeNaohMg') },
    { name: 'squeezeNaohAl', part: 'R2', prop: 'squeeze', labelKey: k('periodicTrends.squeezeNaohAl') },
    { name: 'naohDrops', part: 'R2', prop: 'drops', labelKey: k('periodicTrends.naohDrops') },
    { name: 'squeezeChlorineKI', part: 'R4', prop: 'squeeze', labelKey: k('periodicTrends.squeezeChlorineKI') },
  ],
  measurements: [
    { name: 'mgHydroxideT1', part: 'T1', value: 'magnesiumHydroxideMg', unit: 'mg', labelKey: m('trendsMgHydroxideT1'), digits: 3 },
    { name: 'alHydroxideT2', part: 'T2', value: 'aluminiumHydroxideMg', unit: 'mg', labelKey: m('trendsAlHydroxideT2'), digits: 3 },
    { name: 'aluminateT2', part: 'T2', value: 'aluminateMmolL', unit: 'mmol/L', labelKey: m('trendsAluminateT2'), digits: 3 },
    { name: 'bromineT3', part: 'T3', value: 'bromineMmolL', unit: 'mmol/L', labelKey: m('trendsBromineT3'), digits: 3 },
    { name: 'iodineT4', part: 'T4', value: 'iodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineT4'), digits: 3 },
    { name: 'iodineT5', part: 'T5', value: 'iodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineT5'), digits: 3 },
  ],
  events: [{ name: 'iodineFreed', labelKey: k('event.iodineFreed') }],
  recordDefaults: { params: [], measurements: ['mgHydroxideT1', 'alHydroxideT2', 'aluminateT2', 'bromineT3', 'iodineT4', 'iodineT5'] },
  fixedDtS: 0.05,
};
