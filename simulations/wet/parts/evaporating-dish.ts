/**
 * An evaporating dish (蒸发皿, porcelain, 60 mL), heated directly over a lamp (it needs no gauze): its bottom at
 * local y +0.015 m. What is in it boils down; salt crystallises as the water goes (../salt-purification.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const DISH_ML = 60;
export const DISH_BOTTOM_Y_M = 0.015;

export const evaporatingDish: PartDefinition = {
  kind: 'evaporating-dish',
  bench: 'wet',
  labelKey: k('part.evaporating-dish'),
  idPrefix: 'D',
  widthM: 0.08,
  heightM: 0.03,
  props: [],
  terminals: [],
};
