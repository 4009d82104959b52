/**
 * A solid sample (a metal block or a stone) of a known material and volume, with a loop of thread on top so it
 * can hang from a gauge's hook: its mass is ρV. It rests on pans and in vessels (sinking to the bottom of a
 * cylinder, pushing the level up by its volume) and others can stand on it.
 */
import type { PartDefinition } from '../../bench/part';
import { solidOptions } from '../materials';

const k = (s: string) => `mechanics.${s}`;

export const sample: PartDefinition = {
  kind: 'sample',
  bench: 'mechanics',
  labelKey: k('part.sample'),
  idPrefix: 'M',
  widthM: 0.022,
  heightM: 0.026,
  props: [
    { kind: 'choice', name: 'material', labelKey: k('prop.material'), options: solidOptions, default: 'granite' },
    { kind: 'number', name: 'volumeCm3', labelKey: k('prop.volumeCm3'), unit: 'cm³', min: 1, max: 60, step: 1, default: 20 },
    { kind: 'choice', name: 'shape', labelKey: k('prop.shape'), options: [{ value: 'block', labelKey: k('shape.block') }, { value: 'stone', labelKey: k('shape.stone') }], default: 'stone' },
  ],
  terminals: [{ name: 'ring', xM: 0, yM: -0.02, labelKey: k('terminal.thread'), hang: 'ring' }],
  rests: true,
  surfaces: ['top'],
};
