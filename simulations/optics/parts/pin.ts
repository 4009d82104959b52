/**
 * A pin (大头针) stuck upright in the paper for the pin method (插针法): it blocks light, and is seen
 * directly or through the glass.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `optics.${s}`;

export const pin: PartDefinition = {
  kind: 'pin',
  bench: 'optics',
  labelKey: k('part.pin'),
  idPrefix: 'P',
  widthM: 0.006,
  heightM: 0.006,
  props: [],
  terminals: [],
};
