/**
 * A volumetric flask (容量瓶, 100 mL or 250 mL, one mark on the neck, calibrated to contain at 20 °C), for making a
 * solution of a given amount concentration (人教版 化学 必修第一册 第二章 实验活动1). What the student does with it,
 * in order: pour the beaker's solution in down the glass rod (`transferred`), rinse the beaker and rod and pour the
 * rinsings in (`rinses`, each with about 10 mL of water), then make up to the mark (`madeUp`: water to 1–2 cm below
 * it, then drop by drop until the bottom of the meniscus touches the mark) with the eye where `eye` says
 * (../molar-solution.ts).
 */
import type { PartDefinition } from '../../bench/part';
import { EYE_POSITIONS } from './thermometer';

const k = (s: string) => `wet.${s}`;

export const VOLUMETRIC_SIZES = ['100', '250'] as const;

export const volumetricFlask: PartDefinition = {
  kind: 'volumetric-flask',
  bench: 'wet',
  labelKey: k('part.volumetric-flask'),
  idPrefix: 'V',
  widthM: 0.07,
  heightM: 0.18,
  props: [
    { kind: 'choice', name: 'sizeMl', labelKey: k('prop.sizeMl'), options: VOLUMETRIC_SIZES.map((s) => ({ value: s, labelKey: k(`volumetric.${s}`) })), default: '100' },
    { kind: 'boolean', name: 'transferred', labelKey: k('prop.transferred'), default: false },
    { kind: 'number', name: 'rinses', labelKey: k('prop.rinses'), unit: '', min: 0, max: 3, step: 1, default: 0 },
    { kind: 'boolean', name: 'madeUp', labelKey: k('prop.madeUp'), default: false },
    { kind: 'choice', name: 'eye', labelKey: k('prop.eye'), options: EYE_POSITIONS.map((e) => ({ value: e, labelKey: k(`markEye.${e}`) })), default: 'level' },
  ],
  terminals: [],
  liveProps: ['transferred', 'rinses', 'madeUp', 'eye'],
};
