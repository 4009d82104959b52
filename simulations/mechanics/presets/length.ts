/**
 * B3.2 长度的测量及其测量工具的选用 (人教版 必修第三册 第十一章第3节): a 20-division vernier caliper, a micrometer
 * with a small zero error, a metal tube (X1: outer 22.36 mm, bore 18.62 mm, 31.44 mm deep), a metal wire (X2:
 * 0.516 mm) and a steel ball (X3: 15.875 mm, a 5/8-inch bearing ball); their sizes are mysteries to students.
 * Read each instrument closed first (its zero error), then put a specimen in its jaws and read the scales up
 * close under the table: the caliper to its precision without an estimate (the tube: 22.35, 18.60, 31.45 mm on
 * the 20-division vernier; 22.36, 18.62, 31.44 mm on the 50-division one), the micrometer with an estimated
 * digit (the wire: 0.524 mm shown, 0.516 mm after the +0.008 mm zero error). Headless: the vernier, the jaws
 * and the zero errors in; both readings and the true sizes (hidden) out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const LENGTH_ID = 'mechanics-length';

export const lengthPreset: BenchPreset = {
  id: LENGTH_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('length.title'),
  descriptionKey: k('length.description'),
  setup: mechanicsSetup(
      LENGTH_ID,
      'Vernier caliper and micrometer',
      [
        part('VC1', 'vernier-caliper', 0.15, 0.08),
        { ...part('MI1', 'micrometer', 0.42, 0.08, { zeroErrorMm: 0.008 }), mystery: ['zeroErrorMm'] },
        { ...part('X1', 'specimen', 0.08, 0.19, { shape: 'tube', outerMm: 22.36, innerMm: 18.62, depthMm: 31.44 }), mystery: ['outerMm', 'innerMm', 'depthMm'] },
        { ...part('X2', 'specimen', 0.2, 0.19, { shape: 'wire', outerMm: 0.516 }), mystery: ['outerMm', 'innerMm', 'depthMm'] },
        { ...part('X3', 'specimen', 0.32, 0.19, { shape: 'ball', outerMm: 15.875 }), mystery: ['outerMm', 'innerMm', 'depthMm'] },
      ],
      [],
      { hiddenMeasurements: ['caliperSizeMm', 'micrometerSizeMm'] },
    ),
  params: [
    { name: 'divisions', part: 'VC1', prop: 'divisions' },
    { name: 'jaws', part: 'VC1', prop: 'jaws' },
    { name: 'caliperZeroErrorMm', part: 'VC1', prop: 'zeroErrorMm' },
    { name: 'micrometerZeroErrorMm', part: 'MI1', prop: 'zeroErrorMm' },
  ],
  measurements: [
    { name: 'caliperReadingMm', part: 'VC1', value: 'readingMm', unit: 'mm', labelKey: k('m.caliperReadingM'), resolution: 0.01 },
    { name: 'micrometerReadingMm', part: 'MI1', value: 'readingMm', unit: 'mm', labelKey: k('m.micrometerReadingM'), resolution: 0.001 },
    { name: 'caliperSizeMm', part: 'VC1', value: 'sizeMm', unit: 'mm', labelKey: k('m.caliperSizeM'), resolution: 0.001 },
    { name: 'micrometerSizeMm', part: 'MI1', value: 'sizeMm', unit: 'mm', labelKey: k('m.micrometerSizeM'), resolution: 0.001 },
  ],
  recordDefaults: { params: [], measurements: ['caliperReadingMm', 'micrometerReadingMm'] },
};
