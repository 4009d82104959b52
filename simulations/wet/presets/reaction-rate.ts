/**
 * Senior chemistry B2.4, 化学反应速率的影响因素 (人教版 化学 必修第二册 第六章第二节 and 实验活动7): marble and
 * hydrochloric acid in a stoppered conical flask, the carbon dioxide pushed into a 100 mL gas syringe whose reading
 * is recorded against time. Change one thing at a time: the acid's concentration, its temperature (warmed in a water
 * bath first), chips or powder; or hydrogen peroxide solution with and without manganese dioxide. The rates come
 * from the reaction engine's rate laws (first order in the acid, Arrhenius in temperature, proportional to the
 * solid's surface, on the catalyst's surface: ../chem/reaction-data.ts); the volume at the end from the
 * stoichiometry (0.30 g of CaCO₃ gives 0.0030 mol of CO₂, 72 mL at 20 °C). It starts with 2 g of chips in 20 mL of
 * 10 % acid: about 30 mL in the first minute.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, tube, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const reactionRatePreset: BenchPreset = {
  id: 'wet-reaction-rate',
  version: '1',
  subject: 'chemistry',
  titleKey: k('reactionRate.title'),
  descriptionKey: k('reactionRate.description'),
  setup: wetSetup(
    'What affects the rate of a reaction',
    [
      part('F1', 'conical-flask', 0.2, 0.38, { marbleG: 2, marbleGrain: 'chips', hclMl: 20, hclPercent: 10, startC: 20 }),
      part('G1', 'gas-syringe', 0.55, 0.3),
    ],
    [tube('d1', 'F1', 'G1')],
    { hiddenMeasurements: ['syringeGasMl'] },
  ),
  params: [
    { name: 'marbleG', part: 'F1', prop: 'marbleG' },
    { name: 'marbleGrain', part: 'F1', prop: 'marbleGrain' },
    { name: 'hclMl', part: 'F1', prop: 'hclMl' },
    { name: 'hclPercent', part: 'F1', prop: 'hclPercent' },
    { name: 'startC', part: 'F1', prop: 'startC' },
    { name: 'h2o2Ml', part: 'F1', prop: 'h2o2Ml' },
    { name: 'h2o2Percent', part: 'F1', prop: 'h2o2Percent' },
    { name: 'mno2G', part: 'F1', prop: 'mno2G' },
  ],
  measurements: [
    { name: 'syringeReadingMl', part: 'G1', value: 'readingMl', unit: 'mL', labelKey: m('syringeReadingMl'), resolution: 1 },
    { name: 'syringeGasMl', part: 'G1', value: 'gasMl', unit: 'mL', labelKey: m('syringeGasMl'), digits: 4 },
    { name: 'flaskTempC', part: 'F1', value: 'temperatureC', unit: '°C', labelKey: m('flaskTempC'), digits: 3 },
  ],
  events: [{ name: 'bubbles', labelKey: k('event.bubbles') }],
  recordDefaults: { params: ['marbleGrain', 'hclPercent', 'startC', 'mno2G'], measurements: ['syringeReadingMl'] },
  fixedDtS: 0.05,
};
