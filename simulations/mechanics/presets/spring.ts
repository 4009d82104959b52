/**
 * B1.2 探究弹簧弹力与形变量的关系 (人教版 必修第一册 第三章第1节): a spring hung from an iron stand beside a vertical
 * ruler, eight 50 g hooked weights. Read the pointer with nothing hung (the natural length's mark), then hang the
 * weights one below another and read it each time: F = n m g against x = reading − first reading is a straight
 * line through the origin, slope k = 40 N/m. Past six weights (3.0 N) the spring is beyond its elastic limit: it
 * stretches faster, and with the weights taken off it stays longer than it was (the bench says so). Headless: the
 * first weight's mass in; what hangs, the pointer's reading, the true extension and force (hidden) out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const SPRING_ID = 'mechanics-spring';

export const springPreset: BenchPreset = {
  id: SPRING_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('spring.title'),
  descriptionKey: k('spring.description'),
  setup: mechanicsSetup(SPRING_ID, 'Force and extension of a spring', [part('SP1', 'spring', 0.14, 0.2), ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => part(`H${i}`, 'hooked-weight', 0.24 + i * 0.03, 0.6, { massG: 50 }))], [], {
    hiddenMeasurements: ['extensionM', 'forceN'],
  }),
  params: [{ name: 'massG', part: 'H1', prop: 'massG' }],
  measurements: [
    { name: 'hungG', part: 'SP1', value: 'hungG', unit: 'g', labelKey: k('m.hungG'), resolution: 1 },
    { name: 'readingM', part: 'SP1', value: 'readingM', unit: 'm', labelKey: k('m.springReadingM'), resolution: 0.0001 },
    { name: 'extensionM', part: 'SP1', value: 'extensionM', unit: 'm', labelKey: k('m.extensionM'), resolution: 0.00001 },
    { name: 'forceN', part: 'SP1', value: 'forceN', unit: 'N', labelKey: k('m.springForceN'), resolution: 0.001 },
  ],
  recordDefaults: { params: [], measurements: ['hungG', 'readingM'] },
};
