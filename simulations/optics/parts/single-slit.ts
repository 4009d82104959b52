/**
 * A single slit (单缝) on a holder: it makes the light that reaches the double slit come from a narrow line.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const singleSlit: PartDefinition = {
  kind: 'single-slit',
  bench: 'optics',
  labelKey: k('part.single-slit'),
  idPrefix: 'SS',
  widthM: 0.006,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'slitWidthMm', labelKey: k('prop.slitWidthMm'), unit: 'mm', min: 0.01, max: 1, step: 0.01, default: 0.1 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
