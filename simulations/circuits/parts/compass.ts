/**
 * A small compass needle (小磁针) on its pivot: it turns in the table's plane to point its north end (red)
 * along the field there, the Earth's when nothing else is near. It swings and settles as a real one does.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const compass: PartDefinition = {
  kind: 'compass',
  bench: 'circuits',
  labelKey: k('part.compass'),
  idPrefix: 'C',
  widthM: 0.03,
  heightM: 0.03,
  props: [],
  terminals: [],
};
