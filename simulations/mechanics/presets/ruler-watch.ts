/**
 * 4.1.4 用刻度尺测量长度，用表测量时间 (人教版 八年级上册 第一章第1节): a 30 cm ruler laid along a wooden block
 * (its zero not at the block's end, as with a worn ruler): read both ends with the eye square to the scale and
 * one estimated digit, the length is their difference; from one side the reading shifts (parallax). The
 * stopwatch is started, stopped and read (minutes on the small dial, seconds on the big one). Headless: the
 * eye and the watch in; both edges, the length and the watch's reading out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';
import { RULER_ZERO_INSET_M } from '../parts/ruler';

const k = (s: string) => `mechanics.preset.${s}`;
export const RULER_WATCH_ID = 'mechanics-ruler-watch';
const RULER_X = 0.22, BLOCK_LEFT_READING_M = 0.0235;

export const rulerWatchPreset: BenchPreset = {
  id: RULER_WATCH_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('rulerWatch.title'),
  descriptionKey: k('rulerWatch.description'),
  setup: mechanicsSetup(RULER_WATCH_ID, 'Length and time', [
    part('K1', 'wooden-block', RULER_X - 0.155 + RULER_ZERO_INSET_M + BLOCK_LEFT_READING_M + 0.05, 0.2),
    // The block rests on the table (its top 5 cm above the 0.25 m floor); the ruler is held just over it.
    part('R1', 'ruler', RULER_X, 0.2 - 0.0005 - 0.01),
    part('SW1', 'stopwatch', 0.45, 0.08),
  ]),
  params: [
    { name: 'eye', part: 'R1', prop: 'eye' },
    { name: 'type', part: 'SW1', prop: 'type' },
  ],
  measurements: [
    { name: 'leftM', part: 'R1', value: 'leftM', unit: 'm', labelKey: k('m.leftM'), resolution: 0.0001 },
    { name: 'rightM', part: 'R1', value: 'rightM', unit: 'm', labelKey: k('m.rightM'), resolution: 0.0001 },
    { name: 'lengthM', part: 'R1', value: 'lengthM', unit: 'm', labelKey: k('m.lengthM'), resolution: 0.0001 },
    { name: 'readingS', part: 'SW1', value: 'readingS', unit: 's', labelKey: k('m.readingS'), resolution: 0.01 },
  ],
  recordDefaults: { params: [], measurements: ['leftM', 'rightM', 'lengthM'] },
};
