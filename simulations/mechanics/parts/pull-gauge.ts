/**
 * A spring gauge (5 N, 0.1 N divisions) lying on the force board, held by its ring in the hand: where the part is,
 * is where the hand holds it; a string from its hook is tied to the band's knot. It pulls along the line from the
 * knot to the hand once string and gauge are taut (../force-composition.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const pullGauge: PartDefinition = {
  kind: 'pull-gauge',
  bench: 'mechanics',
  labelKey: k('part.pull-gauge'),
  idPrefix: 'G',
  widthM: 0.04,
  heightM: 0.04,
  props: [],
  terminals: [{ name: 'hook', xM: 0, yM: -0.016, labelKey: k('terminal.hook') }],
};
