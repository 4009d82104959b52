/**
 * B1.1 探究小车速度随时间变化的规律 (人教版 必修第一册 第二章第1节): the cart on the level board, a 50 g hooked
 * weight to hang on the thread over the pulley, the ticker timer at the far end. Hang the weight, let the cart go
 * (T on the board), and when it has stopped read the tape's counting points (every fifth dot, T = 0.1 s) on the
 * ruler laid along it: vₙ = (xₙ₊₁ − xₙ₋₁)/(2T); the v–t graph is a straight line whose slope is
 * a = (m g − μ M g)/(M + m). Headless: the cart's mass, the tilt and the start in; the counting points, the
 * acceleration worked out by successive differences and the true one (hidden) out, at the event 'stopped'.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const CART_VELOCITY_ID = 'mechanics-cart-velocity';

export const cartCountMeasurements = [1, 2, 3, 4, 5, 6].map((n) => ({ name: `x${n}M`, part: 'CT1', value: `x${n}M`, unit: 'm', labelKey: k(`m.x${n}M`), resolution: 0.0001 }));

export const cartVelocityPreset: BenchPreset = {
  id: CART_VELOCITY_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('cartVelocity.title'),
  descriptionKey: k('cartVelocity.description'),
  setup: mechanicsSetup(CART_VELOCITY_ID, 'Velocity of a cart against time', [part('CT1', 'cart-track', 0.56, 0.12), part('H1', 'hooked-weight', 0.9, 0.3, { massG: 50 })], [], {
    hiddenMeasurements: ['accelerationMps2'],
  }),
  params: [
    { name: 'cartMassG', part: 'CT1', prop: 'cartMassG' },
    { name: 'tiltDeg', part: 'CT1', prop: 'tiltDeg' },
    { name: 'start', part: 'CT1', prop: 'start' },
    { name: 'hangingMassG', part: 'H1', prop: 'massG' },
  ],
  measurements: [
    ...cartCountMeasurements,
    { name: 'tapeAccelerationMps2', part: 'CT1', value: 'tapeAccelerationMps2', unit: 'm/s²', labelKey: k('m.tapeAccelerationMps2'), resolution: 0.001 },
    { name: 'accelerationMps2', part: 'CT1', value: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 0.0001 },
  ],
  events: [{ name: 'stopped', labelKey: k('e.cartStopped') }],
  recordDefaults: { params: [], measurements: ['x1M', 'x2M', 'x3M', 'x4M', 'x5M', 'x6M'] },
};
