/**
 * B1.4 探究加速度与物体受力、物体质量的关系 (人教版 必修第一册 第四章第2节): the same cart, board and timer, hooked
 * weights of 20 g and 100 g. First balance the resistance (补偿阻力): nothing on the thread, give the cart a push
 * (T on the board, twice) and raise the timer end until the dots come evenly spaced (tan θ = μ). Then hang 20, 40,
 * 60, 80 g and let the cart go each time: a from the tape against F = m g is a straight line through the origin
 * while m ≪ M; with 200 g more it bends below it, since a = m g/(M + m) (the thread's pull is less than m g).
 * Then load the cart (its mass) at a fixed m: a against 1/M. The light gates beside the board can take the tape's
 * place (v = d/Δt at each, a = (v₂² − v₁²)/(2L)). Headless: the cart's mass, the tilt, the start and
 * the first weight in; what hangs, the acceleration by successive differences and the true one (hidden) out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';
import { cartCountMeasurements, gateMeasurements, gateParts } from './cart-velocity';

const k = (s: string) => `mechanics.preset.${s}`;
export const CART_FORCE_ID = 'mechanics-cart-force';

export const cartForcePreset: BenchPreset = {
  id: CART_FORCE_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('cartForce.title'),
  descriptionKey: k('cartForce.description'),
  setup: mechanicsSetup(
    CART_FORCE_ID,
    'Acceleration against force and mass',
    [part('CT1', 'cart-track', 0.56, 0.12), ...[20, 20, 20, 20, 100, 100].map((g, i) => part(`H${i + 1}`, 'hooked-weight', 0.78 + i * 0.03, 0.3, { massG: g })), ...gateParts()],
    [],
    { hiddenMeasurements: ['accelerationMps2'] },
  ),
  params: [
    { name: 'cartMassG', part: 'CT1', prop: 'cartMassG' },
    { name: 'tiltDeg', part: 'CT1', prop: 'tiltDeg' },
    { name: 'start', part: 'CT1', prop: 'start' },
    { name: 'hangingMassG', part: 'H1', prop: 'massG' },
  ],
  measurements: [
    { name: 'hangingG', part: 'CT1', value: 'hangingG', unit: 'g', labelKey: k('m.hangingG'), resolution: 1 },
    { name: 'cartMassG', part: 'CT1', value: 'cartMassG', unit: 'g', labelKey: k('m.cartMassG'), resolution: 1 },
    ...cartCountMeasurements.slice(0, 4),
    { name: 'tapeAccelerationMps2', part: 'CT1', value: 'tapeAccelerationMps2', unit: 'm/s²', labelKey: k('m.tapeAccelerationMps2'), resolution: 0.001 },
    { name: 'accelerationMps2', part: 'CT1', value: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 0.0001 },
    ...gateMeasurements,
  ],
  events: [{ name: 'stopped', labelKey: k('e.cartStopped') }],
  recordDefaults: { params: [], measurements: ['hangingG', 'cartMassG', 'tapeAccelerationMps2', 'dt1Ms', 'dt2Ms', 'gapM'] },
};
