/**
 * A tank of water (水槽), its thin walls left out: light bends where it enters and leaves the water.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `optics.${s}`;

export const waterTank: PartDefinition = {
  kind: 'water-tank',
  bench: 'optics',
  labelKey: k('part.water-tank'),
  idPrefix: 'W',
  widthM: 0.2,
  heightM: 0.12,
  props: [
    { kind: 'number', name: 'widthM', labelKey: k('prop.tankWidthM'), unit: 'm', min: 0.05, max: 0.5, step: 0.001, default: 0.2 },
    { kind: 'number', name: 'depthM', labelKey: k('prop.tankDepthM'), unit: 'm', min: 0.03, max: 0.3, step: 0.001, default: 0.12 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.3, max: 1.6, step: 0.0001, default: 1.333 },
  ],
  terminals: [],
};
