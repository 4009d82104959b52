/**
 * The measuring head (测量头) at the end of the double-slit apparatus: a frosted screen and an eyepiece with
 * a cross-hair that a handwheel moves across the fringes; the handwheel's drum is read like a micrometer
 * (0.01 mm a division, read to 0.001 mm).
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const eyepiece: PartDefinition = {
  kind: 'eyepiece',
  bench: 'optics',
  labelKey: k('part.eyepiece'),
  idPrefix: 'MH',
  widthM: 0.04,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'handwheelMm', labelKey: k('prop.handwheelMm'), unit: 'mm', min: 0, max: 15, step: 0.001, default: 7.6 },
  ],
  terminals: [],
  liveProps: ['handwheelMm'],
  mountsOn: OPTICAL_HOLDER,
};
