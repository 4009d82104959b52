/**
 * A convex lens (凸透镜) in its holder: biconvex, spherical faces, of the focal length printed on it (the
 * effective focal length at 587.6 nm); its shape follows from the lens maker's equation for a thick lens.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const convexLens: PartDefinition = {
  kind: 'convex-lens',
  bench: 'optics',
  labelKey: k('part.convex-lens'),
  idPrefix: 'L',
  widthM: 0.012,
  heightM: 0.066,
  props: [
    { kind: 'number', name: 'focalLengthM', labelKey: k('prop.focalLengthM'), unit: 'm', min: 0.03, max: 0.5, step: 0.001, default: 0.1 },
    { kind: 'number', name: 'diameterM', labelKey: k('prop.diameterM'), unit: 'm', min: 0.01, max: 0.08, step: 0.001, default: 0.05 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.4, max: 1.9, step: 0.0001, default: 1.5163 },
    { kind: 'boolean', name: 'dispersion', labelKey: k('prop.dispersion'), default: false },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
