/**
 * A semicircular glass block (半圆形玻璃砖): its flat face through the part's centre O, the curved
 * face towards +x. A ray aimed at O through the curved face meets it along a radius, undeviated, so the
 * flat face alone bends it: the block for the critical angle and total internal reflection.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `optics.${s}`;

export const semicircleBlock: PartDefinition = {
  kind: 'semicircle-block',
  bench: 'optics',
  labelKey: k('part.semicircle-block'),
  idPrefix: 'G',
  widthM: 0.1,
  heightM: 0.1,
  props: [
    { kind: 'number', name: 'radiusM', labelKey: k('prop.radiusM'), unit: 'm', min: 0.02, max: 0.1, step: 0.001, default: 0.05 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.3, max: 2, step: 0.0001, default: 1.5163 },
    { kind: 'boolean', name: 'dispersion', labelKey: k('prop.dispersion'), default: false },
  ],
  terminals: [],
};
