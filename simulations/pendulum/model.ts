/**
 * Two independent simple pendulums (point mass on a massless rod), full nonlinear equation
 *   θ'' = −(g/L) sin θ − (b/m) θ'
 * integrated by RK4 (see model.md). State y = [θ1, ω1, θ2, ω2].
 */
import { gravityFromParams } from '../core/gravity';
import { createRk4Stepper } from '../core/integrators';
import { AMPLITUDE_FLOOR_RELATIVE, OscillationTimer, type OscillationTimerState } from '../core/oscillation-timer';
import { bool, num, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { pendulumMeta } from './meta';

export interface PendulumState {
  params: ParamValues;
  timeS: number;
  y: number[];
  timers: [OscillationTimerState, OscillationTimerState];
}

const DEG = Math.PI / 180;

export class PendulumModel implements Simulation<PendulumState> {
  readonly meta = pendulumMeta;
  timeS = 0;
  /** [θ1, ω1, θ2, ω2] in rad and rad/s; θ = 0 hanging straight down. */
  readonly y = new Float64Array(4);
  readonly timers: [OscillationTimer, OscillationTimer] = [new OscillationTimer(), new OscillationTimer()];
  /** Rod lengths, m. */
  lengthsM: [number, number] = [1, 0.5];
  massKg = 1;
  gMps2 = 9.81;
  hasSecond = true;
  private dampingPerS = 0;
  private params: ParamValues = {};
  private readonly prev = new Float64Array(4);
  private readonly acc0 = new Float64Array(4);
  private readonly acc1 = new Float64Array(4);
  private readonly stepRk4 = createRk4Stepper(4, (_t, s, out) => this.derivative(s, out));

  private derivative(s: Float64Array, out: Float64Array): void {
    const g = this.gMps2, c = this.dampingPerS;
    out[0] = s[1];
    out[1] = -(g / this.lengthsM[0]) * Math.sin(s[0]) - c * s[1];
    out[2] = s[3];
    out[3] = -(g / this.lengthsM[1]) * Math.sin(s[2]) - c * s[3];
  }

  reset(params: ParamValues, _seed?: number): void {
    this.params = { ...params };
    this.gMps2 = gravityFromParams(params);
    this.massKg = num(params, 'massKg');
    this.dampingPerS = num(params, 'dampingKgps') / this.massKg;
    this.lengthsM = [num(params, 'lengthM'), num(params, 'length2M')];
    this.hasSecond = bool(params, 'secondPendulum');
    this.y[0] = num(params, 'angleDeg') * DEG;
    this.y[1] = 0;
    this.y[2] = num(params, 'angle2Deg') * DEG;
    this.y[3] = 0;
    this.timeS = 0;
    this.timers[0].start(0, 0, this.y[0], AMPLITUDE_FLOOR_RELATIVE * Math.abs(this.y[0]));
    this.timers[1].start(0, 0, this.y[2], AMPLITUDE_FLOOR_RELATIVE * Math.abs(this.y[2]));
  }

  step(dtS: number): SimEvent[] {
    this.prev.set(this.y);
    this.derivative(this.prev, this.acc0);
    this.stepRk4(this.timeS, this.y, dtS);
    this.derivative(this.y, this.acc1);
    const events: SimEvent[] = [];
    const p = this.prev, y = this.y;
    if (this.timers[0].update(this.timeS, dtS, p[1], this.acc0[1], y[1], this.acc1[1], y[0])) {
      events.push({ name: 'period', timeS: this.timers[0].turningTimesS[2] });
    }
    if (this.hasSecond && this.timers[1].update(this.timeS, dtS, p[3], this.acc0[3], y[3], this.acc1[3], y[2])) {
      events.push({ name: 'period2', timeS: this.timers[1].turningTimesS[2] });
    }
    this.timeS += dtS;
    return events;
  }

  /** Kinetic and potential energy (zero at the lowest point) of pendulum `i`, J. */
  energies(i: 0 | 1): { kineticJ: number; potentialJ: number } {
    const L = this.lengthsM[i], th = this.y[2 * i], w = this.y[2 * i + 1];
    return { kineticJ: 0.5 * this.massKg * L * L * w * w, potentialJ: this.massKg * this.gMps2 * L * (1 - Math.cos(th)) };
  }

  measure(): Measurements {
    const e1 = this.energies(0);
    const out: Measurements = {
      angleDeg: this.y[0] / DEG,
      angularVelocityRadps: this.y[1],
      periodS: this.timers[0].periodS,
      // T² against L is a straight line (T² = 4π²L/g for small swings): students plot it to find g.
      periodSquaredS2: this.timers[0].periodS ** 2,
      kineticEnergyJ: e1.kineticJ,
      potentialEnergyJ: e1.potentialJ,
      totalEnergyJ: e1.kineticJ + e1.potentialJ,
      angle2Deg: NaN,
      angularVelocity2Radps: NaN,
      period2S: NaN,
      kineticEnergy2J: NaN,
      potentialEnergy2J: NaN,
      totalEnergy2J: NaN,
    };
    if (this.hasSecond) {
      const e2 = this.energies(1);
      out.angle2Deg = this.y[2] / DEG;
      out.angularVelocity2Radps = this.y[3];
      out.period2S = this.timers[1].periodS;
      out.kineticEnergy2J = e2.kineticJ;
      out.potentialEnergy2J = e2.potentialJ;
      out.totalEnergy2J = e2.kineticJ + e2.potentialJ;
    }
    return out;
  }

  state(): PendulumState {
    return { params: { ...this.params }, timeS: this.timeS, y: Array.from(this.y), timers: [this.timers[0].state(), this.timers[1].state()] };
  }

  restore(state: PendulumState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.y.set(state.y);
    this.timers[0].restore(state.timers[0]);
    this.timers[1].restore(state.timers[1]);
  }
}
