/**
 * Senior chemistry X1.1, 探究影响化学平衡移动的因素 (人教版 化学 选择性必修1 第二章 实验活动1; 第二章第三节 实验2-1 and 2-2):
 *  - Concentration: four tubes in the rack, 3 mL each of a light-red mixture of equal volumes of 0.005 mol/L FeCl₃ and
 *    0.015 mol/L KSCN (Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, K = 140 L/mol, ../chem/iron-colours.ts). T1 is kept to compare; into T2
 *    drops of 1 mol/L FeCl₃, into T3 drops of 1 mol/L KSCN (both deepen the red: Q < K, the equilibrium goes forward);
 *    into T4 a few drops of 0.1 mol/L NaOH (Fe(OH)₃ takes Fe³⁺ out: paler) or the spatula's iron powder (2Fe³⁺ + Fe =
 *    3Fe²⁺: paler still). The droppers are held beside the rack; drag one over a tube's mouth and squeeze it.
 *  - Temperature: three sealed tubes of nitrogen dioxide (2NO₂ ⇌ N₂O₄, ΔH < 0, ../chem/nitrogen-dioxide.ts). Drag T5
 *    into the beaker of hot water (B1, 80 °C) and T6 into the ice water (B2, 0 °C); T7 stays at room temperature. The
 *    hot tube turns a deeper red-brown, the cold one paler.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const mixture = { solution: 'ironThiocyanate', solutionMl: 3, added: 'nothing', addedG: 0, cotton: false };
/** A sealed tube: 1.2 mmol counted as NO₂ in its 30 mL, about 0.9 atm at 20 °C. */
const sealed = { no2Mmol: 1.2, cotton: false };

export const equilibriumPreset: BenchPreset = {
  id: 'wet-equilibrium',
  version: '1',
  subject: 'chemistry',
  titleKey: k('equilibrium.title'),
  descriptionKey: k('equilibrium.description'),
  setup: wetSetup('What shifts a chemical equilibrium', [
    part('T1', 'test-tube', 0.06, 0.34, mixture, UP),
    part('T2', 'test-tube', 0.13, 0.34, mixture, UP),
    part('T3', 'test-tube', 0.2, 0.34, mixture, UP),
    part('T4', 'test-tube', 0.27, 0.34, mixture, UP),
    part('T5', 'test-tube', 0.37, 0.34, sealed, UP),
    part('T6', 'test-tube', 0.43, 0.34, sealed, UP),
    part('T7', 'test-tube', 0.49, 0.34, sealed, UP),
    part('B1', 'beaker', 0.61, 0.4025, { waterMl: 200, startC: 80 }),
    part('B2', 'beaker', 0.72, 0.4025, { waterMl: 200, startC: 0 }),
    // The droppers stand above the rack; the iron(III) chloride dropper is held over T2, ready to squeeze.
    part('R1', 'dropper', 0.13, 0.17, { reagent: 'fecl3Molar', drops: 4 }),
    part('R2', 'dropper', 0.36, 0.1, { reagent: 'kscnMolar', drops: 4 }),
    part('R3', 'dropper', 0.42, 0.1, { reagent: 'naohDilute', drops: 2 }),
    part('Y1', 'spatula', 0.55, 0.1, { solid: 'ironPowder', grams: 0.1 }),
  ]),
  params: [
    { name: 'squeezeFeCl3', part: 'R1', prop: 'squeeze', labelKey: k('equilibrium.squeezeFeCl3') },
    { name: 'feCl3Drops', part: 'R1', prop: 'drops', labelKey: k('equilibrium.feCl3Drops') },
    { name: 'kscnDrops', part: 'R2', prop: 'drops', labelKey: k('equilibrium.kscnDrops') },
    { name: 'naohDrops', part: 'R3', prop: 'drops', labelKey: k('equilibrium.naohDrops') },
    { name: 'hotC', part: 'B1', prop: 'startC', labelKey: k('equilibrium.hotC') },
    { name: 'coldC', part: 'B2', prop: 'startC', labelKey: k('equilibrium.coldC') },
  ],
  measurements: [
    { name: 'redT1', part: 'T1', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT1'), digits: 3 },
    { name: 'redT2', part: 'T2', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT2'), digits: 3 },
    { name: 'redT3', part: 'T3', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT3'), digits: 3 },
    { name: 'redT4', part: 'T4', value: 'redComplexMmolL', unit: 'mmol/L', labelKey: m('redT4'), digits: 3 },
    { name: 'no2T5', part: 'T5', value: 'no2MmolL', unit: 'mmol/L', labelKey: m('no2T5'), digits: 3 },
    { name: 'no2T6', part: 'T6', value: 'no2MmolL', unit: 'mmol/L', labelKey: m('no2T6'), digits: 3 },
    { name: 'no2T7', part: 'T7', value: 'no2MmolL', unit: 'mmol/L', labelKey: m('no2T7'), digits: 3 },
    { name: 'tubeT5C', part: 'T5', value: 'temperatureC', unit: '°C', labelKey: m('tubeT5C'), digits: 3 },
    { name: 'tubeT6C', part: 'T6', value: 'temperatureC', unit: '°C', labelKey: m('tubeT6C'), digits: 3 },
  ],
  events: [{ name: 'turnsRed', labelKey: k('event.turnsRed') }],
  recordDefaults: { params: [], measurements: ['redT1', 'redT2', 'redT3', 'redT4', 'no2T5', 'no2T6', 'no2T7'] },
  fixedDtS: 0.05,
};
