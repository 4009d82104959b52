/**
 * The school ammeter (电流表): three posts, "−", "0.6" and "3". Current must enter at the range post used and
 * leave at "−"; the range is chosen by which post is wired (试触: try the 3 A post first). Analog, read by
 * its pointer; optional pointer tremble (noise).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const ammeter: PartDefinition = {
  kind: 'ammeter',
  bench: 'circuits',
  labelKey: k('part.ammeter'),
  idPrefix: 'A',
  widthM: 0.11,
  heightM: 0.1,
  props: [{ kind: 'boolean', name: 'noise', labelKey: k('prop.noise'), default: false }],
  terminals: [
    { name: '-', xM: -0.035, yM: 0.04, labelKey: k('terminal.minus'), polarity: '-' },
    { name: '0.6', xM: 0, yM: 0.04, labelKey: k('terminal.range06A'), polarity: '+' },
    { name: '3', xM: 0.035, yM: 0.04, labelKey: k('terminal.range3A'), polarity: '+' },
  ],
};
