/**
 * A coil (线圈) for induction experiments: many turns of enamelled wire on a hollow former a magnet can be
 * pushed into, ends at posts a and b. How it is wound is drawn on it (as on the solenoid: with `right`, current
 * from a to b runs down the page across the top of each turn, so its field inside points from a to b).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/** The former: 8 cm long, 5 cm across (a bar magnet slides in). */
export const COIL_LENGTH_M = 0.08;
export const COIL_RADIUS_M = 0.025;

export const coil: PartDefinition = {
  kind: 'coil',
  bench: 'circuits',
  labelKey: k('part.coil'),
  idPrefix: 'L',
  widthM: 0.12,
  heightM: 0.07,
  props: [
    { kind: 'number', name: 'turns', labelKey: k('prop.turns'), unit: '', min: 10, max: 1000, step: 10, default: 50 },
    {
      kind: 'choice',
      name: 'winding',
      labelKey: k('prop.winding'),
      options: [
        { value: 'right', labelKey: k('winding.right') },
        { value: 'left', labelKey: k('winding.left') },
      ],
      default: 'right',
    },
  ],
  terminals: [
    { name: 'a', xM: -0.055, yM: 0.03, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.055, yM: 0.03, labelKey: k('terminal.b') },
  ],
};
