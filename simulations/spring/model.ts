/**
 * A mass hanging on a vertical spring with linear (viscous) damping. Axis x points DOWN; u is the
 * displacement from the equilibrium position x_eq = mg/k (positive = below equilibrium):
 *   m u'' = m g − k (x_eq + u) − b u'
 * The heat made by damping is integrated alongside (Q' = b u'²), so
 *   E = ½ m v² + ½ k (x_eq + u)² − m g u + Q  stays constant. RK4 on y = [u, v, Q] (see model.md).
 */
import { gravityFromParams } from '../core/gravity';
import { createRk4Stepper } from '../core/integrators';
import { AMPLITUDE_FLOOR_RELATIVE, OscillationTimer, type OscillationTimerState } from '../core/oscillation-timer';
import { num, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { springMeta } from './meta';

export interface SpringState {
  params: ParamValues;
  timeS: number;
  y: number[];
  timer: OscillationTimerState;
}

export class SpringModel implements Simulation<SpringState> {
  readonly meta = springMeta;
  timeS = 0;
  /** [u (m, down), v (m/s, down), Q (J)]. */
  readonly y = new Float64Array(3);
  readonly timer = new OscillationTimer();
  massKg = 0.5;
  springConstantNpm = 20;
  gMps2 = 9.81;
  /** Spring extension at equilibrium, m. */
  equilibriumExtensionM = 0;
  private dampingKgps = 0;
  private params: ParamValues = {};
  private readonly prev = new Float64Array(3);
  private readonly acc0 = new Float64Array(3);
  private readonly acc1 = new Float64Array(3);
  private readonly stepRk4 = createRk4Stepper(3, (_t, s, out) => this.derivative(s, out));

  private derivative(s: Float64Array, out: Float64Array): void {
    const m = this.massKg, v = s[1];
    out[0] = v;
    out[1] = this.gMps2 - (this.springConstantNpm / m) * (this.equilibriumExtensionM + s[0]) - (this.dampingKgps / m) * v;
    out[2] = this.dampingKgps * v * v;
  }

  reset(params: ParamValues, _seed?: number): void {
    this.params = { ...params };
    this.massKg = num(params, 'massKg');
    this.springConstantNpm = num(params, 'springConstantNpm');
    this.dampingKgps = num(params, 'dampingKgps');
    this.gMps2 = gravityFromParams(params);
    this.equilibriumExtensionM = (this.massKg * this.gMps2) / this.springConstantNpm;
    this.y[0] = num(params, 'displacementM');
    this.y[1] = 0;
    this.y[2] = 0;
    this.timeS = 0;
    // u is computed from the extension x_eq + u, so it carries rounding noise of ~1e-16 of that scale.
    this.timer.start(0, 0, this.y[0], AMPLITUDE_FLOOR_RELATIVE * (Math.abs(this.equilibriumExtensionM) + Math.abs(this.y[0])));
  }

  step(dtS: number): SimEvent[] {
    this.prev.set(this.y);
    this.derivative(this.prev, this.acc0);
    this.stepRk4(this.timeS, this.y, dtS);
    this.derivative(this.y, this.acc1);
    const measured = this.timer.update(this.timeS, dtS, this.prev[1], this.acc0[1], this.y[1], this.acc1[1], this.y[0]);
    this.timeS += dtS;
    return measured ? [{ name: 'period', timeS: this.timer.turningTimesS[2] }] : [];
  }

  /** The four energies, J (gravitational energy is zero at the equilibrium position). */
  energies(): { kineticJ: number; elasticJ: number; gravitationalJ: number; thermalJ: number } {
    const [u, v, q] = this.y;
    const ext = this.equilibriumExtensionM + u;
    return {
      kineticJ: 0.5 * this.massKg * v * v,
      elasticJ: 0.5 * this.springConstantNpm * ext * ext,
      gravitationalJ: -this.massKg * this.gMps2 * u,
      thermalJ: q,
    };
  }

  measure(): Measurements {
    const e = this.energies();
    const acc = new Float64Array(3);
    this.derivative(this.y, acc);
    return {
      displacementM: this.y[0],
      velocityMps: this.y[1],
      accelerationMps2: acc[1],
      extensionM: this.equilibriumExtensionM + this.y[0],
      periodS: this.timer.periodS,
      kineticEnergyJ: e.kineticJ,
      elasticEnergyJ: e.elasticJ,
      gravitationalEnergyJ: e.gravitationalJ,
      thermalEnergyJ: e.thermalJ,
      totalEnergyJ: e.kineticJ + e.elasticJ + e.gravitationalJ + e.thermalJ,
    };
  }

  state(): SpringState {
    return { params: { ...this.params }, timeS: this.timeS, y: Array.from(this.y), timer: this.timer.state() };
  }

  restore(state: SpringState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.y.set(state.y);
    this.timer.restore(state.timer);
  }
}
