/**
 * 观察电容器的充、放电现象 (人教版 高中物理 必修第三册 第十章第4节): the DC supply, a two-way switch, a
 * resistor, the current sensor and an electrolytic capacitor, the voltmeter across the capacitor. Switch to a:
 * the capacitor charges through the resistor, the current falls from E/R to nothing and the voltage rises to E;
 * switch to b: it discharges through the resistor the other way. The live graph of the sensor's current is the
 * i–t curve; the area under it is the charge Q = C·U.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const capacitorPreset: BenchPreset = {
  id: 'circuit-capacitor',
  version: '1',
  subject: 'physics',
  titleKey: k('capacitor.title'),
  descriptionKey: k('capacitor.description'),
  setup: circuitSetup(
    'Charging and discharging a capacitor',
    [
      part('U1', 'dc-supply', 0.15, 0.12, { voltageV: 8 }),
      part('S1', 'two-way-switch', 0.4, 0.14, { position: 'b' }),
      part('R1', 'resistor', 0.62, 0.1, { resistanceOhm: 1000 }),
      part('I1', 'current-sensor', 0.82, 0.22),
      part('C1', 'capacitor', 0.62, 0.38, { capacitanceUF: 1000 }),
      part('V1', 'voltmeter', 0.85, 0.46),
    ],
    wires(['U1.+', 'S1.a'], ['S1.common', 'R1.a'], ['R1.b', 'I1.+'], ['I1.-', 'C1.+'], ['C1.-', 'U1.-'], ['S1.b', 'C1.-'], ['C1.+', 'V1.15'], ['C1.-', 'V1.-']),
  ),
  params: [
    { name: 'supplyVoltageV', part: 'U1', prop: 'voltageV' },
    { name: 'resistanceOhm', part: 'R1', prop: 'resistanceOhm', min: 100 },
    { name: 'capacitanceUF', part: 'C1', prop: 'capacitanceUF' },
    { name: 'switchPosition', part: 'S1', prop: 'position' },
  ],
  measurements: [
    { name: 'currentMA', part: 'I1', value: 'readingMA', unit: 'mA', labelKey: k('m.sensorCurrentMA') },
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
  ],
  recordDefaults: { params: ['switchPosition'], measurements: ['currentMA', 'voltageV'] },
};
