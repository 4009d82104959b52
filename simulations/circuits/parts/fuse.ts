/** A fuse (保险丝) in its holder: melts, and stays open, when the current exceeds its rating. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const fuse: PartDefinition = {
  kind: 'fuse',
  bench: 'circuits',
  labelKey: k('part.fuse'),
  idPrefix: 'F',
  widthM: 0.08,
  heightM: 0.03,
  props: [{ kind: 'number', name: 'ratedCurrentA', labelKey: k('prop.ratedCurrentA'), unit: 'A', min: 0.1, max: 5, step: 0.1, default: 1 }],
  terminals: [
    { name: 'a', xM: -0.045, yM: 0, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.045, yM: 0, labelKey: k('terminal.b') },
  ],
};
