/**
 * A ruler (刻度尺, 1 mm divisions) held flat against whatever lies under it: its scale reads the object's two
 * edges, each with an estimated tenth of a millimetre; the eye square to the mark, or off to one side (parallax).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** The zero mark, metres from the ruler's left end (rulers have a margin before zero). */
export const RULER_ZERO_INSET_M = 0.005;

export const ruler: PartDefinition = {
  kind: 'ruler',
  bench: 'mechanics',
  labelKey: k('part.ruler'),
  idPrefix: 'R',
  widthM: 0.31,
  heightM: 0.02,
  props: [
    { kind: 'choice', name: 'eye', labelKey: k('prop.eye'), options: ['square', 'left', 'right'].map((value) => ({ value, labelKey: k(`rulerEye.${value}`) })), default: 'square' },
  ],
  terminals: [],
  liveProps: ['eye'],
};
