/**
 * 导体电阻率的测量 (人教版 高中物理 必修第三册 第十一章第3节): a resistance wire of unknown material and
 * diameter on its board, with a battery pack, a switch, the rheostat and the ammeter (0.6 A) in series, the
 * voltmeter (3 V) across the wire (ammeter outside it: the wire's few ohms are far below the voltmeter's).
 * Students measure the diameter with the micrometer, the length in the circuit on the board's rule, U and I at a
 * few slider places, and work out ρ = R·πd²/(4L); the material is the one whose ρ the table gives.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

const wire = { ...part('RX1', 'resistance-wire', 0.5, 0.3, { material: 'nichrome', diameterMm: 0.4, lengthM: 0.5 }), mystery: ['material', 'diameterMm'] };

export const resistivityPreset: BenchPreset = {
  id: 'circuit-resistivity',
  version: '1',
  subject: 'physics',
  titleKey: k('resistivity.title'),
  descriptionKey: k('resistivity.description'),
  setup: circuitSetup(
    'Measuring the resistivity of a wire',
    [
      part('B1', 'battery-pack', 0.15, 0.1, { cellCount: 2 }),
      part('S1', 'switch', 0.42, 0.08, { closed: true }),
      part('RP1', 'rheostat', 0.75, 0.12, { resistanceOhm: 20, sliderFraction: 0.6 }),
      wire,
      part('A1', 'ammeter', 0.3, 0.48),
      part('V1', 'voltmeter', 0.72, 0.48),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'RP1.c'], ['RP1.a', 'A1.0.6'], ['A1.-', 'RX1.b'], ['RX1.a', 'B1.-'], ['RX1.b', 'V1.3'], ['RX1.a', 'V1.-']),
  ),
  params: [
    { name: 'sliderFraction', part: 'RP1', prop: 'sliderFraction', min: 0.05 },
    { name: 'wireLengthM', part: 'RX1', prop: 'lengthM' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
    { name: 'material', part: 'RX1', prop: 'material' },
    { name: 'diameterMm', part: 'RX1', prop: 'diameterMm' },
  ],
  measurements: [
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
  ],
  recordDefaults: { params: ['wireLengthM', 'sliderFraction'], measurements: ['voltageV', 'currentA'] },
};
