/**
 * A 50 mL measuring cylinder (量筒, divided in 1 mL): water poured in (the true volume), and where the eye is
 * when it is read (../../bench/instruments/measuring-cylinder.ts: from above it reads high, so a student who stops
 * at the mark has measured too little water; from below, too much).
 */
import type { PartDefinition } from '../../bench/part';
import { EYE_POSITIONS } from './thermometer';

const k = (s: string) => `wet.${s}`;

export const cylinder: PartDefinition = {
  kind: 'cylinder',
  bench: 'wet',
  labelKey: k('part.cylinder'),
  idPrefix: 'C',
  widthM: 0.035,
  heightM: 0.2,
  props: [
    { kind: 'number', name: 'waterMl', labelKey: k('prop.pouredMl'), unit: 'mL', min: 0, max: 58, step: 0.1, default: 0 },
    { kind: 'choice', name: 'eye', labelKey: k('prop.eye'), options: EYE_POSITIONS.map((e) => ({ value: e, labelKey: k(`eye.${e}`) })), default: 'level' },
  ],
  terminals: [],
  liveProps: ['waterMl', 'eye'],
};
