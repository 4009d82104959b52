/**
 * 练习使用多用电表 (人教版 高中物理 必修第三册 第十一章第5节): the multimeter with its probes on a loose resistor
 * of unknown value (the teacher's mystery) and its selector on Ω ×10; a loose diode; and a live circuit (a
 * battery pack, a switch and a 100 Ω resistor) for the DC voltage and current ranges. Students zero the Ω scale
 * with the probes shorted, read the resistor (scale × multiplier), find the diode's polarity from its forward
 * and reverse resistance (the black probe is the meter cell's +), then measure U and I in the live circuit, and
 * are warned when they measure resistance in it. The recorder takes the pointer's deflection (a share of full
 * scale: × the DC range gives volts or milliamps) and the Ω reading; the engine also answers `readingV` and
 * `readingMA` on those ranges.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

const unknown = { ...part('RX1', 'resistor', 0.3, 0.44, { resistanceOhm: 220 }), mystery: ['resistanceOhm'] };

export const multimeterPreset: BenchPreset = {
  id: 'circuit-multimeter',
  version: '1',
  subject: 'physics',
  titleKey: k('multimeter.title'),
  descriptionKey: k('multimeter.description'),
  setup: circuitSetup(
    'Using a multimeter',
    [
      part('B1', 'battery-pack', 0.14, 0.12, { cellCount: 2 }),
      part('S1', 'switch', 0.4, 0.08, { closed: false }),
      part('R1', 'resistor', 0.66, 0.12, { resistanceOhm: 100 }),
      unknown,
      part('D1', 'diode', 0.78, 0.44),
      part('MM1', 'multimeter', 0.54, 0.4, { mode: 'ohm10' }),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'R1.a'], ['R1.b', 'B1.-'], ['MM1.+', 'RX1.b'], ['MM1.-', 'RX1.a']),
  ),
  params: [
    { name: 'mode', part: 'MM1', prop: 'mode' },
    { name: 'ohmZeroKnob', part: 'MM1', prop: 'ohmZeroKnob' },
    { name: 'unknownOhm', part: 'RX1', prop: 'resistanceOhm' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'pointerFraction', part: 'MM1', value: 'pointerFraction', unit: '', labelKey: k('m.pointerFraction'), digits: 4 },
    { name: 'readingOhm', part: 'MM1', value: 'readingOhm', unit: 'Ω', labelKey: k('m.multimeterOhm') },
  ],
  recordDefaults: { params: ['mode'], measurements: ['pointerFraction', 'readingOhm'] },
};
