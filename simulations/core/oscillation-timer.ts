/**
 * Times an oscillation between turning points (where the velocity changes sign). The turning time is
 * placed inside the step by Hermite interpolation of the velocity, using the acceleration as its slope.
 * Period = time between two turning points on the same side (every second turning point).
 */
import { hermiteZero } from './hermite';

export interface OscillationTimerState {
  turningTimesS: number[];
  periodS: number;
}

export class OscillationTimer {
  /** The last (up to) three turning times, seconds. */
  turningTimesS: number[] = [];
  /** Last measured period, s (NaN until one full oscillation was seen). */
  periodS = NaN;

  /** Start timing; a body released from rest is at a turning point at t = 0. */
  start(timeS: number, velocity: number, position: number): void {
    this.turningTimesS = velocity === 0 && position !== 0 ? [timeS] : [];
    this.periodS = NaN;
  }

  /**
   * Feed one step from t0 to t0 + h with velocity and acceleration at both ends.
   * Returns true when a new period was measured in this step.
   */
  update(t0S: number, hS: number, v0: number, a0: number, v1: number, a1: number): boolean {
    if (v0 === 0 || (v1 !== 0 && Math.sign(v1) === Math.sign(v0))) return false;
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
