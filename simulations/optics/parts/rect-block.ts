/**
 * A rectangular glass block (长方形玻璃砖): thickness along the part's x axis, length along y.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `optics.${s}`;

export const rectBlock: PartDefinition = {
  kind: 'rect-block',
  bench: 'optics',
  labelKey: k('part.rect-block'),
  idPrefix: 'G',
  widthM: 0.05,
  heightM: 0.1,
  props: [
    { kind: 'number', name: 'thicknessM', labelKey: k('prop.blockThicknessM'), unit: 'm', min: 0.01, max: 0.15, step: 0.001, default: 0.05 },
    { kind: 'number', name: 'lengthM', labelKey: k('prop.lengthM'), unit: 'm', min: 0.02, max: 0.2, step: 0.001, default: 0.1 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.3, max: 2, step: 0.0001, default: 1.5163 },
    { kind: 'boolean', name: 'dispersion', labelKey: k('prop.dispersion'), default: false },
  ],
  terminals: [],
};
