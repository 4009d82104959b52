/**
 * Something to measure the size of (B3.2): a metal tube (outer diameter, bore, depth of the bore), a metal wire
 * or a steel ball (a diameter). Held where it is put (in a caliper's jaws, in a micrometer), not resting.
 */
import type { PartDefinition } from '../../bench/part';
import { SPECIMEN_SHAPES } from '../length-gauges';

const k = (s: string) => `mechanics.${s}`;

export const specimen: PartDefinition = {
  kind: 'specimen',
  bench: 'mechanics',
  labelKey: k('part.specimen'),
  idPrefix: 'X',
  widthM: 0.03,
  heightM: 0.03,
  props: [
    { kind: 'choice', name: 'shape', labelKey: k('prop.specimenShape'), options: SPECIMEN_SHAPES.map((value) => ({ value, labelKey: k(`specimen.${value}`) })), default: 'tube' },
    { kind: 'number', name: 'outerMm', labelKey: k('prop.outerMm'), unit: 'mm', min: 0.1, max: 100, step: 0.001, default: 20 },
    { kind: 'number', name: 'innerMm', labelKey: k('prop.innerMm'), unit: 'mm', min: 0.1, max: 100, step: 0.001, default: 16 },
    { kind: 'number', name: 'depthMm', labelKey: k('prop.depthMm'), unit: 'mm', min: 0.1, max: 100, step: 0.001, default: 30 },
  ],
  terminals: [],
};
