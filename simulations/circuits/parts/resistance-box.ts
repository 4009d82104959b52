/** A resistance box (电阻箱): a resistance set with its dials, 0 … 9999 Ω in steps of 1 Ω. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const resistanceBox: PartDefinition = {
  kind: 'resistance-box',
  bench: 'circuits',
  labelKey: k('part.resistance-box'),
  idPrefix: 'RB',
  widthM: 0.12,
  heightM: 0.07,
  props: [{ kind: 'number', name: 'resistanceOhm', labelKey: k('prop.resistanceOhm'), unit: 'Ω', min: 0, max: 9999, step: 1, default: 10 }],
  terminals: [
    { name: 'a', xM: -0.065, yM: 0.02, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.065, yM: 0.02, labelKey: k('terminal.b') },
  ],
  liveProps: ['resistanceOhm'],
};
