/**
 * A concave lens (凹透镜) in its holder: biconcave; its focal length is given as a size (the focus is
 * virtual, on the side the light comes from).
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const concaveLens: PartDefinition = {
  kind: 'concave-lens',
  bench: 'optics',
  labelKey: k('part.concave-lens'),
  idPrefix: 'L',
  widthM: 0.012,
  heightM: 0.066,
  props: [
    { kind: 'number', name: 'focalLengthM', labelKey: k('prop.focalLengthMagnitudeM'), unit: 'm', min: 0.03, max: 0.5, step: 0.001, default: 0.1 },
    { kind: 'number', name: 'diameterM', labelKey: k('prop.diameterM'), unit: 'm', min: 0.01, max: 0.08, step: 0.001, default: 0.05 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.4, max: 1.9, step: 0.0001, default: 1.5163 },
    { kind: 'boolean', name: 'dispersion', labelKey: k('prop.dispersion'), default: false },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
