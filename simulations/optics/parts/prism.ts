/**
 * A triangular prism (三棱镜), apex towards −y of the part. Dense flint by default, so white light spreads
 * into a spectrum.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `optics.${s}`;

export const prism: PartDefinition = {
  kind: 'prism',
  bench: 'optics',
  labelKey: k('part.prism'),
  idPrefix: 'G',
  widthM: 0.06,
  heightM: 0.06,
  props: [
    { kind: 'number', name: 'apexDeg', labelKey: k('prop.apexDeg'), unit: '°', min: 20, max: 90, step: 1, default: 60 },
    { kind: 'number', name: 'sideM', labelKey: k('prop.sideM'), unit: 'm', min: 0.02, max: 0.1, step: 0.001, default: 0.05 },
    { kind: 'number', name: 'refractiveIndex', labelKey: k('prop.refractiveIndex'), unit: '', min: 1.3, max: 2, step: 0.0001, default: 1.6725 },
    { kind: 'boolean', name: 'dispersion', labelKey: k('prop.dispersion'), default: true },
  ],
  terminals: [],
};
