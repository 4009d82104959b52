/**
 * 4.1.1 用托盘天平测量物体的质量 (人教版 八年级上册 第六章第1节): the balance as it comes out of the cupboard (not
 * level: the pointer leans left), a stone and the box of weights. Rider to zero, nuts until the pointer swings
 * about the middle, stone on the left pan, weights on the right largest first, then the rider; mass = weights +
 * rider. How far this balance is out of level is a mystery to students (they level it by the pointer). Headless: the stone's material and volume, the rider and nuts in; the reading and the pointer out.
 */
import type { BenchPreset } from '../../bench/preset';
import { WEIGHT_BOX_G } from '../../bench/instruments/tray-balance';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const BALANCE_ID = 'mechanics-balance';

/** The box of weights laid out on the table, right of x0. */
export function weightBox(x0: number, floorYM: number) {
  return WEIGHT_BOX_G.map((g, i) => part(`W${i + 1}`, 'weight', x0 + i * 0.032, floorYM - 0.02, { massG: g }));
}

export const balancePreset: BenchPreset = {
  id: BALANCE_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('balance.title'),
  descriptionKey: k('balance.description'),
  setup: mechanicsSetup(BALANCE_ID, 'Weighing with a tray balance', [{ ...part('TB1', 'tray-balance', 0.36, 0.3), mystery: ['trimG'] }, part('M1', 'sample', 0.08, 0.3, { material: 'granite', volumeCm3: 20, shape: 'stone' }), ...weightBox(0.58, 0.4)], [], {
    hiddenMeasurements: ['leftG'],
  }),
  params: [
    { name: 'riderG', part: 'TB1', prop: 'riderG' },
    { name: 'nutMm', part: 'TB1', prop: 'nutMm' },
    { name: 'volumeCm3', part: 'M1', prop: 'volumeCm3' },
    { name: 'material', part: 'M1', prop: 'material' },
  ],
  measurements: [
    { name: 'massReadingG', part: 'TB1', value: 'massReadingG', unit: 'g', labelKey: k('m.massReadingG'), resolution: 0.1 },
    { name: 'pointerDivisions', part: 'TB1', value: 'pointerDivisions', unit: '', labelKey: k('m.pointerDivisions'), digits: 2 },
    { name: 'leftG', part: 'TB1', value: 'leftG', unit: 'g', labelKey: k('m.leftG'), resolution: 0.01 },
  ],
  recordDefaults: { params: [], measurements: ['massReadingG'] },
};
