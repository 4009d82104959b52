/**
 * The cart on a long board (一端带滑轮的长木板), pulled by hooked weights on a thread over the pulley, its paper
 * tape drawn through a ticker timer (打点计时器) on 50 Hz mains: a dot every 0.02 s (人教版 必修第一册 第一章第4节,
 * 第二章第1节). Pure.
 *
 * Motion (人教版 必修第一册 第四章第2节 "实验：探究加速度与力、质量的关系"): the cart (mass M) and the hanging
 * weights (m) move together, the thread taut, so
 *   a = (m g + M g sin θ − μ M g cos θ) / (M + m),
 * with θ the board's tilt (its timer end raised) and μ the resistance of the cart's wheels and of the tape in
 * the timer. Tilted until tan θ = μ (补偿阻力: given a push with nothing hung, the cart runs at constant speed and
 * its dots are evenly spaced), a = m g / (M + m): close to m g / M only while m ≪ M. Let go from rest, the cart
 * starts only if what pulls it beats a little more, μ_s = 0.035 (so on the balanced board with nothing hung it
 * stays where it is, as a real one does).
 *
 * The cart is held near the timer, then let go from rest (`released`) or given a push (`pushed`, 0.3 m/s with
 * nothing else changed); the hand stops it 0.8 m on, before the pulley. The timer is switched on first: a dot
 * where the cart starts, then one each 0.02 s. Counting points (计数点) are every fifth dot (T = 0.1 s) from
 * that first dot.
 */
import { RULERS, readRuler } from '../bench/instruments/ruler';

/** Resistance of the cart's wheels and the tape through the timer's guide, as a fraction of the normal force. */
export const CART_TRACK_RESISTANCE = 0.03;
/** What it takes to start the cart from rest, as a fraction of the normal force. */
export const CART_TRACK_STARTING = 0.035;
/** The ticker timer's period on 50 Hz mains, s. */
export const TICKER_PERIOD_S = 0.02;
/** Dots between counting points, and the time between them (T = 0.1 s). */
export const DOTS_PER_COUNT = 5;
export const COUNT_PERIOD_S = TICKER_PERIOD_S * DOTS_PER_COUNT;
/** How far the cart runs before the hand stops it short of the pulley, m. */
export const CART_RUN_M = 0.8;
/** The hand's push, m/s. */
export const CART_PUSH_MPS = 0.3;

export type CartStart = 'held' | 'released' | 'pushed';
export const CART_STARTS: CartStart[] = ['held', 'released', 'pushed'];

export interface CartRun {
  cartKg: number;
  hangingKg: number;
  tiltDeg: number;
  start: CartStart;
  gMps2: number;
}

export function cartStartSpeedMps(run: CartRun): number {
  return run.start === 'pushed' ? CART_PUSH_MPS : 0;
}

/** What drives the cart along the board, N, while it moves. */
function driveN(run: CartRun): number {
  const th = (run.tiltDeg * Math.PI) / 180;
  return run.hangingKg * run.gMps2 + run.cartKg * run.gMps2 * (Math.sin(th) - CART_TRACK_RESISTANCE * Math.cos(th));
}

/** The cart's acceleration while it moves, m/s² (0 if let go from rest and too little pulls it to start). */
export function cartTrackAccelerationMps2(run: CartRun): number {
  if (run.start === 'held') return 0;
  const th = (run.tiltDeg * Math.PI) / 180;
  const starts = run.hangingKg * run.gMps2 + run.cartKg * run.gMps2 * (Math.sin(th) - CART_TRACK_STARTING * Math.cos(th)) > 0;
  if (cartStartSpeedMps(run) === 0 && !starts) return 0;
  return driveN(run) / (run.cartKg + run.hangingKg);
}

/** When the cart comes to rest: the hand at CART_RUN_M, or on its own slowing down; Infinity if it never moves. */
export function cartStopTimeS(run: CartRun): number {
  const a = cartTrackAccelerationMps2(run), v0 = cartStartSpeedMps(run);
  if (run.start === 'held' || (v0 === 0 && a === 0)) return Infinity;
  if (Math.abs(a) < 1e-12) return CART_RUN_M / v0;
  if (a < 0 && (v0 * v0) / (-2 * a) <= CART_RUN_M) return v0 / -a;
  return (-v0 + Math.sqrt(v0 * v0 + 2 * a * CART_RUN_M)) / a;
}

/** Where the cart is `t` seconds after it starts, m from its start. */
export function cartTrackPositionM(run: CartRun, t: number): number {
  if (run.start === 'held') return 0;
  const tt = Math.min(Math.max(0, t), cartStopTimeS(run));
  if (!Number.isFinite(tt)) return 0;
  const x = cartStartSpeedMps(run) * tt + 0.5 * cartTrackAccelerationMps2(run) * tt * tt;
  return Math.min(CART_RUN_M, Math.max(0, x));
}

/** The cart's speed at `t`, m/s. */
export function cartTrackSpeedMps(run: CartRun, t: number): number {
  if (run.start === 'held' || t >= cartStopTimeS(run)) return 0;
  return cartStartSpeedMps(run) + cartTrackAccelerationMps2(run) * Math.max(0, t);
}

/** When the cart has run `xM` from its start, s (Infinity if it stops, or is held, before getting there). */
export function cartTimeAtM(run: CartRun, xM: number): number {
  if (xM <= 0) return 0;
  const a = cartTrackAccelerationMps2(run), v0 = cartStartSpeedMps(run);
  if (run.start === 'held' || xM > cartTrackPositionM(run, cartStopTimeS(run)) + 1e-12) return Infinity;
  if (Math.abs(a) < 1e-12) return v0 > 0 ? xM / v0 : Infinity;
  const disc = v0 * v0 + 2 * a * xM;
  return disc < 0 ? Infinity : (-v0 + Math.sqrt(disc)) / a;
}

/** The dots on the tape by time `t`, m from the first (one per period until the cart stops; the pile where it stopped counts once). */
export function tapeDotsM(run: CartRun, t: number): number[] {
  if (run.start === 'held') return [];
  const until = Math.min(t, cartStopTimeS(run));
  const n = Math.floor(until / TICKER_PERIOD_S + 1e-9);
  return Array.from({ length: n + 1 }, (_, k) => cartTrackPositionM(run, k * TICKER_PERIOD_S));
}

/**
 * Counting point n read on a millimetre ruler laid along the tape with its zero on counting point 0 (the eye
 * square, one estimated digit: 0.1 mm), m; NaN if that dot is not on the tape yet or the cart had already
 * stopped when it was printed.
 */
export function countingPointReadM(run: CartRun, n: number, t: number): number {
  const at = n * COUNT_PERIOD_S;
  if (run.start === 'held' || at > t + 1e-9 || at > cartStopTimeS(run) + 1e-9) return NaN;
  return readRuler(cartTrackPositionM(run, at) - cartTrackPositionM(run, 0), 'square', RULERS['100']).readM;
}

/** The acceleration by successive differences (逐差法) from four intervals read off the tape: a = (x₃ + x₄ − x₁ − x₂)/(4T²), m/s². */
export function successiveDifferenceMps2(readings: number[]): number {
  const [x1, x2, x3, x4] = readings;
  const s = [x1, x2 - x1, x3 - x2, x4 - x3];
  return Number(((s[2] + s[3] - s[0] - s[1]) / (4 * COUNT_PERIOD_S ** 2)).toPrecision(12));
}

/** Counting points whose readings are values of the part (x1M … x6M). */
export const COUNTING_POINTS = 6;

/**
 * A cart track's values `t` seconds into its run: hangingG, accelerationMps2 (true), travelM, speedMps (now),
 * dots (on the tape), x1M … x6M (counting points read on the ruler), tapeAccelerationMps2 (successive
 * differences of x1 … x4: what the student works out), stopTimeS.
 */
export function cartTrackValue(run: CartRun, t: number, name: string): number {
  if (name === 'hangingG') return Number((run.hangingKg * 1000).toPrecision(12));
  if (name === 'accelerationMps2') return cartTrackAccelerationMps2(run);
  if (name === 'travelM') return cartTrackPositionM(run, t);
  if (name === 'speedMps') return cartTrackSpeedMps(run, t);
  if (name === 'dots') return tapeDotsM(run, t).length;
  if (name === 'stopTimeS') return cartStopTimeS(run);
  if (name === 'tapeAccelerationMps2') return successiveDifferenceMps2([1, 2, 3, 4].map((n) => countingPointReadM(run, n, t)));
  const m = /^x([1-9])M$/.exec(name);
  if (m && Number(m[1]) <= COUNTING_POINTS) return countingPointReadM(run, Number(m[1]), t);
  return NaN;
}
