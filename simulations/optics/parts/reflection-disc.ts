/**
 * The law-of-reflection demonstrator (光的反射定律演示器): a plane mirror lying flat with a white card
 * standing on it, a protractor scale in degrees on the card around the point O, the normal ON drawn on it, and
 * a laser clipped to the card's rim aimed at O. The card's right half folds back along ON. Drawn as the card
 * is seen, face on.
 */
import type { PartDefinition } from '../../bench/part';
import { LASER_COLOURS } from './choices';

const k = (s: string) => `optics.${s}`;

export const reflectionDisc: PartDefinition = {
  kind: 'reflection-disc',
  bench: 'optics',
  labelKey: k('part.reflection-disc'),
  idPrefix: 'D',
  widthM: 0.26,
  heightM: 0.15,
  props: [
    { kind: 'number', name: 'laserAngleDeg', labelKey: k('prop.laserAngleDeg'), unit: '°', min: -85, max: 85, step: 0.5, default: -30 },
    { kind: 'boolean', name: 'folded', labelKey: k('prop.folded'), default: false },
    { kind: 'choice', name: 'colour', labelKey: k('prop.colour'), options: LASER_COLOURS.map((c) => ({ value: c, labelKey: k(`colour.${c}`) })), default: 'red' },
  ],
  terminals: [],
  liveProps: ['laserAngleDeg', 'folded'],
};
