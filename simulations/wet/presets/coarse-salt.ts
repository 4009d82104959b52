/**
 * Junior chemistry 6, 粗盐中难溶性杂质的去除 (人教版 化学 九年级下册 第十一单元 实验活动8): weigh 5.0 g of coarse salt
 * (here with 10 % sand) on the balance (rider at 5.0 g, salt spooned on until the pointer is in the middle: the
 * given setup has it weighed), measure 15 mL of water (measured too), tip both into the beaker and stir until the salt has dissolved (15 g of water holds
 * 5.4 g of salt at 20 °C, so all of it dissolves: the textbook's 10 mL would leave some, which it weighs back);
 * hold the beaker over the funnel and pour along the glass rod; move the evaporating dish from under the funnel
 * onto the lamp and light it; put the lamp out when much solid has appeared; weigh the salt. The yield is the
 * salt over the coarse salt weighed. What the textbook warns about happens in the model: a torn paper or liquid
 * above the paper's edge lets sand through, heating to dryness spatters salt out (../salt-purification.ts).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const coarseSaltPreset: BenchPreset = {
  id: 'wet-coarse-salt',
  version: '1',
  subject: 'chemistry',
  titleKey: k('coarseSalt.title'),
  descriptionKey: k('coarseSalt.description'),
  setup: wetSetup(
    'Removing the sand from coarse salt',
    [
      part('W1', 'balance', 0.13, 0.39, { riderG: 5, saltG: 5, sandPercent: 10 }),
      part('C1', 'cylinder', 0.31, 0.34, { waterMl: 15, eye: 'level' }),
      part('B1', 'beaker', 0.42, 0.4025, { waterMl: 0, mixIn: false }),
      part('F1', 'funnel', 0.58, 0.24, { paper: 'intact', pour: 'rod' }),
      part('D1', 'evaporating-dish', 0.58, 0.325),
      part('L1', 'alcohol-lamp', 0.72, 0.415, { lit: false }),
    ],
    [],
    { hiddenMeasurements: ['productTrueG', 'pointerDivisions'] },
  ),
  params: [
    { name: 'saltG', part: 'W1', prop: 'saltG' },
    { name: 'sandPercent', part: 'W1', prop: 'sandPercent' },
    { name: 'waterMl', part: 'C1', prop: 'waterMl' },
    { name: 'mixIn', part: 'B1', prop: 'mixIn' },
    { name: 'paper', part: 'F1', prop: 'paper' },
    { name: 'pour', part: 'F1', prop: 'pour' },
    { name: 'lampLit', part: 'L1', prop: 'lit' },
  ],
  measurements: [
    { name: 'balanceReadingG', part: 'W1', value: 'readingG', unit: 'g', labelKey: m('crudeSaltG'), resolution: 0.1 },
    { name: 'pointerDivisions', part: 'W1', value: 'pointerDivisions', unit: '', labelKey: m('pointerDivisions'), digits: 3 },
    { name: 'undissolvedG', part: 'B1', value: 'undissolvedG', unit: 'g', labelKey: m('undissolvedG'), digits: 3 },
    { name: 'sandOnPaperG', part: 'F1', value: 'sandOnPaperG', unit: 'g', labelKey: m('sandOnPaperG'), digits: 3 },
    { name: 'saltOnPaperG', part: 'F1', value: 'saltOnPaperG', unit: 'g', labelKey: m('saltOnPaperG'), digits: 3 },
    { name: 'crystallisedPct', part: 'D1', value: 'crystallisedPct', unit: '%', labelKey: m('crystallisedPct'), digits: 3 },
    { name: 'waterLeftG', part: 'D1', value: 'waterLeftG', unit: 'g', labelKey: m('dishWaterLeftG'), digits: 3 },
    { name: 'spatteredG', part: 'D1', value: 'spatteredG', unit: 'g', labelKey: m('spatteredG'), digits: 3 },
    { name: 'sandInProductG', part: 'D1', value: 'sandG', unit: 'g', labelKey: m('sandInProductG'), digits: 3 },
    { name: 'productG', part: 'D1', value: 'productG', unit: 'g', labelKey: m('productG'), resolution: 0.1 },
    { name: 'productTrueG', part: 'D1', value: 'productTrueG', unit: 'g', labelKey: m('productTrueG'), digits: 5 },
    { name: 'yieldPct', part: 'D1', value: 'yieldPct', unit: '%', labelKey: m('yieldPct'), digits: 3 },
  ],
  events: [
    { name: 'dissolved', labelKey: k('event.dissolved') },
    { name: 'filtered', labelKey: k('event.filtered') },
    { name: 'muchSolid', labelKey: k('event.muchSolid') },
    { name: 'spattering', labelKey: k('event.spattering') },
  ],
  recordDefaults: { params: ['sandPercent'], measurements: ['balanceReadingG', 'sandOnPaperG', 'saltOnPaperG', 'sandInProductG', 'spatteredG', 'productG', 'yieldPct'] },
  fixedDtS: 0.05,
};
