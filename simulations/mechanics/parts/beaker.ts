/** A 250 mL beaker (烧杯, 65 g of glass) holding a liquid: things hung into it are buoyed up; things dropped in rest on its bottom. */
import type { PartDefinition } from '../../bench/part';
import { liquidOptions } from '../materials';

const k = (s: string) => `mechanics.${s}`;

export const BEAKER_INNER_RADIUS_M = 0.034;
export const BEAKER_BOTTOM_Y_M = 0.046;
export const BEAKER_GLASS_G = 65;

export const beaker: PartDefinition = {
  kind: 'beaker',
  bench: 'mechanics',
  labelKey: k('part.beaker'),
  idPrefix: 'B',
  widthM: 0.076,
  heightM: 0.1,
  props: [
    { kind: 'choice', name: 'liquid', labelKey: k('prop.liquid'), options: liquidOptions, default: 'water' },
    { kind: 'number', name: 'liquidMl', labelKey: k('prop.liquidMl'), unit: 'mL', min: 0, max: 300, step: 1, default: 200 },
  ],
  terminals: [],
  rests: true,
  surfaces: [{ name: 'inside', xM: 0, yM: BEAKER_BOTTOM_Y_M, widthM: 0.06 }],
};
