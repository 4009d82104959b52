/**
 * B1.1 探究小车速度随时间变化的规律 (人教版 必修第一册 第二章第1节): the cart on the level board, a 50 g hooked
 * weight to hang on the thread over the pulley, the ticker timer at the far end. Hang the weight, let the cart go
 * (T on the board), and when it has stopped read the tape's counting points (every fifth dot, T = 0.1 s) on the
 * ruler laid along it: vₙ = (xₙ₊₁ − xₙ₋₁)/(2T); the v–t graph is a straight line whose slope is
 * a = (m g − μ M g)/(M + m). Or with light gates (光电门): LG1 and LG2 lie beside the board, to be clamped on it,
 * and the digital timer DT1 shows how long the cart's 1.0 cm shading strip blocks each: v = d/Δt,
 * a = (v₂² − v₁²)/(2L). Headless: the cart's mass, the tilt and the start in; the counting points, the
 * acceleration worked out by successive differences and the true one (hidden) out, at the event 'stopped'.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const CART_VELOCITY_ID = 'mechanics-cart-velocity';

/** The light gates and the digital timer, beside the board (not on it). */
export const gateParts = () => [part('LG1', 'light-gate', 0.06, 0.29), part('LG2', 'light-gate', 0.1, 0.29), part('DT1', 'digital-timer', 0.22, 0.3)];

/** What the digital timer shows, the gates' distance apart on the board's scale, and a worked out from them. */
export const gateMeasurements = [
  ...(['dt1Ms', 'dt2Ms', 't12Ms'] as const).map((name) => ({ name, part: 'DT1', value: name, unit: 'ms', labelKey: k(`m.${name}`), resolution: 0.1 })),
  { name: 'gapM', part: 'DT1', value: 'gapM', unit: 'm', labelKey: k('m.gapM'), resolution: 0.001 },
  { name: 'stripMm', part: 'DT1', value: 'stripMm', unit: 'mm', labelKey: k('m.stripMm'), resolution: 0.1 },
  { name: 'gatesAccelerationMps2', part: 'DT1', value: 'gatesAccelerationMps2', unit: 'm/s²', labelKey: k('m.gatesAccelerationMps2'), resolution: 0.001 },
];

export const cartCountMeasurements = [1, 2, 3, 4, 5, 6].map((n) => ({ name: `x${n}M`, part: 'CT1', value: `x${n}M`, unit: 'm', labelKey: k(`m.x${n}M`), resolution: 0.0001 }));

export const cartVelocityPreset: BenchPreset = {
  id: CART_VELOCITY_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('cartVelocity.title'),
  descriptionKey: k('cartVelocity.description'),
  setup: mechanicsSetup(CART_VELOCITY_ID, 'Velocity of a cart against time', [part('CT1', 'cart-track', 0.56, 0.12), part('H1', 'hooked-weight', 0.9, 0.3, { massG: 50 }), ...gateParts()], [], {
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
    ...gateMeasurements,
  ],
  events: [{ name: 'stopped', labelKey: k('e.cartStopped') }],
  recordDefaults: { params: [], measurements: ['x1M', 'x2M', 'x3M', 'x4M', 'x5M', 'x6M', 'dt1Ms', 'dt2Ms', 'gapM'] },
};
