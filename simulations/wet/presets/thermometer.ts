/**
 * Junior physics 4.1.3, 用常见温度计测量温度 (人教版 物理 八年级上册 第三章第1节 温度): a beaker of warm water
 * and a laboratory thermometer. Put the bulb in the water without touching the bottom or the wall, wait until the
 * column stops moving, read with the eye level with the top of the column, and read it while the bulb is still in
 * the water. Read too soon, the reading is low; from above, high; from below, low.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const thermometerPreset: BenchPreset = {
  id: 'wet-thermometer',
  version: '1',
  subject: 'physics',
  titleKey: k('thermometer.title'),
  descriptionKey: k('thermometer.description'),
  setup: wetSetup(
    'Measuring the temperature of water',
    [part('B1', 'beaker', 0.3, 0.4025, { waterMl: 150, startC: 60 }), part('Th1', 'thermometer', 0.3, 0.31, { eye: 'level' })],
    [],
    { hiddenMeasurements: ['waterC'] },
  ),
  params: [
    { name: 'startC', part: 'B1', prop: 'startC' },
    { name: 'eye', part: 'Th1', prop: 'eye' },
  ],
  measurements: [
    { name: 'readingC', part: 'Th1', value: 'readingC', unit: '°C', labelKey: m('readingC'), resolution: 1 },
    { name: 'waterC', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('waterC'), digits: 4 },
  ],
  events: [{ name: 'thermometerSteady', labelKey: k('event.thermometerSteady') }],
  recordDefaults: { params: [], measurements: ['readingC'] },
  fixedDtS: 0.05,
};
