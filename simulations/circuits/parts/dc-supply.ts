/** The school DC supply (学生电源), set to a voltage; a small internal resistance as real supplies have. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const dcSupply: PartDefinition = {
  kind: 'dc-supply',
  bench: 'circuits',
  labelKey: k('part.dc-supply'),
  idPrefix: 'U',
  widthM: 0.12,
  heightM: 0.08,
  props: [
    { kind: 'number', name: 'voltageV', labelKey: k('prop.voltageV'), unit: 'V', min: 0, max: 12, step: 0.5, default: 3 },
    { kind: 'number', name: 'internalResistanceOhm', labelKey: k('prop.internalResistanceOhm'), unit: 'Ω', min: 0, max: 2, step: 0.05, default: 0.1 },
  ],
  terminals: [
    { name: '+', xM: 0.03, yM: 0.045, labelKey: k('terminal.plus'), polarity: '+' },
    { name: '-', xM: -0.03, yM: 0.045, labelKey: k('terminal.minus'), polarity: '-' },
  ],
  liveProps: ['voltageV'],
};
