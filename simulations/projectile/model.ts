/**
 * Projectile motion with optional quadratic air drag (see model.md).
 * State y = [x, y, vx, vy], integrated by RK4; the landing (y = 0) is placed inside the step by
 * cubic Hermite interpolation, so range and flight time do not depend on the step grid.
 */
import { gravityFromParams } from '../core/gravity';
import { hermiteAt, hermiteZero } from '../core/hermite';
import { createRk4Stepper } from '../core/integrators';
import { bool, num, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { projectileMeta } from './meta';

/** A trace is a flat list [x0, y0, x1, y1, …] in metres. */
export type Trace = number[];

export interface ProjectileState {
  params: ParamValues;
  timeS: number;
  y: number[];
  landed: boolean;
  maxHeightM: number;
  rangeM: number;
  flightTimeS: number;
  impactSpeedMps: number;
  trace: Trace;
  traceIntervalS: number;
  nextTraceS: number;
  previousTraces: Trace[];
}

/** How many earlier launches stay drawn (besides the current one). */
export const MAX_PREVIOUS_TRACES = 4;
const MAX_TRACE_POINTS = 1500;

export class ProjectileModel implements Simulation<ProjectileState> {
  readonly meta = projectileMeta;
  timeS = 0;
  /** [x, y, vx, vy] in m and m/s. */
  readonly y = new Float64Array(4);
  landed = false;
  maxHeightM = 0;
  rangeM = NaN;
  flightTimeS = NaN;
  impactSpeedMps = NaN;
  /** The current launch's path, and earlier launches' (oldest first), for the view. */
  trace: Trace = [];
  previousTraces: Trace[] = [];
  private traceIntervalS = 0.02;
  private nextTraceS = 0;
  private params: ParamValues = {};
  private gMps2 = 9.81;
  /** Drag constant over mass, 1/m: a_drag = −(k/m)|v|v with k = ½ρ·Cd·A. */
  private dragPerM = 0;
  private readonly prev = new Float64Array(4);
  private readonly accPrev = new Float64Array(4);
  private readonly accNow = new Float64Array(4);
  private readonly stepRk4 = createRk4Stepper(4, (_t, s, out) => this.derivative(s, out));

  private derivative(s: Float64Array, out: Float64Array): void {
    const vx = s[2], vy = s[3];
    const speed = Math.hypot(vx, vy);
    out[0] = vx;
    out[1] = vy;
    out[2] = -this.dragPerM * speed * vx;
    out[3] = -this.gMps2 - this.dragPerM * speed * vy;
  }

  reset(params: ParamValues, _seed?: number): void {
    // A new launch keeps the previous path on screen (if the projectile had moved).
    if (this.trace.length >= 4) {
      this.previousTraces.push(this.trace);
      while (this.previousTraces.length > MAX_PREVIOUS_TRACES) this.previousTraces.shift();
    }
    this.params = { ...params };
    this.gMps2 = gravityFromParams(params);
    const massKg = num(params, 'massKg');
    const areaM2 = Math.PI * (num(params, 'diameterM') / 2) ** 2;
    this.dragPerM = bool(params, 'airResistance') ? (0.5 * num(params, 'airDensityKgpm3') * num(params, 'dragCoefficient') * areaM2) / massKg : 0;
    const speed = num(params, 'speedMps');
    const angle = (num(params, 'angleDeg') * Math.PI) / 180;
    this.y[0] = 0;
    this.y[1] = num(params, 'heightM');
    this.y[2] = speed * Math.cos(angle);
    this.y[3] = speed * Math.sin(angle);
    this.timeS = 0;
    this.landed = false;
    this.maxHeightM = this.y[1];
    this.rangeM = NaN;
    this.flightTimeS = NaN;
    this.impactSpeedMps = NaN;
    this.trace = [this.y[0], this.y[1]];
    this.traceIntervalS = 0.02;
    this.nextTraceS = this.traceIntervalS;
  }

  /** Forget earlier launches' paths. */
  clearTraces(): void {
    this.previousTraces = [];
  }

  step(dtS: number): SimEvent[] {
    if (this.landed) {
      this.timeS += dtS;
      return [];
    }
    const y = this.y;
    this.prev.set(y);
    this.derivative(this.prev, this.accPrev);
    this.stepRk4(this.timeS, y, dtS);
    this.derivative(y, this.accNow);
    const p = this.prev, a0 = this.accPrev, a1 = this.accNow;

    // Peak inside the step: vy changes sign.
    if (p[3] > 0 && y[3] <= 0) {
      const s = hermiteZero(p[3], a0[3], y[3], a1[3], dtS);
      this.maxHeightM = Math.max(this.maxHeightM, hermiteAt(p[1], p[3], y[1], y[3], dtS, s));
    }
    this.maxHeightM = Math.max(this.maxHeightM, y[1]);

    const events: SimEvent[] = [];
    if (y[1] < 0) {
      const s = hermiteZero(p[1], p[3], y[1], y[3], dtS);
      const tLand = this.timeS + s * dtS;
      const xLand = hermiteAt(p[0], p[2], y[0], y[2], dtS, s);
      const vx = hermiteAt(p[2], a0[2], y[2], a1[2], dtS, s);
      const vy = hermiteAt(p[3], a0[3], y[3], a1[3], dtS, s);
      y[0] = xLand;
      y[1] = 0;
      y[2] = 0;
      y[3] = 0;
      this.landed = true;
      this.rangeM = xLand;
      this.flightTimeS = tLand;
      this.impactSpeedMps = Math.hypot(vx, vy);
      this.trace.push(xLand, 0);
      events.push({ name: 'landed', timeS: tLand });
    }
    this.timeS += dtS;
    if (!this.landed && this.timeS >= this.nextTraceS - 1e-12) this.addTracePoint();
    return events;
  }

  private addTracePoint(): void {
    this.trace.push(this.y[0], this.y[1]);
    this.nextTraceS += this.traceIntervalS;
    if (this.trace.length / 2 > MAX_TRACE_POINTS) {
      // Long flights: keep every other point and sample half as often, so memory stays bounded.
      const thinned: Trace = [];
      for (let i = 0; i < this.trace.length; i += 4) thinned.push(this.trace[i], this.trace[i + 1]);
      this.trace = thinned;
      this.traceIntervalS *= 2;
      this.nextTraceS = this.timeS + this.traceIntervalS;
    }
  }

  measure(): Measurements {
    const [x, y, vx, vy] = this.y;
    return {
      timeS: this.timeS,
      xM: x,
      yM: y,
      vxMps: vx,
      vyMps: vy,
      speedMps: Math.hypot(vx, vy),
      maxHeightM: this.maxHeightM,
      rangeM: this.rangeM,
      flightTimeS: this.flightTimeS,
      impactSpeedMps: this.impactSpeedMps,
    };
  }

  state(): ProjectileState {
    // NaN is not JSON-safe; "not measured yet" is stored as -1 (all three are ≥ 0 when measured).
    const safe = (v: number) => (Number.isNaN(v) ? -1 : v);
    return {
      params: { ...this.params },
      timeS: this.timeS,
      y: Array.from(this.y),
      landed: this.landed,
      maxHeightM: this.maxHeightM,
      rangeM: safe(this.rangeM),
      flightTimeS: safe(this.flightTimeS),
      impactSpeedMps: safe(this.impactSpeedMps),
      trace: [...this.trace],
      traceIntervalS: this.traceIntervalS,
      nextTraceS: this.nextTraceS,
      previousTraces: this.previousTraces.map((t) => [...t]),
    };
  }

  restore(state: ProjectileState): void {
    const unsafe = (v: number) => (v < 0 ? NaN : v);
    this.trace = [];
    this.reset(state.params);
    this.timeS = state.timeS;
    this.y.set(state.y);
    this.landed = state.landed;
    this.maxHeightM = state.maxHeightM;
    this.rangeM = unsafe(state.rangeM);
    this.flightTimeS = unsafe(state.flightTimeS);
    this.impactSpeedMps = unsafe(state.impactSpeedMps);
    this.trace = [...state.trace];
    this.traceIntervalS = state.traceIntervalS;
    this.nextTraceS = state.nextTraceS;
    this.previousTraces = state.previousTraces.map((t) => [...t]);
  }
}
