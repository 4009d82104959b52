/**
 * 二力平衡 (人教版 八年级下册 第八章第2节, 探究二力平衡的条件): a light card (2 g) held by two strings over two pulleys,
 * a 50 g hooked weight on each, two more on the table. Let go: equal weights leave it at rest; a weight more on one
 * side and it moves toward that side; turned by an angle and let go it turns back until the strings are in line; cut
 * in two, the halves move apart. Headless: the card, its turn and the two weights in; the pulls, whether it stays
 * at rest, its angle and how far it moved out.
 */
import type { BenchPreset } from '../../bench/preset';
import { hang, mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const TWO_FORCE_ID = 'mechanics-two-force';

export const twoForcePreset: BenchPreset = {
  id: TWO_FORCE_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('twoForce.title'),
  descriptionKey: k('twoForce.description'),
  setup: mechanicsSetup(
    TWO_FORCE_ID,
    'Two forces in balance',
    [
      part('TF1', 'two-force-card', 0.35, 0.25),
      part('H1', 'hooked-weight', 0.12, 0.3, { massG: 50 }),
      part('H2', 'hooked-weight', 0.58, 0.3, { massG: 50 }),
      part('H3', 'hooked-weight', 0.03, 0.3, { massG: 50 }),
      part('H4', 'hooked-weight', 0.67, 0.3, { massG: 50 }),
    ],
    [hang('s1', 'H1', 'TF1', 'leftHook'), hang('s2', 'H2', 'TF1', 'rightHook')],
    { hiddenMeasurements: ['accelerationMps2', 'sinceLetGoS'] },
  ),
  params: [
    { name: 'leftMassG', part: 'H1', prop: 'massG', labelKey: k('p.leftMassG') },
    { name: 'rightMassG', part: 'H2', prop: 'massG', labelKey: k('p.rightMassG') },
    { name: 'twistDeg', part: 'TF1', prop: 'twistDeg' },
    { name: 'cardMassG', part: 'TF1', prop: 'cardMassG' },
  ],
  measurements: [
    { name: 'leftN', part: 'TF1', value: 'leftN', unit: 'N', labelKey: k('m.leftPullN'), resolution: 0.01 },
    { name: 'rightN', part: 'TF1', value: 'rightN', unit: 'N', labelKey: k('m.rightPullN'), resolution: 0.01 },
    { name: 'atRest', part: 'TF1', value: 'atRest', unit: '', labelKey: k('m.atRest'), resolution: 1 },
    { name: 'angleDeg', part: 'TF1', value: 'angleDeg', unit: '°', labelKey: k('m.cardAngleDeg'), resolution: 1 },
    { name: 'offsetM', part: 'TF1', value: 'offsetM', unit: 'm', labelKey: k('m.cardOffsetM'), resolution: 0.001 },
    { name: 'accelerationMps2', part: 'TF1', value: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 0.001 },
    { name: 'sinceLetGoS', part: 'TF1', value: 'sinceLetGoS', unit: 's', labelKey: k('m.sinceLetGoS'), resolution: 0.01 },
  ],
  recordDefaults: { params: [], measurements: ['leftN', 'rightN', 'atRest', 'angleDeg', 'offsetM', 'sinceLetGoS'] },
};
