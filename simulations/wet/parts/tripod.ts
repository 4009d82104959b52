/** A tripod (三脚架) with or without a gauze (陶土网) on it: a beaker on it is heated by a lamp under it. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const tripod: PartDefinition = {
  kind: 'tripod',
  bench: 'wet',
  labelKey: k('part.tripod'),
  idPrefix: 'P',
  widthM: 0.12,
  heightM: 0.1,
  props: [{ kind: 'boolean', name: 'gauze', labelKey: k('prop.gauze'), default: true }],
  terminals: [],
};
