/**
 * The school's low-voltage supply (学生电源) with both outputs: DC (posts + and −) and AC (two posts marked ~),
 * 2 … 12 V in steps of 2 V on its selector, and a power switch. The AC output is the mains' 50 Hz sine with the
 * RMS value the selector shows (peak √2 times it). The DC output is smoothed (no ripple modelled). A supply of this
 * kind has about 0.3 Ω behind each output.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const STUDENT_SUPPLY = { internalResistanceOhm: 0.3, frequencyHz: 50 } as const;

export const studentSupply: PartDefinition = {
  kind: 'student-supply',
  bench: 'circuits',
  labelKey: k('part.student-supply'),
  idPrefix: 'U',
  widthM: 0.16,
  heightM: 0.09,
  props: [
    { kind: 'boolean', name: 'on', labelKey: k('prop.powerOn'), default: false },
    { kind: 'number', name: 'voltageV', labelKey: k('prop.selectorV'), unit: 'V', min: 2, max: 12, step: 2, default: 6 },
  ],
  terminals: [
    { name: 'dc-', xM: -0.065, yM: 0.03, labelKey: k('terminal.dcMinus'), polarity: '-' },
    { name: 'dc+', xM: -0.035, yM: 0.03, labelKey: k('terminal.dcPlus'), polarity: '+' },
    { name: 'ac1', xM: 0.035, yM: 0.03, labelKey: k('terminal.ac1') },
    { name: 'ac2', xM: 0.065, yM: 0.03, labelKey: k('terminal.ac2') },
  ],
  liveProps: ['on', 'voltageV'],
};
