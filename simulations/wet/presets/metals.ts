/**
 * Junior chemistry 4, 常见金属的化学性质 (人教版 化学 九年级下册 第八单元 实验活动4): magnesium, zinc, iron and
 * copper, the same mass of each, in the same dilute hydrochloric acid: how fast hydrogen comes off ranks them
 * (Mg > Zn > Fe; copper none, it stands after hydrogen); an iron nail in copper sulfate solution is coated with
 * red copper, copper in silver nitrate with silver (a more active metal displaces a less active one from its salt).
 * A burning splint held at the mouth of the magnesium's tube pops: the hydrogen there is mixed with air.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const acid = (added: string) => ({ solution: 'hcl', solutionMl: 5, added, addedG: 0.2 });

export const metalsPreset: BenchPreset = {
  id: 'wet-metals',
  version: '1',
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
  ]),
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
  ],
  // A burning splint (from the bin) at an open tube's mouth: hydrogen mixed with air pops sharply, nearly pure softly.
  events: [
    { name: 'sharpPop', labelKey: k('event.sharpPop') },
    { name: 'softPop', labelKey: k('event.softPop') },
    { name: 'explosion', labelKey: k('event.explosion') },
  ],
  recordDefaults: { params: [], measurements: ['h2Mg', 'h2Zn', 'h2Fe', 'h2Cu'] },
  fixedDtS: 0.05,
};
