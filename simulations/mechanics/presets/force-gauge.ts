/**
 * 4.1.6 用弹簧测力计测量力 (人教版 八年级下册 第七章第2节): a 5 N gauge held by its ring whose pointer does not
 * rest at zero (turn the zero screw first), hooked weights to hang on it one below another. Headless: the zero
 * error and the weights' masses in; the reading out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const FORCE_GAUGE_ID = 'mechanics-force-gauge';

export const forceGaugePreset: BenchPreset = {
  id: FORCE_GAUGE_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('forceGauge.title'),
  descriptionKey: k('forceGauge.description'),
  setup: mechanicsSetup(FORCE_GAUGE_ID, 'Measuring force with a spring gauge', [
    part('F1', 'force-gauge', 0.2, 0.14, { range: '5', zeroN: 0.2 }),
    ...[1, 2, 3, 4].map((i) => part(`H${i}`, 'hooked-weight', 0.34 + i * 0.04, 0.45, { massG: 50 })),
  ]),
  params: [
    { name: 'zeroN', part: 'F1', prop: 'zeroN' },
    { name: 'massG', part: 'H1', prop: 'massG' },
  ],
  measurements: [
    { name: 'readingN', part: 'F1', value: 'readingN', unit: 'N', labelKey: k('m.readingN'), resolution: 0.01 },
    { name: 'forceN', part: 'F1', value: 'forceN', unit: 'N', labelKey: k('m.forceN'), resolution: 0.001 },
  ],
  recordDefaults: { params: [], measurements: ['readingN'] },
};
