/**
 * Junior chemistry 5, 一定溶质质量分数的氯化钠溶液的配制 (人教版 化学 九年级下册 第九单元 实验活动5): make 50 g of
 * a 6 % sodium chloride solution. Work out 3.0 g of salt and 47 g (47 mL) of water; set the rider to 3.0 g and
 * spoon salt onto the left pan until the pointer swings about the middle; pour water into the 50 mL cylinder until
 * its meniscus is at 47 mL, read with the eye level with it; tip both into the beaker and stir until dissolved.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const solutionPreset: BenchPreset = {
  id: 'wet-solution',
  version: '1',
  subject: 'chemistry',
  titleKey: k('solution.title'),
  descriptionKey: k('solution.description'),
  setup: wetSetup(
    'A 6 % sodium chloride solution',
    [
      part('W1', 'balance', 0.2, 0.39, { riderG: 3, saltG: 0 }),
      part('C1', 'cylinder', 0.45, 0.34, { waterMl: 0, eye: 'level' }),
      part('B1', 'beaker', 0.64, 0.4025, { waterMl: 0, mixIn: false }),
    ],
    [],
    { hiddenMeasurements: ['pointerDivisions', 'cylinderHeldMl'] },
  ),
  params: [
    { name: 'saltG', part: 'W1', prop: 'saltG' },
    { name: 'riderG', part: 'W1', prop: 'riderG' },
    { name: 'waterMl', part: 'C1', prop: 'waterMl' },
    { name: 'eye', part: 'C1', prop: 'eye' },
    { name: 'mixIn', part: 'B1', prop: 'mixIn' },
  ],
  measurements: [
    { name: 'balanceReadingG', part: 'W1', value: 'readingG', unit: 'g', labelKey: m('balanceReadingG'), resolution: 0.1 },
    { name: 'balanced', part: 'W1', value: 'balanced', unit: '', labelKey: m('balanced'), resolution: 1 },
    { name: 'pointerDivisions', part: 'W1', value: 'pointerDivisions', unit: '', labelKey: m('pointerDivisions'), digits: 3 },
    { name: 'cylinderReadingMl', part: 'C1', value: 'readingMl', unit: 'mL', labelKey: m('cylinderReadingMl'), resolution: 1 },
    { name: 'cylinderHeldMl', part: 'C1', value: 'heldMl', unit: 'mL', labelKey: m('cylinderHeldMl'), digits: 4 },
    { name: 'massFractionPct', part: 'B1', value: 'massFractionPct', unit: '%', labelKey: m('massFractionPct'), digits: 4 },
    { name: 'undissolvedG', part: 'B1', value: 'undissolvedG', unit: 'g', labelKey: m('undissolvedG'), digits: 3 },
  ],
  recordDefaults: { params: [], measurements: ['balanceReadingG', 'cylinderReadingMl', 'massFractionPct'] },
  fixedDtS: 0.05,
};
