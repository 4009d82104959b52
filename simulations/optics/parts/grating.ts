/**
 * A diffraction grating (光栅) on a holder: many slits, so many lines per millimetre (slit width half the spacing).
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const grating: PartDefinition = {
  kind: 'grating',
  bench: 'optics',
  labelKey: k('part.grating'),
  idPrefix: 'GR',
  widthM: 0.006,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'linesPerMm', labelKey: k('prop.linesPerMm'), unit: '/mm', min: 10, max: 600, step: 1, default: 100 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
