/**
 * A straight copper rod (导体 AB) hung on its leads so it can be moved through a magnet's gap: dragged or
 * moved with the arrow keys across the table, and raised or lowered (`level`, T steps it) along the gap's
 * vertical field lines. Its ends a and b are posts for the leads to the galvanometer.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/** How high the rod hangs in the gap (metres above the gap's middle) at each level. */
export const ROD_LEVEL_M: Record<string, number> = { middle: 0, up: 0.006, down: -0.006 };
/** Copper rod and its leads, Ω. */
export const ROD_RESISTANCE_OHM = 0.05;

export const conductorRod: PartDefinition = {
  kind: 'conductor-rod',
  bench: 'circuits',
  labelKey: k('part.conductor-rod'),
  idPrefix: 'AB',
  widthM: 0.12,
  heightM: 0.02,
  props: [
    {
      kind: 'choice',
      name: 'level',
      labelKey: k('prop.level'),
      options: [
        { value: 'middle', labelKey: k('level.middle') },
        { value: 'up', labelKey: k('level.up') },
        { value: 'down', labelKey: k('level.down') },
      ],
      default: 'middle',
    },
  ],
  terminals: [
    { name: 'a', xM: -0.055, yM: 0, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.055, yM: 0, labelKey: k('terminal.b') },
  ],
  liveProps: ['level'],
};
