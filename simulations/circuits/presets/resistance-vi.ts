/**
 * 4.1.9 用电流表和电压表测量电阻 (伏安法, 人教版 九年级 第十七章第3节 "电阻的测量"): battery, switch,
 * rheostat (one post up, one down; slider at the largest resistance before closing), the resistor and
 * the ammeter in series, the voltmeter across the resistor. R = U / I, averaged over slider positions.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const resistanceViPreset: BenchPreset = {
  id: 'circuit-resistance-vi',
  version: '1',
  subject: 'physics',
  titleKey: k('resistanceVi.title'),
  descriptionKey: k('resistanceVi.description'),
  setup: circuitSetup(
    'Measuring a resistance with an ammeter and a voltmeter',
    [
      part('B1', 'battery-pack', 0.15, 0.1, { cellCount: 2 }),
      part('S1', 'switch', 0.42, 0.1, { closed: true }),
      part('RP1', 'rheostat', 0.75, 0.12, { resistanceOhm: 20, sliderFraction: 1 }),
      part('R1', 'resistor', 0.75, 0.32, { resistanceOhm: 10 }),
      part('A1', 'ammeter', 0.42, 0.42),
      part('V1', 'voltmeter', 0.8, 0.5),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'RP1.c'], ['RP1.a', 'R1.a'], ['R1.b', 'A1.0.6'], ['A1.-', 'B1.-'], ['R1.a', 'V1.3'], ['R1.b', 'V1.-']),
  ),
  params: [
    { name: 'resistanceOhm', part: 'R1', prop: 'resistanceOhm', min: 1, max: 100 },
    { name: 'sliderFraction', part: 'RP1', prop: 'sliderFraction' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
  ],
  recordDefaults: { params: ['sliderFraction'], measurements: ['voltageV', 'currentA'] },
};
