/**
 * Light gates (光电门) on the cart's board and the digital timer (数字计时器) they are plugged into (人教版 必修第一册
 * 第一章第3节 "测量纸带的平均速度和瞬时速度" 拓展: 光电门测瞬时速度; 第四章第2节 实验). Pure.
 *
 * The cart carries a shading strip (遮光条) of width d, its centre over the cart's centre. A gate's beam is
 * blocked from when the strip's front edge reaches it until its back edge has passed: with the gate s along
 * the board from where the strip's centre starts, from x = s − d/2 to x = s + d/2 of the cart's run, so
 *   Δt = t(s + d/2) − t(s − d/2),   t(x) = (√(v₀² + 2 a x) − v₀)/a   (x = v₀ t + ½ a t²).
 * d/Δt is the mean speed over the strip, the speed at the middle of Δt in time; for a cart speeding up that is
 * a little less than the speed when the strip's centre is at the beam, √(v₀² + 2 a s) (the strip spends longer
 * in its first half). The timer counts a 10 kHz clock while the beam is blocked and shows whole counts: Δt to
 * 0.1 ms, never more than the true time. With two gates it also counts from the first gate's beam being
 * blocked to the second's (t₁₂). With the gates L apart, a = (v₂² − v₁²)/(2L), v = d/Δt.
 */
import { cartTimeAtM, type CartRun } from './cart-track';

/** The timer's clock period: its resolution, s. */
export const TIMER_RESOLUTION_S = 1e-4;

/** When the strip blocks a gate `gateM` along the board from the strip centre's start, and when it has passed, s from the cart's start. */
export interface GatePass {
  blockedS: number;
  clearS: number;
}

/** The strip's pass through a gate (null if the gate stands where the strip already is at the start, or behind it). */
export function gatePass(run: CartRun, gateM: number, stripM: number): GatePass | null {
  if (gateM - stripM / 2 <= 0) return null;
  return { blockedS: cartTimeAtM(run, gateM - stripM / 2), clearS: cartTimeAtM(run, gateM + stripM / 2) };
}

/** What the timer shows for a time it has counted: whole 0.1 ms counts, in ms. */
export function timerReadMs(timeS: number): number {
  return Number((Math.floor(timeS / TIMER_RESOLUTION_S + 1e-6) * TIMER_RESOLUTION_S * 1000).toFixed(1));
}

/** The timer's three windows `t` s into the run, ms: each gate's blocking time once the strip has passed it, and first gate to second (NaN until counted). */
export interface TimerShows {
  dt1Ms: number;
  dt2Ms: number;
  t12Ms: number;
}

export function timerShows(passes: (GatePass | null)[], t: number): TimerShows {
  const [p1, p2] = passes;
  const blocking = (p: GatePass | null | undefined) => (p && p.clearS <= t + 1e-12 ? timerReadMs(p.clearS - p.blockedS) : NaN);
  return { dt1Ms: blocking(p1), dt2Ms: blocking(p2), t12Ms: p1 && p2 && p2.blockedS <= t + 1e-12 ? timerReadMs(p2.blockedS - p1.blockedS) : NaN };
}

/** The acceleration a student works out from the two gates: v = d/Δt at each, a = (v₂² − v₁²)/(2L), m/s². */
export function gatesAccelerationMps2(stripM: number, dt1Ms: number, dt2Ms: number, gapM: number): number {
  const v1 = stripM / (dt1Ms / 1000), v2 = stripM / (dt2Ms / 1000);
  return Number(((v2 * v2 - v1 * v1) / (2 * gapM)).toPrecision(12));
}
