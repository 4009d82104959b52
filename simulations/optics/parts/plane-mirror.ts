/**
 * A plane mirror (平面镜) standing upright; it reflects on its front (towards −x of the part) and its
 * painted back absorbs.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const planeMirror: PartDefinition = {
  kind: 'plane-mirror',
  bench: 'optics',
  labelKey: k('part.plane-mirror'),
  idPrefix: 'M',
  widthM: 0.006,
  heightM: 0.1,
  props: [
    { kind: 'number', name: 'lengthM', labelKey: k('prop.lengthM'), unit: 'm', min: 0.03, max: 0.3, step: 0.001, default: 0.1 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
