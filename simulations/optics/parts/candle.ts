/**
 * A candle (蜡烛) standing in a holder: the flame is the object (its height is the object's height; the
 * bench's plane of rays is the flame's height, so the wax body does not block them). A second, identical
 * candle left unlit is the one placed at a plane mirror's image.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const candle: PartDefinition = {
  kind: 'candle',
  bench: 'optics',
  labelKey: k('part.candle'),
  idPrefix: 'C',
  widthM: 0.03,
  heightM: 0.03,
  props: [
    { kind: 'boolean', name: 'lit', labelKey: k('prop.lit'), default: true },
    { kind: 'number', name: 'flameHeightM', labelKey: k('prop.flameHeightM'), unit: 'm', min: 0.01, max: 0.04, step: 0.001, default: 0.025 },
  ],
  terminals: [],
  liveProps: ['lit'],
  mountsOn: OPTICAL_HOLDER,
};
