/**
 * A thin glass plate (玻璃板) standing upright, used as the mirror for plane-mirror images: each face
 * reflects about 4 % of the light, so the image is faint but the candle behind the glass can be seen
 * through it; a thick plate gives two images.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const glassPlate: PartDefinition = {
  kind: 'glass-plate',
  bench: 'optics',
  labelKey: k('part.glass-plate'),
  idPrefix: 'G',
  widthM: 0.004,
  heightM: 0.2,
  props: [
    { kind: 'number', name: 'thicknessM', labelKey: k('prop.thicknessM'), unit: 'm', min: 0.001, max: 0.012, step: 0.0005, default: 0.002 },
    { kind: 'number', name: 'lengthM', labelKey: k('prop.lengthM'), unit: 'm', min: 0.05, max: 0.3, step: 0.001, default: 0.2 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.3, max: 2, step: 0.0001, default: 1.5163 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
