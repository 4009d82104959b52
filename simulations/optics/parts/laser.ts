/**
 * A laser pointer (激光笔): one narrow beam from its front end, along its length.
 */
import type { PartDefinition } from '../../bench/part';
import { LASER_COLOURS, OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const laser: PartDefinition = {
  kind: 'laser',
  bench: 'optics',
  labelKey: k('part.laser'),
  idPrefix: 'LA',
  widthM: 0.08,
  heightM: 0.015,
  props: [
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: true },
    { kind: 'choice', name: 'colour', labelKey: k('prop.colour'), options: LASER_COLOURS.map((c) => ({ value: c, labelKey: k(`colour.${c}`) })), default: 'red' },
  ],
  terminals: [],
  liveProps: ['on'],
  mountsOn: OPTICAL_HOLDER,
};
