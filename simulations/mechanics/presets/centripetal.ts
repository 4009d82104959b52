/**
 * B2.2 探究向心力大小与半径、角速度、质量的关系 (人教版 必修第二册 第六章第2节): the centripetal-force apparatus with
 * two steel balls and an aluminium one. Controlling variables, turn the crank (T on the apparatus) and count the
 * stripes on each column: the same balls at the same radius on the 1:1 steps show equal columns; the left ball at B
 * (2r) twice as many; the belt on 2:1 four times, on 3:1 nine times (ω²); steel against aluminium 2.9 times (m).
 * Headless: the balls, the slot, the belt, the crank and its speed in; both columns' stripes (read to half a
 * stripe) and the true forces (hidden) out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const CENTRIPETAL_ID = 'mechanics-centripetal';

export const centripetalPreset: BenchPreset = {
  id: CENTRIPETAL_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('centripetal.title'),
  descriptionKey: k('centripetal.description'),
  setup: mechanicsSetup(CENTRIPETAL_ID, 'Centripetal force apparatus', [part('CF1', 'centripetal-apparatus', 0.3, 0.2)], [], { hiddenMeasurements: ['leftForceN', 'rightForceN'] }),
  params: [
    { name: 'belt', part: 'CF1', prop: 'belt' },
    { name: 'leftBall', part: 'CF1', prop: 'leftBall' },
    { name: 'leftSlot', part: 'CF1', prop: 'leftSlot' },
    { name: 'rightBall', part: 'CF1', prop: 'rightBall' },
    { name: 'crank', part: 'CF1', prop: 'crank' },
    { name: 'crankRps', part: 'CF1', prop: 'crankRps' },
  ],
  measurements: [
    { name: 'leftStripes', part: 'CF1', value: 'leftStripes', unit: '', labelKey: k('m.leftStripes'), resolution: 0.5 },
    { name: 'rightStripes', part: 'CF1', value: 'rightStripes', unit: '', labelKey: k('m.rightStripes'), resolution: 0.5 },
    { name: 'leftForceN', part: 'CF1', value: 'leftForceN', unit: 'N', labelKey: k('m.leftCentripetalN'), resolution: 0.0001 },
    { name: 'rightForceN', part: 'CF1', value: 'rightForceN', unit: 'N', labelKey: k('m.rightCentripetalN'), resolution: 0.0001 },
  ],
  recordDefaults: { params: ['belt', 'leftBall', 'leftSlot', 'rightBall'], measurements: ['leftStripes', 'rightStripes'] },
};
