/** A light-emitting diode (发光二极管): conducts from anode (+, the longer leg) to cathode only. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const led: PartDefinition = {
  kind: 'led',
  bench: 'circuits',
  labelKey: k('part.led'),
  idPrefix: 'D',
  widthM: 0.05,
  heightM: 0.05,
  props: [
    {
      kind: 'choice',
      name: 'colour',
      labelKey: k('prop.colour'),
      options: [
        { value: 'red', labelKey: k('colour.red') },
        { value: 'green', labelKey: k('colour.green') },
      ],
      default: 'red',
    },
  ],
  terminals: [
    { name: '+', xM: -0.03, yM: 0.015, labelKey: k('terminal.anode'), polarity: '+' },
    { name: '-', xM: 0.03, yM: 0.015, labelKey: k('terminal.cathode'), polarity: '-' },
  ],
};
