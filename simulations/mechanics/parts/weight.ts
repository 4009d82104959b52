/** A weight from the box (砝码, brass, 5–100 g), picked with the tweezers: it rests, and others stack on it. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const weight: PartDefinition = {
  kind: 'weight',
  bench: 'mechanics',
  labelKey: k('part.weight'),
  idPrefix: 'W',
  widthM: 0.026,
  heightM: 0.03,
  props: [{ kind: 'number', name: 'massG', labelKey: k('prop.massG'), unit: 'g', min: 1, max: 100, step: 1, default: 20 }],
  terminals: [],
  rests: true,
  surfaces: ['top'],
};
