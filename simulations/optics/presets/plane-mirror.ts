/**
 * 4.2.7 探究平面镜成像的特点 (人教版 八年级上册 第四章第3节 平面镜成像): a thin glass plate upright on the
 * paper, the lit candle A in front, an identical unlit candle B behind; looking through the glass (the eye
 * E1), move B until it covers A's image from every side; measure both distances from the plate. A screen
 * at the image shows nothing: the image is virtual.
 */
import type { BenchPreset } from '../../bench/preset';
import { opticsSetup, part } from './layout';

const k = (s: string) => `optics.preset.${s}`;

export const planeMirrorPreset: BenchPreset = {
  id: 'optics-plane-mirror',
  version: '1',
  subject: 'physics',
  titleKey: k('planeMirror.title'),
  descriptionKey: k('planeMirror.description'),
  setup: opticsSetup(
    'Images in a plane mirror',
    [
      part('G1', 'glass-plate', 0.3, 0.2, { thicknessM: 0.002 }),
      part('C1', 'candle', 0.18, 0.22, { lit: true }),
      part('C2', 'candle', 0.44, 0.25, { lit: false }),
      // The eye in front of the glass, on the candle's side, looking at the plate (it looks along its own −x).
      part('E1', 'eye', 0.05, 0.3, {}, 160),
    ],
    { hiddenMeasurements: ['imageDistanceM', 'mismatchMm'] },
  ),
  params: [
    { name: 'objectDistanceM', part: 'C1', distanceFrom: { part: 'G1', sign: -1 }, labelKey: k('p.candleADistanceM'), min: 0.02, max: 0.28 },
    { name: 'candleBDistanceM', part: 'C2', distanceFrom: { part: 'G1', sign: 1 }, labelKey: k('p.candleBDistanceM'), min: 0.02, max: 0.28 },
    { name: 'plateThicknessM', part: 'G1', prop: 'thicknessM' },
  ],
  measurements: [
    { name: 'imageDistanceM', part: 'G1', value: 'imageDistanceM', unit: 'm', labelKey: k('m.imageDistanceM'), resolution: 0.0001 },
    { name: 'mismatchMm', part: 'G1', value: 'mismatchMm', unit: 'mm', labelKey: k('m.mismatchMm'), resolution: 0.1 },
  ],
  recordDefaults: { params: ['objectDistanceM', 'candleBDistanceM'], measurements: [] },
};
