/**
 * Junior chemistry 1, 氧气的实验室制取与性质 (人教版 化学 九年级上册 第二单元 课题3, 实验活动1): potassium
 * permanganate heated in a test tube clamped mouth slightly down with cotton wool at its mouth, the oxygen
 * collected over water; the jar's oxygen tested with a glowing splint. What the textbook warns about happens
 * here: collecting at the first bubbles (the tube's air) gives impure oxygen; putting the lamp out before taking
 * the tube out of the water sucks water back and cracks the hot tube; no cotton wool and the trough turns purple.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, tube, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const oxygenPreset: BenchPreset = {
  id: 'wet-oxygen',
  version: '1',
  subject: 'chemistry',
  titleKey: k('oxygen.title'),
  descriptionKey: k('oxygen.description'),
  setup: wetSetup(
    'Oxygen from potassium permanganate',
    [
      part('T1', 'test-tube', 0.22, 0.34, { kmno4G: 3, cotton: true }, 5),
      part('L1', 'alcohol-lamp', 0.16, 0.415, { lit: true }),
      part('J1', 'gas-jar', 0.56, 0.36, { collection: 'water', collecting: false }),
      part('S1', 'splint', 0.6, 0.12, { flame: 'glowing' }, 90),
    ],
    [tube('d1', 'T1', 'J1')],
  ),
  params: [
    { name: 'kmno4G', part: 'T1', prop: 'kmno4G' },
    { name: 'cotton', part: 'T1', prop: 'cotton' },
    { name: 'lampLit', part: 'L1', prop: 'lit' },
    { name: 'collection', part: 'J1', prop: 'collection' },
    { name: 'collecting', part: 'J1', prop: 'collecting' },
  ],
  measurements: [
    { name: 'tubeTempC', part: 'T1', value: 'temperatureC', unit: '°C', labelKey: m('tubeTempC'), digits: 4 },
    { name: 'o2MadeMl', part: 'T1', value: 'o2MadeMl', unit: 'mL', labelKey: m('o2MadeMl'), digits: 4 },
    { name: 'o2MadeG', part: 'T1', value: 'o2MadeG', unit: 'g', labelKey: m('o2MadeG'), digits: 4 },
    { name: 'kmno4LeftG', part: 'T1', value: 'kmno4LeftG', unit: 'g', labelKey: m('kmno4LeftG'), digits: 4 },
    { name: 'jarGasMl', part: 'J1', value: 'gasMl', unit: 'mL', labelKey: m('jarGasMl'), digits: 4 },
    { name: 'jarO2Percent', part: 'J1', value: 'o2Percent', unit: '%', labelKey: m('jarO2Percent'), digits: 4 },
    { name: 'splint', part: 'S1', value: 'burning', unit: '', labelKey: m('splint'), resolution: 1 },
  ],
  events: [
    { name: 'bubbles', labelKey: k('event.bubbles') },
    { name: 'steadyBubbles', labelKey: k('event.steadyBubbles') },
    { name: 'jarFull', labelKey: k('event.jarFull') },
    { name: 'splintRelights', labelKey: k('event.splintRelights') },
    { name: 'suckBack', labelKey: k('event.suckBack') },
  ],
  recordDefaults: { params: ['kmno4G'], measurements: ['o2MadeMl', 'o2MadeG', 'kmno4LeftG', 'jarGasMl', 'jarO2Percent', 'splint'] },
  fixedDtS: 0.05,
};
