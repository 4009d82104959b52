/**
 * Senior chemistry B2.3, 化学能转化成电能 (人教版 化学 必修第二册 第六章第一节 实验6-3, 实验活动6): a zinc strip and a copper
 * strip dipped in 5 % sulfuric acid in a beaker, a centre-zero meter beside it. Not joined, bubbles come off the zinc
 * only; wired clip to clip, or through the meter, the pointer swings and bubbles come off the copper too (../cell.ts:
 * 0.76 V over 7.2 Ω of acid and the meter's 5 Ω, about 62 mA). Change the copper for zinc (two zinc strips), or the
 * acid for ethanol (a non-electrolyte): no current.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const cellPreset: BenchPreset = {
  id: 'wet-cell',
  version: '1',
  subject: 'chemistry',
  titleKey: k('cell.title'),
  descriptionKey: k('cell.description'),
  setup: wetSetup('Turning chemical energy into electrical energy', [
    part('B1', 'beaker', 0.3, 0.37, { liquid: 'h2so4', waterMl: 100 }),
    // Strips 3 cm apart, their bottom ends 2 cm under the acid (100 mL stand 2.9 cm deep in the beaker).
    part('M1', 'metal-strip', 0.285, 0.3725, { metal: 'zinc' }),
    part('M2', 'metal-strip', 0.315, 0.3725, { metal: 'copper' }),
    part('A1', 'galvanometer', 0.55, 0.3),
  ]),
  params: [
    { name: 'liquid', part: 'B1', prop: 'liquid' },
    { name: 'secondMetal', part: 'M2', prop: 'metal', labelKey: k('cell.secondMetal') },
  ],
  measurements: [
    { name: 'currentMa', part: 'A1', value: 'currentMa', unit: 'mA', labelKey: m('currentMa'), resolution: 1 },
    { name: 'h2OnZincMl', part: 'M1', value: 'h2Ml', unit: 'mL', labelKey: m('h2OnZincMl'), digits: 3 },
    { name: 'h2OnSecondMl', part: 'M2', value: 'h2Ml', unit: 'mL', labelKey: m('h2OnSecondMl'), digits: 3 },
    { name: 'zincDissolvedMg', part: 'M1', value: 'dissolvedMg', unit: 'mg', labelKey: m('zincDissolvedMg'), digits: 3 },
  ],
  events: [
    { name: 'pointerMoves', labelKey: k('event.pointerMoves') },
    { name: 'bubblesOnCopper', labelKey: k('event.bubblesOnCopper') },
  ],
  recordDefaults: { params: ['liquid', 'secondMetal'], measurements: ['currentMa', 'h2OnZincMl', 'h2OnSecondMl'] },
  fixedDtS: 0.05,
};
