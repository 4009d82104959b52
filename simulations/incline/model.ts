/**
 * A block on an inclined plane with exact Coulomb friction (see model.md). Motion is along the
 * incline only; axis s points DOWN the slope from the top end (s = 0) to the bottom stop (s = L).
 * Between changes of state (start, stop, hitting an end) the acceleration is constant, so each step
 * is integrated exactly, split at the instants where the velocity reaches zero or the block an end.
 */
import { gravityFromParams } from '../core/gravity';
import { num, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { inclineMeta } from './meta';

export interface InclineState {
  params: ParamValues;
  timeS: number;
  positionM: number;
  velocityMps: number;
  distanceM: number;
  sliding: boolean;
}

/** Where the block starts, as a fraction of the incline length from the top. */
export const START_FRACTION = 0.2;

export interface InclineForces {
  gravityParallelN: number;
  gravityPerpendicularN: number;
  normalForceN: number;
  /** Friction along the axis (positive = down the slope). */
  frictionForceN: number;
  appliedForceN: number;
  /** Force of an end stop on the block (0 unless resting against an end). */
  stopForceN: number;
  netForceN: number;
}

export class InclineModel implements Simulation<InclineState> {
  readonly meta = inclineMeta;
  timeS = 0;
  positionM = 0;
  velocityMps = 0;
  distanceM = 0;
  sliding = false;
  angleRad = 0;
  lengthM = 5;
  massKg = 1;
  private gMps2 = 9.81;
  private muS = 0;
  private muK = 0;
  private appliedN = 0;
  private params: ParamValues = {};

  reset(params: ParamValues, _seed?: number): void {
    this.params = { ...params };
    this.angleRad = (num(params, 'angleDeg') * Math.PI) / 180;
    this.massKg = num(params, 'massKg');
    this.muS = num(params, 'staticFriction');
    this.muK = num(params, 'kineticFriction');
    this.appliedN = num(params, 'appliedForceN');
    this.lengthM = num(params, 'lengthM');
    this.gMps2 = gravityFromParams(params);
    this.timeS = 0;
    this.positionM = START_FRACTION * this.lengthM;
    this.velocityMps = 0;
    this.distanceM = 0;
    this.sliding = false;
  }

  private get normalN(): number {
    return this.massKg * this.gMps2 * Math.cos(this.angleRad);
  }

  /** Gravity's component down the slope plus the applied force. */
  private get drivingN(): number {
    return this.massKg * this.gMps2 * Math.sin(this.angleRad) + this.appliedN;
  }

  /** At rest: does friction (or an end stop) hold the block? Rounding slack so tan θ = μs holds. */
  private holds(): boolean {
    const drive = this.drivingN;
    if (this.atEnd(drive)) return true;
    const slack = 1e-12 * (Math.abs(drive) + this.normalN);
    // Sliding starts only if the push beats static friction and kinetic friction could not stop it at once.
    return Math.abs(drive) <= this.muS * this.normalN + slack || Math.abs(drive) <= this.muK * this.normalN + slack;
  }

  /** Resting against an end stop with the driving force pushing into it. */
  private atEnd(drive: number): boolean {
    return (this.positionM >= this.lengthM && drive > 0) || (this.positionM <= 0 && drive < 0);
  }

  /** Acceleration while sliding in direction `dir` (±1). */
  private slidingAcceleration(dir: number): number {
    return (this.drivingN - dir * this.muK * this.normalN) / this.massKg;
  }

  step(dtS: number): SimEvent[] {
    const events: SimEvent[] = [];
    let left = dtS;
    for (let guard = 0; left > 0 && guard < 8; guard++) {
      const t0 = this.timeS + (dtS - left);
      if (!this.sliding) {
        if (this.holds()) break;
        this.sliding = true;
        events.push({ name: 'started', timeS: t0 });
      }
      const v = this.velocityMps;
      const dir = v !== 0 ? Math.sign(v) : Math.sign(this.drivingN);
      const a = this.slidingAcceleration(dir);
      // Earliest of: the step ends, the velocity reaches zero, the block reaches an end.
      let tEnd = left;
      let why: 'none' | 'rest' | 'bottom' | 'top' = 'none';
      if (a * dir < 0) {
        const tRest = -v / a;
        if (tRest <= tEnd) [tEnd, why] = [tRest, 'rest'];
      }
      const target = dir > 0 ? this.lengthM : 0;
      const tHit = firstHit(this.positionM - target, v, a);
      if (tHit !== null && tHit <= tEnd) [tEnd, why] = [tHit, dir > 0 ? 'bottom' : 'top'];
      const ds = v * tEnd + 0.5 * a * tEnd * tEnd;
      this.positionM += ds;
      this.distanceM += Math.abs(ds);
      this.velocityMps = v + a * tEnd;
      left -= tEnd;
      if (why !== 'none') {
        this.velocityMps = 0;
        this.sliding = false;
        if (why === 'bottom') this.positionM = this.lengthM;
        if (why === 'top') this.positionM = 0;
        events.push({ name: 'stopped', timeS: t0 + tEnd });
        if (why === 'bottom') events.push({ name: 'reachedBottom', timeS: t0 + tEnd });
      }
    }
    this.timeS += dtS;
    return events;
  }

  /** All forces along / across the incline in the current state, N (along: positive down the slope). */
  forces(): InclineForces {
    const m = this.massKg, g = this.gMps2, th = this.angleRad;
    const gravityParallelN = m * g * Math.sin(th);
    const drive = this.drivingN;
    let frictionForceN = 0;
    let stopForceN = 0;
    if (this.sliding) {
      const dir = this.velocityMps !== 0 ? Math.sign(this.velocityMps) : Math.sign(drive);
      frictionForceN = -dir * this.muK * this.normalN;
    } else if (this.atEnd(drive)) {
      stopForceN = -drive;
    } else {
      frictionForceN = -drive; // static friction: exactly what is needed, |f| ≤ μs N
    }
    return {
      gravityParallelN,
      gravityPerpendicularN: m * g * Math.cos(th),
      normalForceN: this.normalN,
      frictionForceN,
      appliedForceN: this.appliedN,
      stopForceN,
      netForceN: drive + frictionForceN + stopForceN,
    };
  }

  measure(): Measurements {
    const f = this.forces();
    return {
      positionM: this.positionM,
      distanceM: this.distanceM,
      velocityMps: this.velocityMps,
      accelerationMps2: f.netForceN / this.massKg,
      sliding: this.sliding ? 1 : 0,
      gravityParallelN: f.gravityParallelN,
      gravityPerpendicularN: f.gravityPerpendicularN,
      normalForceN: f.normalForceN,
      frictionForceN: f.frictionForceN,
      appliedForceN: f.appliedForceN,
      netForceN: f.netForceN,
    };
  }

  state(): InclineState {
    return {
      params: { ...this.params },
      timeS: this.timeS,
      positionM: this.positionM,
      velocityMps: this.velocityMps,
      distanceM: this.distanceM,
      sliding: this.sliding,
    };
  }

  restore(state: InclineState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.positionM = state.positionM;
    this.velocityMps = state.velocityMps;
    this.distanceM = state.distanceM;
    this.sliding = state.sliding;
  }
}

/** Smallest t > 0 with gap + v t + ½ a t² = 0 (gap = position − target), or null. */
function firstHit(gap: number, v: number, a: number): number | null {
  const roots: number[] = [];
  if (Math.abs(a) < 1e-15) {
    if (v !== 0) roots.push(-gap / v);
  } else {
    const disc = v * v - 2 * a * gap;
    if (disc >= 0) {
      const sq = Math.sqrt(disc);
      roots.push((-v - sq) / a, (-v + sq) / a);
    }
  }
  const positive = roots.filter((t) => t > 0);
  return positive.length ? Math.min(...positive) : null;
}
