/**
 * Junior chemistry 4, 常见金属的化学性质 (人教版 化学 九年级下册 第八单元 实验活动4): magnesium, zinc, iron and
 * copper, the same mass of each, in the same dilute hydrochloric acid: how fast hydrogen comes off ranks them
 * (Mg > Zn > Fe; copper none, it stands after hydrogen); an iron nail in copper sulfate solution is coated with
 * red copper, copper in silver nitrate with silver (a more active metal displaces a less active one from its salt).
 * A burning splint held at the mouth of the magnesium's tube pops: the hydrogen there is mixed with air. A flask of zinc and
 * acid (F1) makes hydrogen for lighting at a jet (J2, 人教版 九年级上册 第四单元 课题3: 点燃氢气前一定要检验其纯度): a flame put
 * to the jet before the air is driven out runs back and the mixture in the flask explodes; once the gas is pure it burns
 * quietly with a pale blue flame. A lit lamp brought to a tube's mouth sets off the hydrogen there too (../engine/outlet-flame.ts).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, tube, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const acid = (added: string) => ({ solution: 'hcl', solutionMl: 5, added, addedG: 0.2 });

export const metalsPreset: BenchPreset = {
  id: 'wet-metals',
  version: '2',
  subject: 'chemistry',
  titleKey: k('metals.title'),
  descriptionKey: k('metals.description'),
  setup: wetSetup('Metals with acid and with salt solutions', [
    part('T1', 'test-tube', 0.12, 0.35, acid('magnesium'), UP),
    part('T2', 'test-tube', 0.23, 0.35, acid('zinc'), UP),
    part('T3', 'test-tube', 0.34, 0.35, acid('iron'), UP),
    part('T4', 'test-tube', 0.45, 0.35, acid('copper'), UP),
    part('T5', 'test-tube', 0.58, 0.35, { solution: 'cuso4', solutionMl: 5, added: 'iron', addedG: 1 }, UP),
    part('T6', 'test-tube', 0.69, 0.35, { solution: 'agno3', solutionMl: 5, added: 'copper', addedG: 1 }, UP),
    // 10 g of zinc granules and 40 mL of 20 % hydrochloric acid, the delivery tube ending in a jet; a burning splint and a lamp.
    part('F1', 'conical-flask', 0.75, 0.38, { zincG: 10, hclMl: 40, hclPercent: 20 }),
    part('J2', 'jet', 0.75, 0.2),
    part('S2', 'splint', 0.5, 0.08, { flame: 'burning' }),
    part('L1', 'alcohol-lamp', 0.05, 0.415, { lit: true }),
  ], [tube('D1', 'F1', 'J2')]),
  params: [
    { name: 'metalG', part: 'T1', prop: 'addedG', labelKey: k('metals.metalG') },
    { name: 'tube5Added', part: 'T5', prop: 'added', labelKey: k('metals.tube5Added') },
  ],
  measurements: [
    { name: 'h2Mg', part: 'T1', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2Mg'), digits: 4 },
    { name: 'h2Zn', part: 'T2', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2Zn'), digits: 4 },
    { name: 'h2Fe', part: 'T3', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2Fe'), digits: 4 },
    { name: 'h2Cu', part: 'T4', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2Cu'), digits: 4 },
    { name: 'copperOnNailG', part: 'T5', value: 'copperG', unit: 'g', labelKey: m('copperOnNailG'), digits: 4 },
    { name: 'silverG', part: 'T6', value: 'silverG', unit: 'g', labelKey: m('silverG'), digits: 4 },
    { name: 'flaskH2Ml', part: 'F1', value: 'h2MadeMl', unit: 'mL', labelKey: m('flaskH2Ml'), digits: 4 },
  ],
  // A burning splint (from the bin) at an open tube's mouth: hydrogen mixed with air pops sharply, nearly pure softly.
  events: [
    { name: 'sharpPop', labelKey: k('event.sharpPop') },
    { name: 'softPop', labelKey: k('event.softPop') },
    { name: 'explosion', labelKey: k('event.explosion') },
    { name: 'hydrogenBurns', labelKey: k('event.hydrogenBurns') },
  ],
  recordDefaults: { params: [], measurements: ['h2Mg', 'h2Zn', 'h2Fe', 'h2Cu'] },
  fixedDtS: 0.05,
};
