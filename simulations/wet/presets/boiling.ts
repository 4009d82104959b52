/**
 * Junior physics 4.2.1, 探究水在沸腾前后温度变化的特点 (人教版 物理 八年级上册 第三章第3节): warm water in a
 * beaker on a tripod and gauze over an alcohol lamp, a thermometer with its bulb in the water (not touching the
 * bottom or the wall), read every 30 s from 90 °C: the temperature rises, then stays at the boiling point while
 * the water boils, whatever the lamp gives. The boiling point follows the room's pressure (a school on a plateau
 * at 80 kPa boils water near 93.5 °C). The bench's pressure is the parameter.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const boilingPreset: BenchPreset = {
  id: 'wet-boiling',
  version: '1',
  subject: 'physics',
  titleKey: k('boiling.title'),
  descriptionKey: k('boiling.description'),
  setup: wetSetup(
    'Water before and during boiling',
    [
      part('P1', 'tripod', 0.3, 0.4, { gauze: true }),
      part('L1', 'alcohol-lamp', 0.3, 0.415, { lit: true }),
      part('B1', 'beaker', 0.3, 0.3025, { waterMl: 100, startC: 90 }),
      part('Th1', 'thermometer', 0.3, 0.215, { eye: 'level' }),
    ],
    [],
    { settings: { pressureKPa: 101.3 }, hiddenMeasurements: ['waterC', 'boilingPointC'] },
  ),
  params: [
    { name: 'pressureKPa', setting: 'pressureKPa' },
    { name: 'waterMl', part: 'B1', prop: 'waterMl' },
    { name: 'startC', part: 'B1', prop: 'startC' },
    { name: 'eye', part: 'Th1', prop: 'eye' },
  ],
  measurements: [
    { name: 'readingC', part: 'Th1', value: 'readingC', unit: '°C', labelKey: m('readingC'), resolution: 1 },
    { name: 'waterC', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('waterC'), digits: 4 },
    { name: 'waterLeftMl', part: 'B1', value: 'liquidMl', unit: 'mL', labelKey: m('waterLeftMl'), digits: 4 },
    { name: 'boilingPointC', part: 'B1', value: 'boilingPointC', unit: '°C', labelKey: m('boilingPointC'), digits: 4 },
  ],
  events: [
    { name: 'thermometerSteady', labelKey: k('event.thermometerSteady') },
    { name: 'boiling', labelKey: k('event.boiling') },
    { name: 'beakerCracked', labelKey: k('event.beakerCracked') },
  ],
  recordDefaults: { params: [], measurements: ['readingC'] },
  fixedDtS: 0.05,
};
