/**
 * Junior chemistry 8, 水的组成及变化的探究 (人教版 化学 九年级上册 第四单元 课题3 实验4-6): water with a little
 * sodium sulfate in a water electrolysis apparatus, a direct current through it; read the gas in each arm:
 * hydrogen at the negative electrode, oxygen at the positive, about 2 : 1 by volume (a little more than 2 at first:
 * oxygen dissolves in water more than hydrogen does). Turn the supply off before an arm is full.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const electrolysisPreset: BenchPreset = {
  id: 'wet-electrolysis',
  version: '1',
  subject: 'chemistry',
  titleKey: k('electrolysis.title'),
  descriptionKey: k('electrolysis.description'),
  setup: wetSetup('Electrolysis of water', [part('E1', 'hofmann', 0.4, 0.3, { currentA: 0.5 })], [], { hiddenMeasurements: ['h2TrueMl', 'o2TrueMl'] }),
  params: [
    { name: 'currentA', part: 'E1', prop: 'currentA' },
    { name: 'electrolyte', part: 'E1', prop: 'electrolyte' },
    { name: 'on', part: 'E1', prop: 'on' },
  ],
  measurements: [
    { name: 'h2Ml', part: 'E1', value: 'h2Ml', unit: 'mL', labelKey: m('h2Ml'), resolution: 0.1 },
    { name: 'o2Ml', part: 'E1', value: 'o2Ml', unit: 'mL', labelKey: m('o2Ml'), resolution: 0.1 },
    { name: 'ratio', part: 'E1', value: 'ratio', unit: '', labelKey: m('ratio'), digits: 4 },
    { name: 'h2TrueMl', part: 'E1', value: 'h2TrueMl', unit: 'mL', labelKey: m('h2TrueMl'), digits: 5 },
    { name: 'o2TrueMl', part: 'E1', value: 'o2TrueMl', unit: 'mL', labelKey: m('o2TrueMl'), digits: 5 },
  ],
  events: [
    { name: 'gasSeen', labelKey: k('event.gasSeen') },
    { name: 'oxygenTenMl', labelKey: k('event.oxygenTenMl') },
    { name: 'armFull', labelKey: k('event.armFull') },
  ],
  recordDefaults: { params: ['currentA'], measurements: ['h2Ml', 'o2Ml'] },
  fixedDtS: 0.05,
};
