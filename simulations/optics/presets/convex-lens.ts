/**
 * 4.2.8 探究凸透镜成像的规律 (人教版 八年级上册 第五章第3节): candle, convex lens (f = 10 cm) and screen on the
 * optical bench. Put the candle at u > 2f, 2f, between f and 2f; each time slide the screen until the image is
 * sharp and read u and v on the scale; inside f, no screen catches an image: look through the lens.
 * Headless: focal length and object distance in; image distance, magnification and kind (1 real, −1
 * virtual, 0 none) out.
 */
import type { BenchPreset } from '../../bench/preset';
import { onRail, opticsSetup, part } from './layout';

const k = (s: string) => `optics.preset.${s}`;
const RAIL_X = 0.6, RAIL_Y = 0.17;

export const convexLensPreset: BenchPreset = {
  id: 'optics-convex-lens',
  version: '1',
  subject: 'physics',
  titleKey: k('convexLens.title'),
  descriptionKey: k('convexLens.description'),
  setup: opticsSetup(
    'Images formed by a convex lens',
    [
      part('OB1', 'optical-rail', RAIL_X, RAIL_Y),
      onRail('C1', 'candle', RAIL_X, RAIL_Y, 0.2),
      onRail('L1', 'convex-lens', RAIL_X, RAIL_Y, 0.5, { focalLengthM: 0.1, diameterM: 0.04 }),
      onRail('S1', 'screen', RAIL_X, RAIL_Y, 0.7),
      onRail('E1', 'eye', RAIL_X, RAIL_Y, 0.98),
    ],
    { hiddenMeasurements: ['imageDistanceM', 'magnification', 'imageKind', 'blurMm'] },
  ),
  params: [
    { name: 'focalLengthM', part: 'L1', prop: 'focalLengthM' },
    { name: 'objectDistanceM', part: 'C1', distanceFrom: { part: 'L1', sign: -1 }, labelKey: k('p.objectDistanceM'), min: 0.02, max: 0.49 },
    { name: 'screenDistanceM', part: 'S1', distanceFrom: { part: 'L1', sign: 1 }, labelKey: k('p.screenDistanceM'), min: 0.02, max: 0.47 },
  ],
  measurements: [
    { name: 'imageDistanceM', part: 'L1', value: 'imageDistanceM', unit: 'm', labelKey: k('m.imageDistanceM'), resolution: 0.0001 },
    { name: 'magnification', part: 'L1', value: 'magnification', unit: '', labelKey: k('m.magnification'), digits: 3 },
    { name: 'imageKind', part: 'L1', value: 'imageKind', unit: '', labelKey: k('m.imageKind'), resolution: 1 },
    { name: 'blurMm', part: 'S1', value: 'blurMm', unit: 'mm', labelKey: k('m.blurMm'), resolution: 0.01 },
  ],
  recordDefaults: { params: ['objectDistanceM', 'screenDistanceM'], measurements: [] },
};
