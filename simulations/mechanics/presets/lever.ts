/**
 * 4.2.5 探究杠杆的平衡条件 (人教版 八年级下册 第十二章第1节): level the bare lever with its balance nuts, hang
 * hooked weights in holes either side, move them until it rests level again, record F₁, l₁, F₂, l₂; three times.
 * Headless: the nuts in; the forces, arms and tilt out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const LEVER_ID = 'mechanics-lever';

export const leverPreset: BenchPreset = {
  id: LEVER_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('lever.title'),
  descriptionKey: k('lever.description'),
  setup: mechanicsSetup(LEVER_ID, 'The balance of a lever', [
    // Where the nuts level it is for the student to find: a mystery.
    { ...part('LV1', 'lever', 0.4, 0.3), mystery: ['offsetMm'] },
    ...[1, 2, 3, 4, 5, 6].map((i) => part(`H${i}`, 'hooked-weight', 0.66 + i * 0.03, 0.5, { massG: 50 })),
  ]),
  params: [{ name: 'nutMm', part: 'LV1', prop: 'nutMm' }],
  measurements: [
    { name: 'leftForceN', part: 'LV1', value: 'leftForceN', unit: 'N', labelKey: k('m.leftForceN'), resolution: 0.01 },
    { name: 'leftArmM', part: 'LV1', value: 'leftArmM', unit: 'm', labelKey: k('m.leftArmM'), resolution: 0.001 },
    { name: 'rightForceN', part: 'LV1', value: 'rightForceN', unit: 'N', labelKey: k('m.rightForceN'), resolution: 0.01 },
    { name: 'rightArmM', part: 'LV1', value: 'rightArmM', unit: 'm', labelKey: k('m.rightArmM'), resolution: 0.001 },
    { name: 'tiltDeg', part: 'LV1', value: 'tiltDeg', unit: '°', labelKey: k('m.tiltDeg'), resolution: 0.1 },
  ],
  recordDefaults: { params: [], measurements: ['leftForceN', 'leftArmM', 'rightForceN', 'rightArmM'] },
};
