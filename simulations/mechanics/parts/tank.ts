/** A tall glass tank (a big beaker) of liquid, for the pressure probe: the liquid's depth is set, its surface drawn. */
import type { PartDefinition } from '../../bench/part';
import { liquidOptions } from '../materials';

const k = (s: string) => `mechanics.${s}`;

export const TANK_BOTTOM_Y_M = 0.12;
export const TANK_INNER_HALF_WIDTH_M = 0.085;

export const tank: PartDefinition = {
  kind: 'tank',
  bench: 'mechanics',
  labelKey: k('part.tank'),
  idPrefix: 'T',
  widthM: 0.18,
  heightM: 0.25,
  props: [
    { kind: 'choice', name: 'liquid', labelKey: k('prop.liquid'), options: liquidOptions, default: 'water' },
    { kind: 'number', name: 'liquidDepthM', labelKey: k('prop.liquidDepthM'), unit: 'm', min: 0.02, max: 0.22, step: 0.001, default: 0.2 },
  ],
  terminals: [],
  rests: true,
  surfaces: [{ name: 'inside', xM: 0, yM: TANK_BOTTOM_Y_M, widthM: 0.16 }],
};
