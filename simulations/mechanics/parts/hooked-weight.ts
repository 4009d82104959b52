/** A hooked weight (钩码, 50 g): a ring on top to hang it, a hook below to hang the next one. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const hookedWeight: PartDefinition = {
  kind: 'hooked-weight',
  bench: 'mechanics',
  labelKey: k('part.hooked-weight'),
  idPrefix: 'H',
  widthM: 0.02,
  heightM: 0.036,
  props: [{ kind: 'number', name: 'massG', labelKey: k('prop.massG'), unit: 'g', min: 10, max: 200, step: 10, default: 50 }],
  terminals: [
    { name: 'ring', xM: 0, yM: -0.018, labelKey: k('terminal.ring'), hang: 'ring' },
    { name: 'hook', xM: 0, yM: 0.018, labelKey: k('terminal.hook'), hang: 'hook' },
  ],
  rests: true,
  surfaces: ['top'],
};
