/**
 * The light source of the double-slit apparatus (光源 with a filter, 滤光片): a lamp whose filament
 * (3 mm wide) lights what follows; a filter passes one colour. Without a single slit in front, the filament
 * is too wide for fringes to show.
 */
import type { PartDefinition } from '../../bench/part';
import { LAMP_FILTERS, OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const lamp: PartDefinition = {
  kind: 'lamp',
  bench: 'optics',
  labelKey: k('part.lamp'),
  idPrefix: 'LS',
  widthM: 0.05,
  heightM: 0.06,
  props: [
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: true },
    { kind: 'choice', name: 'filter', labelKey: k('prop.filter'), options: LAMP_FILTERS.map((c) => ({ value: c, labelKey: k(`filter.${c}`) })), default: 'red' },
  ],
  terminals: [],
  liveProps: ['on'],
  mountsOn: OPTICAL_HOLDER,
};
