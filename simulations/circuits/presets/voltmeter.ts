/**
 * 4.1.8 用电压表测量电压 (人教版 九年级 第十六章第1节 "电压"): the voltmeter across the bulb, + to the
 * side nearer the battery's +, on its 3 V posts.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const voltmeterPreset: BenchPreset = {
  id: 'circuit-voltmeter',
  version: '1',
  subject: 'physics',
  titleKey: k('voltmeter.title'),
  descriptionKey: k('voltmeter.description'),
  setup: circuitSetup(
    'Measuring voltage with a voltmeter',
    [
      part('B1', 'battery-pack', 0.2, 0.12, { cellCount: 2 }),
      part('S1', 'switch', 0.5, 0.12, { closed: true }),
      part('L1', 'bulb', 0.75, 0.25),
      part('V1', 'voltmeter', 0.75, 0.47),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'L1.a'], ['L1.b', 'B1.-'], ['L1.a', 'V1.3'], ['L1.b', 'V1.-']),
  ),
  params: [
    { name: 'cellCount', part: 'B1', prop: 'cellCount' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
    { name: 'bulbVoltageV', part: 'L1', value: 'voltageV', unit: 'V', labelKey: k('m.bulbVoltageV') },
  ],
  recordDefaults: { params: ['cellCount'], measurements: ['voltageV'] },
};
