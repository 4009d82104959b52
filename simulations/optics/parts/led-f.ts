/**
 * An "F"-shaped LED object (F形LED光源): a bright, steady object whose image shows both upside-down
 * and left-right turning at a glance (a candle's flame is the same both ways round).
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const ledF: PartDefinition = {
  kind: 'led-f',
  bench: 'optics',
  labelKey: k('part.led-f'),
  idPrefix: 'F',
  widthM: 0.02,
  heightM: 0.05,
  props: [
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: true },
    { kind: 'number', name: 'heightM', labelKey: k('prop.objectHeightM'), unit: 'm', min: 0.01, max: 0.05, step: 0.001, default: 0.03 },
  ],
  terminals: [],
  liveProps: ['on'],
  mountsOn: OPTICAL_HOLDER,
};
