/**
 * A 5 mL measuring cylinder (量筒, divided in 0.1 mL) for counting the drops of the oleic acid solution: a dropper
 * whose tip is over its mouth lets its drops into it; it is read to the division, and the drops counted so far over
 * that reading give the drops per millilitre (../engine/film-step.ts). Counted over too few drops, the reading's
 * half division is a large share of it and the drop's volume comes out wrong.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const SMALL_CYLINDER_ML = 5;
export const SMALL_CYLINDER_DIVISION_ML = 0.1;
/** Its mouth above the centre, m (the cylinder is drawn 12 cm tall). */
export const SMALL_CYLINDER_MOUTH_Y_M = -0.06;

export const smallCylinder: PartDefinition = {
  kind: 'small-cylinder',
  bench: 'wet',
  labelKey: k('part.small-cylinder'),
  idPrefix: 'Q',
  widthM: 0.016,
  heightM: 0.12,
  props: [],
  terminals: [],
};
