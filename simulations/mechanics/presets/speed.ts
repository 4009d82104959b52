/**
 * 4.1.5 测量物体运动的速度 (人教版 八年级上册 第一章第4节 "测量平均速度"): the cart let go at the top of the slope
 * (Play) runs down and strikes the metal plate; the student times it with the stopwatch (T on the watch: start,
 * stop, zero) and reads the path on the slope's scale: v = s / t; then the plate moved to the middle for the
 * first half. Headless: slope angle, start and plate in; the path, the true run time (hidden) and the
 * stopwatch out, at the event 'arrived'.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const SPEED_ID = 'mechanics-speed';

export const speedPreset: BenchPreset = {
  id: SPEED_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('speed.title'),
  descriptionKey: k('speed.description'),
  setup: mechanicsSetup(SPEED_ID, 'Average speed of a cart', [part('S1', 'slope', 0.46, 0.2, { angleDeg: 2, startM: 0, stopM: 0.8, released: true }), part('SW1', 'stopwatch', 0.85, 0.08)], [], {
    hiddenMeasurements: ['runTimeS', 'averageSpeedMps'],
  }),
  params: [
    { name: 'angleDeg', part: 'S1', prop: 'angleDeg' },
    { name: 'startM', part: 'S1', prop: 'startM' },
    { name: 'stopM', part: 'S1', prop: 'stopM' },
  ],
  measurements: [
    { name: 'readingS', part: 'SW1', value: 'readingS', unit: 's', labelKey: k('m.readingS'), resolution: 0.01 },
    { name: 'pathM', part: 'S1', value: 'pathM', unit: 'm', labelKey: k('m.pathM'), resolution: 0.001 },
    { name: 'runTimeS', part: 'S1', value: 'runTimeS', unit: 's', labelKey: k('m.runTimeS'), resolution: 0.001 },
    { name: 'averageSpeedMps', part: 'S1', value: 'averageSpeedMps', unit: 'm/s', labelKey: k('m.averageSpeedMps'), resolution: 0.001 },
  ],
  events: [{ name: 'arrived', labelKey: k('e.arrived') }],
  recordDefaults: { params: [], measurements: ['pathM', 'readingS'] },
};
