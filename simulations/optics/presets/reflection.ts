/**
 * 4.2.6 探究光的反射定律 (人教版 八年级上册 第四章第2节 光的反射): the demonstrator with the mirror flat, the
 * card upright on it, the laser on the card's rim aimed at O. Move the laser round the rim (three angles),
 * read the reflected ray on the scale; fold the other half back; send the light back along the reflected ray.
 */
import type { BenchPreset } from '../../bench/preset';
import { opticsSetup, part } from './layout';

const k = (s: string) => `optics.preset.${s}`;

export const reflectionPreset: BenchPreset = {
  id: 'optics-reflection',
  version: '1',
  subject: 'physics',
  titleKey: k('reflection.title'),
  descriptionKey: k('reflection.description'),
  setup: opticsSetup('The law of reflection', [part('D1', 'reflection-disc', 0.25, 0.15, { laserAngleDeg: -30 })], { hiddenMeasurements: ['trueReflectionDeg'] }),
  params: [
    { name: 'laserAngleDeg', part: 'D1', prop: 'laserAngleDeg' },
    { name: 'folded', part: 'D1', prop: 'folded' },
  ],
  measurements: [
    { name: 'incidenceDeg', part: 'D1', value: 'incidenceDeg', unit: '°', labelKey: k('m.incidenceDeg'), resolution: 1 },
    { name: 'reflectionDeg', part: 'D1', value: 'reflectionDeg', unit: '°', labelKey: k('m.reflectionDeg'), resolution: 1 },
    { name: 'reflectedOnCard', part: 'D1', value: 'reflectedOnCard', unit: '', labelKey: k('m.reflectedOnCard'), resolution: 1 },
    { name: 'trueReflectionDeg', part: 'D1', value: 'trueReflectionDeg', unit: '°', labelKey: k('m.trueReflectionDeg'), digits: 6 },
  ],
  recordDefaults: { params: [], measurements: ['incidenceDeg', 'reflectionDeg'] },
};
