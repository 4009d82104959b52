/**
 * The slope for measuring average speed (人教版 八年级上册 第一章第4节): an 80 cm board raised at one end with a
 * scale along it in centimetres and millimetres (0 at the top), a cart (小车) let go at `startM` and the metal
 * plate (金属片) at `stopM` that it strikes with a click. `released`: the hand has let go of the cart (it rolls
 * while the experiment runs).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const SLOPE_LENGTH_M = 0.8;

export const slope: PartDefinition = {
  kind: 'slope',
  bench: 'mechanics',
  labelKey: k('part.slope'),
  idPrefix: 'S',
  widthM: 0.86,
  heightM: 0.14,
  props: [
    { kind: 'number', name: 'angleDeg', labelKey: k('prop.angleDeg'), unit: '°', min: 0.5, max: 8, step: 0.1, default: 2 },
    { kind: 'number', name: 'startM', labelKey: k('prop.startM'), unit: 'm', min: 0, max: 0.7, step: 0.001, default: 0 },
    { kind: 'number', name: 'stopM', labelKey: k('prop.stopM'), unit: 'm', min: 0.1, max: 0.8, step: 0.001, default: 0.8 },
    { kind: 'boolean', name: 'released', labelKey: k('prop.released'), default: true },
  ],
  terminals: [],
  liveProps: ['released'],
  rests: true,
};
