/**
 * 4.2.12 探究电流与电压、电阻的关系 (人教版 九年级 第十七章第1节): the DC supply, a switch, the rheostat,
 * a fixed resistor and the ammeter in series, the voltmeter across the resistor. Keep R, move the slider:
 * I ∝ U. Change R (5, 10, 15, 20 Ω) and bring U back with the slider: I ∝ 1/R.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const ohmsLawPreset: BenchPreset = {
  id: 'circuit-ohms-law',
  version: '1',
  subject: 'physics',
  titleKey: k('ohmsLaw.title'),
  descriptionKey: k('ohmsLaw.description'),
  setup: circuitSetup(
    'Current, voltage and resistance',
    [
      part('U1', 'dc-supply', 0.15, 0.12, { voltageV: 3 }),
      part('S1', 'switch', 0.42, 0.1, { closed: true }),
      part('RP1', 'rheostat', 0.75, 0.12, { resistanceOhm: 20, sliderFraction: 0.5 }),
      part('R1', 'resistor', 0.75, 0.32, { resistanceOhm: 5 }),
      part('A1', 'ammeter', 0.42, 0.42),
      part('V1', 'voltmeter', 0.8, 0.5),
    ],
    wires(['U1.+', 'S1.a'], ['S1.b', 'RP1.c'], ['RP1.a', 'R1.a'], ['R1.b', 'A1.0.6'], ['A1.-', 'U1.-'], ['R1.a', 'V1.3'], ['R1.b', 'V1.-']),
  ),
  params: [
    { name: 'supplyVoltageV', part: 'U1', prop: 'voltageV' },
    { name: 'resistanceOhm', part: 'R1', prop: 'resistanceOhm', min: 1, max: 100 },
    { name: 'sliderFraction', part: 'RP1', prop: 'sliderFraction' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
  ],
  recordDefaults: { params: ['resistanceOhm'], measurements: ['voltageV', 'currentA'] },
};
