/**
 * The digital timer (数字计时器) the light gates on the cart's board are plugged into: it shows each gate's
 * blocking time Δt to 0.1 ms (first gate the cart reaches, then the second) and the time from the first gate to
 * the second. Counting: ../light-gates.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const digitalTimer: PartDefinition = {
  kind: 'digital-timer',
  bench: 'mechanics',
  labelKey: k('part.digital-timer'),
  idPrefix: 'DT',
  widthM: 0.12,
  heightM: 0.05,
  props: [],
  terminals: [],
  rests: true,
};
