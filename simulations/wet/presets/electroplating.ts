/**
 * Senior chemistry X1.4, 简单的电镀实验 (人教版 化学 选择性必修1 第四章第二节, 实验活动4): copper-plate an iron piece. On the
 * bench: a student supply (U1) with its ammeter, a copper strip (M1) standing in 10 % copper sulfate solution (B1),
 * the iron piece (M2) lying on an electronic balance (EB1, 0.001 g), and hot 5 % sodium carbonate solution (B2, 70 °C)
 * to degrease it in. Weigh the piece, dip it in the hot soda solution for a minute, stand it in the copper sulfate,
 * wire it to the supply's − post and the copper to the + post, switch on for a few minutes, switch off, lift it out
 * and weigh it again: it gained m = I·t·M(Cu)/(2F) (../electroplating.ts). Skip the degreasing and the copper is
 * patchy and falls off; wire the piece to + and it dissolves while the copper strip is plated.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const electroplatingPreset: BenchPreset = {
  id: 'wet-electroplating',
  version: '1',
  subject: 'chemistry',
  titleKey: k('electroplating.title'),
  descriptionKey: k('electroplating.description'),
  setup: wetSetup('A simple electroplating experiment', [
    part('B2', 'beaker', 0.12, 0.37, { liquid: 'na2co3', waterMl: 100, startC: 70 }),
    part('B1', 'beaker', 0.3, 0.37, { liquid: 'cuso4', waterMl: 100 }),
    // The copper anode 2 cm deep in the bath (100 mL stand 2.9 cm deep in the beaker).
    part('M1', 'metal-strip', 0.285, 0.3725, { metal: 'copper' }),
    part('U1', 'dc-supply', 0.47, 0.41),
    part('EB1', 'electronic-balance', 0.66, 0.425),
    // The iron piece standing on the balance's pan.
    part('M2', 'metal-strip', 0.66, 0.36, { metal: 'iron' }),
  ], [], { hiddenMeasurements: ['platedMg', 'loosePct'] }),
  params: [
    { name: 'currentA', part: 'U1', prop: 'currentA' },
    { name: 'on', part: 'U1', prop: 'on' },
    { name: 'sodaC', part: 'B2', prop: 'startC', labelKey: k('electroplating.sodaC') },
  ],
  measurements: [
    { name: 'ammeterA', part: 'U1', value: 'ammeterA', unit: 'A', labelKey: m('ammeterA'), resolution: 0.01 },
    { name: 'balanceG', part: 'EB1', value: 'readingG', unit: 'g', labelKey: m('balanceG'), resolution: 0.001 },
    { name: 'copperIIMolL', part: 'B1', value: 'copperIIMolL', unit: 'mol/L', labelKey: m('copperIIMolL'), digits: 4 },
    { name: 'platedMg', part: 'M2', value: 'platedMg', unit: 'mg', labelKey: m('platedMg'), digits: 4 },
    { name: 'loosePct', part: 'M2', value: 'loosePct', unit: '%', labelKey: m('loosePct'), digits: 3 },
  ],
  events: [
    { name: 'currentFlows', labelKey: k('event.currentFlows') },
    { name: 'copperOnPiece', labelKey: k('event.copperOnPiece') },
    { name: 'pieceDissolves', labelKey: k('event.pieceDissolves') },
  ],
  recordDefaults: { params: ['currentA'], measurements: ['ammeterA', 'balanceG', 'copperIIMolL'] },
  fixedDtS: 0.05,
};
