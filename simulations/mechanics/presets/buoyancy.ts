/**
 * 4.2.4 探究浮力大小与哪些因素有关 (人教版 八年级下册 第十章第1节, 第2节 阿基米德原理): an aluminium block on a thread
 * hung from a gauge held over a beaker of water: read it in air (G), lower it part way and all the way in, at two
 * depths, and in salt water; F_buoyancy = G − F. Headless: the block's volume and material and the liquid in;
 * the reading and the buoyancy out.
 */
import type { BenchPreset } from '../../bench/preset';
import { hang, mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const BUOYANCY_ID = 'mechanics-buoyancy';

export const buoyancyPreset: BenchPreset = {
  id: BUOYANCY_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('buoyancy.title'),
  descriptionKey: k('buoyancy.description'),
  setup: mechanicsSetup(
    BUOYANCY_ID,
    'What buoyancy depends on',
    [
      part('F1', 'force-gauge', 0.25, 0.12, { range: '2.5' }),
      part('M1', 'sample', 0.25, 0.3, { material: 'aluminium', volumeCm3: 50, shape: 'block' }),
      part('B1', 'beaker', 0.25, 0.5, { liquid: 'water', liquidMl: 200 }),
      part('B2', 'beaker', 0.45, 0.5, { liquid: 'brine', liquidMl: 200 }),
    ],
    [hang('t1', 'M1', 'F1')],
    { hiddenMeasurements: ['buoyancyN'] },
  ),
  params: [
    { name: 'volumeCm3', part: 'M1', prop: 'volumeCm3' },
    { name: 'material', part: 'M1', prop: 'material' },
    { name: 'liquid', part: 'B1', prop: 'liquid' },
  ],
  measurements: [
    { name: 'readingN', part: 'F1', value: 'readingN', unit: 'N', labelKey: k('m.readingN'), resolution: 0.01 },
    { name: 'buoyancyN', part: 'M1', value: 'buoyancyN', unit: 'N', labelKey: k('m.buoyancyN'), resolution: 0.001 },
  ],
  recordDefaults: { params: [], measurements: ['readingN'] },
};
