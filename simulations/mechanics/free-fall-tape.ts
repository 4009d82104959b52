/**
 * B2.3 验证机械能守恒定律 (人教版 高中物理 必修第二册 第八章第5节 "实验：验证机械能守恒定律"): a weight clamped to
 * a paper tape falls from rest, the tape drawn down through a ticker timer (打点计时器) fixed on an iron stand;
 * the timer, on 50 Hz mains, prints a dot every 0.02 s from the moment the weight is let go. Pure.
 *
 * Motion: the tape rubs in the timer's guide and under its needle, and the air drags a little; taken together as
 * one steady resistance f (`resistanceN`, a documented parameter of the stand, 0.03 N by default), so
 *   a = g − f/m,   h(t) = ½ a t²,   v(t) = a t.
 * Reading the tape with a ruler whose zero is on the first dot O, hₙ to 0.1 mm, and vₙ = (hₙ₊₁ − hₙ₋₁)/(2T) (exact
 * for uniform acceleration), the student compares ΔEp = m g hₙ with ΔEk = ½ m vₙ²:
 *   ΔEk/ΔEp = (½ m a² n²T²)/(m g · ½ a n²T²) = a/g = 1 − f/(m g),
 * a little less than 1 (the 200 g weight: 0.985), as real data are; with f = 0 it is 1 (to the ruler's reading).
 * The first gap, ½ a T² ≈ 1.9 mm, is the textbook's check that the weight was let go as the first dot was
 * printed (第一、二两点间距离接近 2 mm). The weight lands on a pad FALL_M below where it was let go.
 */
import { RULERS, readRuler } from '../bench/instruments/ruler';
import { TICKER_PERIOD_S } from './cart-track';

/** How far the weight can fall before the pad on the stand's base stops it, m. */
export const FALL_M = 0.8;
/** The tape/timer resistance of the school's stand, N (a documented assumption: 1.5 % of a 200 g weight's pull). */
export const DEFAULT_TAPE_RESISTANCE_N = 0.03;

export interface FallRun {
  massKg: number;
  resistanceN: number;
  gMps2: number;
  released: boolean;
}

/** The weight's acceleration, m/s² (0 if held, or if the resistance would hold it up). */
export function fallAccelerationMps2(run: FallRun): number {
  if (!run.released || !(run.massKg > 0)) return 0;
  return Math.max(0, run.gMps2 - run.resistanceN / run.massKg);
}

/** When it lands on the pad, s after it is let go; Infinity if it never falls. */
export function fallLandTimeS(run: FallRun): number {
  const a = fallAccelerationMps2(run);
  return a > 0 ? Math.sqrt((2 * FALL_M) / a) : Infinity;
}

/** How far it has fallen `t` seconds after it was let go, m. */
export function fallDistanceM(run: FallRun, t: number): number {
  const tt = Math.min(Math.max(0, t), fallLandTimeS(run));
  return Number.isFinite(tt) ? Math.min(FALL_M, 0.5 * fallAccelerationMps2(run) * tt * tt) : 0;
}

/** The dots on the tape by time `t`, m below the first (one at release, one each 0.02 s until it lands). */
export function fallDotsM(run: FallRun, t: number): number[] {
  if (!run.released) return [];
  const n = Math.floor(Math.min(t, fallLandTimeS(run)) / TICKER_PERIOD_S + 1e-9);
  return Array.from({ length: n + 1 }, (_, k) => fallDistanceM(run, k * TICKER_PERIOD_S));
}

/** Dot n read on the ruler laid along the tape with its zero on the first dot (eye square, 0.1 mm), m; NaN if not printed yet. */
export function fallDotReadM(run: FallRun, n: number, t: number): number {
  const at = n * TICKER_PERIOD_S;
  if (!run.released || n < 0 || at > t + 1e-9 || at > fallLandTimeS(run) + 1e-9) return NaN;
  return readRuler(fallDistanceM(run, at), 'square', RULERS['100']).readM;
}

/** What the student works out at dot n from the readings: hₙ, vₙ = (hₙ₊₁ − hₙ₋₁)/(2T), ΔEp = m g hₙ, ΔEk = ½ m vₙ². */
export function fallEnergiesAt(run: FallRun, n: number, t: number): { hM: number; vMps: number; dEpJ: number; dEkJ: number } {
  const hM = fallDotReadM(run, n, t);
  const vMps = Number(((fallDotReadM(run, n + 1, t) - fallDotReadM(run, n - 1, t)) / (2 * TICKER_PERIOD_S)).toPrecision(12));
  return { hM, vMps, dEpJ: run.massKg * run.gMps2 * hM, dEkJ: 0.5 * run.massKg * vMps * vMps };
}

/**
 * A drop stand's values `t` seconds into its run, reading at dot `dot`: massG, accelerationMps2 (true), fallenM,
 * speedMps (true, now), dots, landTimeS, firstGapM (dot 1's reading), hM, vMps, dEpJ, dEkJ, ratio (ΔEk/ΔEp).
 */
export function fallTapeValue(run: FallRun, t: number, dot: number, name: string): number {
  if (name === 'massG') return Number((run.massKg * 1000).toPrecision(12));
  if (name === 'accelerationMps2') return fallAccelerationMps2(run);
  if (name === 'fallenM') return run.released ? fallDistanceM(run, t) : 0;
  if (name === 'speedMps') return run.released && t < fallLandTimeS(run) ? fallAccelerationMps2(run) * t : 0;
  if (name === 'dots') return fallDotsM(run, t).length;
  if (name === 'landTimeS') return fallLandTimeS(run);
  if (name === 'firstGapM') return fallDotReadM(run, 1, t);
  const e = fallEnergiesAt(run, dot, t);
  if (name === 'hM') return e.hM;
  if (name === 'vMps') return e.vMps;
  if (name === 'dEpJ') return e.dEpJ;
  if (name === 'dEkJ') return e.dEkJ;
  if (name === 'ratio') return e.dEkJ / e.dEpJ;
  return NaN;
}
