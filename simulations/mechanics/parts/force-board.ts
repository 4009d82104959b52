/**
 * The board for composing forces (B1.3), seen from above: paper pinned on a board, a rubber band pinned at A with a
 * small ring (the knot) at its free end, and the mark O where the knot is to be brought, 20 cm from A. Strings are
 * tied from the knot (the `knot` post, at O) to the hooks of spring gauges held in the hands (pull-gauge).
 * Statics: ../force-composition.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** The pin A and the mark O, metres from the board's centre (seen from above, y toward the student). */
export const BOARD_PIN = { x: -0.28, y: 0 };
export const BOARD_MARK_O = { x: -0.08, y: 0 };

export const forceBoard: PartDefinition = {
  kind: 'force-board',
  bench: 'mechanics',
  labelKey: k('part.force-board'),
  idPrefix: 'FB',
  widthM: 0.7,
  heightM: 0.44,
  props: [],
  terminals: [{ name: 'knot', xM: BOARD_MARK_O.x, yM: BOARD_MARK_O.y, labelKey: k('terminal.knot') }],
};
