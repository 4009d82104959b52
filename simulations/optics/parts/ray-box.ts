/**
 * A ray box (光源 with slits, 光线演示器): one or many rays across its front, parallel or spreading
 * out, in white or one colour. White light is traced as seven wavelengths, so a prism spreads it.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER, SOURCE_COLOURS } from './choices';

const k = (s: string) => `optics.${s}`;

export const rayBox: PartDefinition = {
  kind: 'ray-box',
  bench: 'optics',
  labelKey: k('part.ray-box'),
  idPrefix: 'RB',
  widthM: 0.06,
  heightM: 0.05,
  props: [
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: true },
    { kind: 'number', name: 'rayCount', labelKey: k('prop.rayCount'), unit: '', min: 1, max: 2000, step: 1, default: 5 },
    { kind: 'number', name: 'beamWidthM', labelKey: k('prop.beamWidthM'), unit: 'm', min: 0, max: 0.05, step: 0.001, default: 0.03 },
    { kind: 'number', name: 'spreadDeg', labelKey: k('prop.spreadDeg'), unit: '°', min: 0, max: 60, step: 1, default: 0 },
    { kind: 'choice', name: 'colour', labelKey: k('prop.colour'), options: SOURCE_COLOURS.map((c) => ({ value: c, labelKey: k(`colour.${c}`) })), default: 'white' },
  ],
  terminals: [],
  liveProps: ['on'],
  mountsOn: OPTICAL_HOLDER,
};
