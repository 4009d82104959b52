/**
 * 4.1.7 用电流表测量电流 (人教版 九年级 第十五章第4节 "电流的测量"): a battery pack, a switch, a bulb and the
 * ammeter in series, current entering at the 0.6 A post. The reading is the bulb's current.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const ammeterPreset: BenchPreset = {
  id: 'circuit-ammeter',
  version: '1',
  subject: 'physics',
  titleKey: k('ammeter.title'),
  descriptionKey: k('ammeter.description'),
  setup: circuitSetup(
    'Measuring current with an ammeter',
    [
      part('B1', 'battery-pack', 0.2, 0.12, { cellCount: 2 }),
      part('S1', 'switch', 0.5, 0.12, { closed: true }),
      part('L1', 'bulb', 0.8, 0.3),
      part('A1', 'ammeter', 0.5, 0.45),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'L1.a'], ['L1.b', 'A1.0.6'], ['A1.-', 'B1.-']),
  ),
  params: [
    { name: 'cellCount', part: 'B1', prop: 'cellCount' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
    { name: 'bulbCurrentA', part: 'L1', value: 'currentA', unit: 'A', labelKey: k('m.bulbCurrentA') },
  ],
  recordDefaults: { params: ['cellCount'], measurements: ['currentA'] },
};
