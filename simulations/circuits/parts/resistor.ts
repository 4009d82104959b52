/** A fixed resistor (定值电阻) on its stand. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const resistor: PartDefinition = {
  kind: 'resistor',
  bench: 'circuits',
  labelKey: k('part.resistor'),
  idPrefix: 'R',
  widthM: 0.08,
  heightM: 0.03,
  props: [{ kind: 'number', name: 'resistanceOhm', labelKey: k('prop.resistanceOhm'), unit: 'Ω', min: 0.1, max: 1000, step: 0.1, default: 10 }],
  terminals: [
    { name: 'a', xM: -0.045, yM: 0, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.045, yM: 0, labelKey: k('terminal.b') },
  ],
};
