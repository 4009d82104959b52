/**
 * The optical bench (光具座): a 1 m rail with a scale in centimetres and millimetres (0 at its left end).
 * Lenses, candles, screens and slits on holders snap onto it and slide along it; a holder's pointer reads its
 * position on the scale.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const opticalRail: PartDefinition = {
  kind: 'optical-rail',
  bench: 'optics',
  labelKey: k('part.optical-rail'),
  idPrefix: 'OB',
  widthM: 1.04,
  heightM: 0.05,
  props: [],
  terminals: [],
  track: { x0M: -0.5, y0M: 0, x1M: 0.5, y1M: 0, holds: OPTICAL_HOLDER },
};
