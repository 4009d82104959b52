/** A rectifier diode (晶体二极管, 1N4007): conducts from anode (+) to cathode (−, the end with the band) only. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const diode: PartDefinition = {
  kind: 'diode',
  bench: 'circuits',
  labelKey: k('part.diode'),
  idPrefix: 'D',
  widthM: 0.07,
  heightM: 0.03,
  props: [],
  terminals: [
    { name: '+', xM: -0.03, yM: 0, labelKey: k('terminal.diodeAnode'), polarity: '+' },
    { name: '-', xM: 0.03, yM: 0, labelKey: k('terminal.diodeCathode'), polarity: '-' },
  ],
};
