/**
 * A measuring cylinder (量筒, 10/50/100/250 mL) holding a liquid: read at the bottom of the meniscus, with the
 * eye level with it, above it or below it (bench/instruments/measuring-cylinder.ts). Solids dropped in rest on
 * its inside bottom and raise the level by their volume.
 */
import type { PartDefinition } from '../../bench/part';
import { CYLINDERS } from '../../bench/instruments/measuring-cylinder';
import { liquidOptions } from '../materials';

const k = (s: string) => `mechanics.${s}`;

/** The inside bottom, metres below the part's centre (the marks count from there). */
export const CYLINDER_BOTTOM_Y_M = 0.125;
/** Mass of the empty glass by capacity, grams. */
export const CYLINDER_GLASS_G: Record<string, number> = { '10': 25, '50': 60, '100': 85, '250': 150 };

export const measuringCylinder: PartDefinition = {
  kind: 'measuring-cylinder',
  bench: 'mechanics',
  labelKey: k('part.measuring-cylinder'),
  idPrefix: 'MC',
  widthM: 0.05,
  heightM: 0.27,
  props: [
    { kind: 'choice', name: 'capacityMl', labelKey: k('prop.capacityMl'), options: Object.keys(CYLINDERS).map((value) => ({ value, labelKey: k(`capacity.${value}`) })), default: '100' },
    { kind: 'choice', name: 'liquid', labelKey: k('prop.liquid'), options: liquidOptions, default: 'water' },
    { kind: 'number', name: 'liquidMl', labelKey: k('prop.liquidMl'), unit: 'mL', min: 0, max: 285, step: 1, default: 50 },
    {
      kind: 'choice',
      name: 'eye',
      labelKey: k('prop.eye'),
      options: [
        { value: 'level', labelKey: k('eye.level') },
        { value: 'above', labelKey: k('eye.above') },
        { value: 'below', labelKey: k('eye.below') },
      ],
      default: 'level',
    },
  ],
  terminals: [],
  liveProps: ['eye'],
  rests: true,
  surfaces: [{ name: 'inside', xM: 0, yM: CYLINDER_BOTTOM_Y_M, widthM: 0.02 }],
};
