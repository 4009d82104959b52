/**
 * A convex mirror (凸面镜), spherical, facing −x of the part: its focus is virtual, |f| = R/2 behind it.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const convexMirror: PartDefinition = {
  kind: 'convex-mirror',
  bench: 'optics',
  labelKey: k('part.convex-mirror'),
  idPrefix: 'M',
  widthM: 0.012,
  heightM: 0.06,
  props: [
    { kind: 'number', name: 'focalLengthM', labelKey: k('prop.focalLengthMagnitudeM'), unit: 'm', min: 0.02, max: 0.5, step: 0.001, default: 0.1 },
    { kind: 'number', name: 'diameterM', labelKey: k('prop.diameterM'), unit: 'm', min: 0.01, max: 0.1, step: 0.001, default: 0.06 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
