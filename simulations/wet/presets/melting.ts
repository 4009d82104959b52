/**
 * Melting of a solid, which 人教版 物理 八年级上册 第三章第2节 (熔化和凝固, 探究固体熔化时温度的变化规律) pairs with
 * boiling: crushed 海波 (sodium thiosulfate pentahydrate, a crystal) and paraffin wax (not a crystal) in two test
 * tubes standing in a beaker of warm water on the gauze over a lamp (a water bath: the solid warms slowly and
 * evenly), a thermometer's bulb in each solid, read every half minute. 海波 stays at 48 °C while it melts (a
 * melting point: its latent heat, 201 J/g, goes in at one temperature); paraffin keeps warming as it softens
 * (48–62 °C, about 150 J/g spread over the range). Both curves come from the model (../chem/heat.ts): c·m·ΔT between
 * transitions, m·L at them, the bath's heat G_bath (T_water − T_tube) (../heating.ts).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** The tubes' bottoms 1 cm above the beaker's (its centre 0.3025, bottom 4.75 cm lower); the mouths 18 cm above that. */
const TUBE_Y = 0.3025 + 0.0475 - 0.01 - 0.09;
/** Each thermometer's bulb (12 cm below its centre) 1.5 cm above its tube's bottom, in the solid. */
const THERMOMETER_Y = TUBE_Y + 0.09 - 0.015 - 0.12;

export const meltingPreset: BenchPreset = {
  id: 'wet-melting',
  version: '1',
  subject: 'physics',
  titleKey: k('melting.title'),
  descriptionKey: k('melting.description'),
  setup: wetSetup(
    'Melting: a crystal and a non-crystal in a water bath',
    [
      part('P1', 'tripod', 0.3, 0.4, { gauze: true }),
      part('L1', 'alcohol-lamp', 0.3, 0.415, { lit: true }),
      part('B1', 'beaker', 0.3, 0.3025, { waterMl: 200, startC: 50 }),
      part('T1', 'test-tube', 0.288, TUBE_Y, { hypoG: 3 }, UP),
      part('T2', 'test-tube', 0.312, TUBE_Y, { paraffinG: 3 }, UP),
      part('Th1', 'thermometer', 0.288, THERMOMETER_Y, { eye: 'level' }),
      part('Th2', 'thermometer', 0.312, THERMOMETER_Y, { eye: 'level' }),
    ],
    [],
    { hiddenMeasurements: ['bathC'] },
  ),
  params: [
    { name: 'waterStartC', part: 'B1', prop: 'startC' },
    { name: 'hypoG', part: 'T1', prop: 'hypoG' },
    { name: 'paraffinG', part: 'T2', prop: 'paraffinG' },
  ],
  measurements: [
    { name: 'hypoC', part: 'Th1', value: 'readingC', unit: '°C', labelKey: m('hypoC'), resolution: 1 },
    { name: 'paraffinC', part: 'Th2', value: 'readingC', unit: '°C', labelKey: m('paraffinC'), resolution: 1 },
    { name: 'hypoMeltedPct', part: 'T1', value: 'meltedPct', unit: '%', labelKey: m('hypoMeltedPct'), digits: 3 },
    { name: 'bathC', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('bathC'), digits: 4 },
  ],
  events: [
    { name: 'melting', labelKey: k('event.melting') },
    { name: 'melted', labelKey: k('event.melted') },
  ],
  recordDefaults: { params: [], measurements: ['hypoC', 'paraffinC', 'hypoMeltedPct'] },
  fixedDtS: 0.05,
};
