/**
 * A double slit (双缝) on a holder: two slits of width a, centres d apart (d is printed on it).
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const doubleSlit: PartDefinition = {
  kind: 'double-slit',
  bench: 'optics',
  labelKey: k('part.double-slit'),
  idPrefix: 'DS',
  widthM: 0.006,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'slitSpacingMm', labelKey: k('prop.slitSpacingMm'), unit: 'mm', min: 0.05, max: 1, step: 0.01, default: 0.2 },
    { kind: 'number', name: 'slitWidthMm', labelKey: k('prop.slitWidthMm'), unit: 'mm', min: 0.01, max: 0.2, step: 0.01, default: 0.05 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
