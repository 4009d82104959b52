/**
 * Times an oscillation between turning points (where the velocity changes sign). The turning time is
 * placed inside the step by Hermite interpolation of the velocity, using the acceleration as its slope.
 * Period = time between two turning points on the same side (every second turning point).
 *
 * Once a damped motion has died out, the state only carries rounding noise (a spring's displacement is
 * computed from its extension, so it is no finer than ~1e-17 m), and that noise changes the velocity's
 * sign at random. A turning point therefore counts only while the displacement there is above the
 * model's noise floor; below it the last period measured stays the reading and no new period is reported.
 */
import { hermiteZero } from './hermite';

export interface OscillationTimerState {
  turningTimesS: number[];
  periodS: number;
}

/**
 * The floor a model passes to `start`, relative to the largest position scale in its state: a billion
 * times the double-precision rounding of that scale (2.2e-16), so a period timed at the floor is still
 * good to ~1e-7, and the noise (~1e-16 of the scale) never reaches it.
 */
export const AMPLITUDE_FLOOR_RELATIVE = 1e-9;

export class OscillationTimer {
  /** The last (up to) three turning times, seconds. */
  turningTimesS: number[] = [];
  /** Last measured period, s (NaN until one full oscillation was seen). */
  periodS = NaN;
  /**
   * Turning points with |position| at or below this are rounding noise and are ignored (position units).
   * It follows from the parameters, so `start` sets it and `restore` keeps it.
   */
  amplitudeFloor = 0;

  /**
   * Start timing; a body released from rest is at a turning point at t = 0. `amplitudeFloor` (position
   * units, ≥ 0): turning points no farther than this from the centre are not counted.
   */
  start(timeS: number, velocity: number, position: number, amplitudeFloor = 0): void {
    if (!(amplitudeFloor >= 0) || !Number.isFinite(amplitudeFloor)) throw new Error(`amplitudeFloor must be a finite number ≥ 0, got ${amplitudeFloor}`);
    this.amplitudeFloor = amplitudeFloor;
    this.turningTimesS = velocity === 0 && Math.abs(position) > amplitudeFloor ? [timeS] : [];
    this.periodS = NaN;
  }

  /**
   * Feed one step from t0 to t0 + h with velocity and acceleration at both ends, and the position at its
   * end (measured from the centre of the oscillation). Returns true when a new period was measured.
   */
  update(t0S: number, hS: number, v0: number, a0: number, v1: number, a1: number, position1: number): boolean {
    if (v0 === 0 || (v1 !== 0 && Math.sign(v1) === Math.sign(v0))) return false;
    // Near a turning point the position hardly changes within a step, so |position1| is the amplitude.
    if (!(Math.abs(position1) > this.amplitudeFloor)) return false;
    const tTurn = t0S + hermiteZero(v0, a0, v1, a1, hS) * hS;
    const times = this.turningTimesS;
    times.push(tTurn);
    if (times.length > 3) times.shift();
    if (times.length === 3) {
      this.periodS = times[2] - times[0];
      return true;
    }
    return false;
  }

  state(): OscillationTimerState {
    return { turningTimesS: [...this.turningTimesS], periodS: Number.isNaN(this.periodS) ? -1 : this.periodS };
  }

  restore(s: OscillationTimerState): void {
    this.turningTimesS = [...s.turningTimesS];
    this.periodS = s.periodS < 0 ? NaN : s.periodS;
  }
}
