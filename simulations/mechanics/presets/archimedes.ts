/**
 * 4.2.4 阿基米德原理 (人教版 八年级下册 第十章第2节, 探究浮力的大小跟排开液体所受重力的关系): an overflow can filled to its
 * spout, an aluminium block on gauge F1, a small bucket and gauge F2 to weigh it. Weigh the empty bucket, stand it
 * under the spout, read the block in air (G), lower it into the can (F: the displaced water runs into the bucket),
 * weigh the bucket with the water: F浮 = G − F = G排. Headless: the block, the liquid and how full the can is in;
 * the two gauges' readings out.
 */
import type { BenchPreset } from '../../bench/preset';
import { hang, mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const ARCHIMEDES_ID = 'mechanics-archimedes';

export const archimedesPreset: BenchPreset = {
  id: ARCHIMEDES_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('archimedes.title'),
  descriptionKey: k('archimedes.description'),
  setup: mechanicsSetup(
    ARCHIMEDES_ID,
    "Archimedes' principle",
    [
      part('F1', 'force-gauge', 0.2, 0.12, { range: '2.5' }),
      part('M1', 'sample', 0.2, 0.3, { material: 'aluminium', volumeCm3: 60, shape: 'block' }),
      part('C1', 'overflow-can', 0.2, 0.48, { liquid: 'water' }),
      part('F2', 'force-gauge', 0.62, 0.12, { range: '2.5' }),
      part('BK1', 'bucket', 0.5, 0.5),
    ],
    [hang('t1', 'M1', 'F1')],
    { hiddenMeasurements: ['buoyancyN', 'ranOutMl', 'caughtG'] },
  ),
  params: [
    { name: 'volumeCm3', part: 'M1', prop: 'volumeCm3' },
    { name: 'material', part: 'M1', prop: 'material' },
    { name: 'liquid', part: 'C1', prop: 'liquid' },
    { name: 'canLiquidMl', part: 'C1', prop: 'liquidMl' },
  ],
  measurements: [
    { name: 'objectN', part: 'F1', value: 'readingN', unit: 'N', labelKey: k('m.objectN'), resolution: 0.01 },
    { name: 'bucketN', part: 'F2', value: 'readingN', unit: 'N', labelKey: k('m.bucketN'), resolution: 0.01 },
    { name: 'buoyancyN', part: 'M1', value: 'buoyancyN', unit: 'N', labelKey: k('m.buoyancyN'), resolution: 0.001 },
    { name: 'ranOutMl', part: 'C1', value: 'ranOutMl', unit: 'mL', labelKey: k('m.ranOutMl'), resolution: 0.1 },
    { name: 'caughtG', part: 'BK1', value: 'waterG', unit: 'g', labelKey: k('m.caughtG'), resolution: 0.1 },
  ],
  recordDefaults: { params: [], measurements: ['objectN', 'bucketN'] },
};
