/**
 * A concave mirror (凹面镜), spherical, facing −x of the part: focal length f = R/2.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const concaveMirror: PartDefinition = {
  kind: 'concave-mirror',
  bench: 'optics',
  labelKey: k('part.concave-mirror'),
  idPrefix: 'M',
  widthM: 0.012,
  heightM: 0.06,
  props: [
    { kind: 'number', name: 'focalLengthM', labelKey: k('prop.focalLengthM'), unit: 'm', min: 0.02, max: 0.5, step: 0.001, default: 0.1 },
    { kind: 'number', name: 'diameterM', labelKey: k('prop.diameterM'), unit: 'm', min: 0.01, max: 0.1, step: 0.001, default: 0.06 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
