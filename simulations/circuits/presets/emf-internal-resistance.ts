/**
 * 测量电源的电动势和内阻 (人教版 高中物理 必修第三册 第十二章第3节): an old dry cell, a switch, the ammeter (0.6 A
 * posts) and the rheostat in series, the voltmeter (3 V posts) straight across the cell after the switch (the
 * ammeter outside the voltmeter, as the textbook advises for a cell of small r). The cell's E and r are the
 * teacher's mystery: students move the slider, read U and I, and fit U = E − I·r. With this wiring the fit
 * gives E·R_V/(R_V + r) and r·R_V/(R_V + r): both a little low, the textbook's systematic error.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

const cell = { ...part('E1', 'cell', 0.15, 0.12, { emfV: 1.5, internalResistanceOhm: 1 }), mystery: ['emfV', 'internalResistanceOhm'] };

export const emfInternalResistancePreset: BenchPreset = {
  id: 'circuit-emf-internal-resistance',
  version: '1',
  subject: 'physics',
  titleKey: k('emf.title'),
  descriptionKey: k('emf.description'),
  setup: circuitSetup(
    'The EMF and internal resistance of a cell',
    [cell, part('S1', 'switch', 0.42, 0.1, { closed: true }), part('A1', 'ammeter', 0.7, 0.14), part('RP1', 'rheostat', 0.72, 0.4, { resistanceOhm: 20, sliderFraction: 0.9 }), part('V1', 'voltmeter', 0.3, 0.42)],
    wires(['E1.+', 'S1.a'], ['S1.b', 'A1.0.6'], ['A1.-', 'RP1.c'], ['RP1.a', 'E1.-'], ['S1.b', 'V1.3'], ['E1.-', 'V1.-']),
  ),
  params: [
    { name: 'sliderFraction', part: 'RP1', prop: 'sliderFraction', min: 0.05 },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
    { name: 'emfV', part: 'E1', prop: 'emfV' },
    { name: 'internalResistanceOhm', part: 'E1', prop: 'internalResistanceOhm' },
  ],
  measurements: [
    { name: 'voltageV', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeterReadingV') },
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
  ],
  recordDefaults: { params: ['sliderFraction'], measurements: ['voltageV', 'currentA'] },
};
