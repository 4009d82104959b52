/**
 * Collisions on an air track (two carts, 1D) or on a table of discs (2D, up to 300).
 * A uniform grid finds the contacts (contact-grid.ts); the response is an exact impulse along the
 * contact normal with the chosen coefficient of restitution e, and for e = 0 the bodies stick
 * together (they join a cluster that moves with its centre-of-mass velocity). See model.md.
 */
import { num, str, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { ContactGrid } from './contact-grid';
import { TABLE_HEIGHT_M, TABLE_WIDTH_M, TRACK_LENGTH_M, tableLayout, trackLayout, type BodyLayout } from './layout';
import { collisionsMeta } from './meta';

export type CollisionMode = 'track' | 'table';

/** Momentum (x) and kinetic energy of bodies 1 and 2, at one instant. */
export interface PairSnapshot {
  p1: number;
  p2: number;
  ke1: number;
  ke2: number;
}

export interface CollisionsState {
  params: ParamValues;
  seed: number;
  timeS: number;
  bodies: BodyLayout[];
  clusterOf: number[];
  collisionCount: number;
  before: PairSnapshot | null;
  after: PairSnapshot | null;
  initialTotals: { px: number; ke: number };
}

export class CollisionsModel implements Simulation<CollisionsState> {
  readonly meta = collisionsMeta;
  timeS = 0;
  mode: CollisionMode = 'track';
  count = 0;
  x = new Float64Array(0);
  y = new Float64Array(0);
  vx = new Float64Array(0);
  vy = new Float64Array(0);
  massKg = new Float64Array(0);
  /** Disc radius, or half a cart's width, m. */
  radiusM = new Float64Array(0);
  /** Sticking (e = 0): index of each body's cluster representative (itself unless stuck to others). */
  clusterOf = new Int32Array(0);
  private members: number[][] = [];
  collisionCount = 0;
  /** Bodies 1 and 2 just before / just after their latest collision with each other. */
  before: PairSnapshot | null = null;
  after: PairSnapshot | null = null;
  restitution = 1;
  private initialTotals = { px: 0, ke: 0 };
  private contacts: ContactGrid | null = null;
  private params: ParamValues = {};
  private seed = 1;

  reset(params: ParamValues, seed = 1): void {
    this.params = { ...params };
    this.seed = seed;
    this.mode = str(params, 'mode') as CollisionMode;
    this.restitution = num(params, 'restitution');
    const m1 = num(params, 'mass1Kg'), m2 = num(params, 'mass2Kg');
    const v1 = num(params, 'velocity1Mps'), v2 = num(params, 'velocity2Mps');
    const layout =
      this.mode === 'track'
        ? trackLayout(m1, m2, v1, v2)
        : tableLayout(Math.round(num(params, 'discCount')), m1, m2, v1, v2, num(params, 'discSpeedMps'), seed);
    this.load(layout, Array.from(layout, (_, i) => i));
    this.timeS = 0;
    this.collisionCount = 0;
    this.before = null;
    this.after = null;
    this.initialTotals = { px: this.totalMomentum()[0], ke: this.totalKineticEnergy() };
  }

  private load(layout: BodyLayout[], clusterOf: number[]): void {
    this.count = layout.length;
    this.x = Float64Array.from(layout, (b) => b.x);
    this.y = Float64Array.from(layout, (b) => b.y);
    this.vx = Float64Array.from(layout, (b) => b.vx);
    this.vy = Float64Array.from(layout, (b) => b.vy);
    this.massKg = Float64Array.from(layout, (b) => b.massKg);
    this.radiusM = Float64Array.from(layout, (b) => b.radiusM);
    this.clusterOf = Int32Array.from(clusterOf);
    this.rebuildClusters();
    // A cart's "radius" is half its width and both carts are at y = 0: the same test is the 1D one on the track.
    this.contacts = this.mode === 'track' ? new ContactGrid(this.radiusM, TRACK_LENGTH_M, 0) : new ContactGrid(this.radiusM, TABLE_WIDTH_M, TABLE_HEIGHT_M);
  }

  /** Rebuild the member lists from `clusterOf` (each entry is its cluster's representative). */
  private rebuildClusters(): void {
    this.members = Array.from({ length: this.count }, () => [] as number[]);
    for (let i = 0; i < this.count; i++) this.members[this.clusterOf[i]].push(i);
  }

  /** Call f for every body of i's cluster (all members share one velocity). */
  private forCluster(i: number, f: (j: number) => void): void {
    for (const j of this.members[this.clusterOf[i]]) f(j);
  }

  private clusterMass(i: number): number {
    let m = 0;
    for (const j of this.members[this.clusterOf[i]]) m += this.massKg[j];
    return m;
  }

  /** Join j's cluster into i's. */
  private merge(i: number, j: number): void {
    const ri = this.clusterOf[i], rj = this.clusterOf[j];
    for (const k of this.members[rj]) {
      this.clusterOf[k] = ri;
      this.members[ri].push(k);
    }
    this.members[rj] = [];
  }

  step(dtS: number): SimEvent[] {
    const n = this.count;
    const { x, y, vx, vy } = this;
    for (let i = 0; i < n; i++) {
      x[i] += vx[i] * dtS;
      y[i] += vy[i] * dtS;
    }
    this.bounceOffWalls();
    const countBefore = this.collisionCount;
    let firstContactS = Infinity;
    for (const [i, j] of this.contacts!.touching(x, y)) {
      const t = this.resolve(i, j);
      if (t !== null) firstContactS = Math.min(firstContactS, t);
    }
    const t0 = this.timeS;
    this.timeS += dtS;
    if (this.collisionCount === countBefore) return [];
    // Contact time inside the step: back off by overlap / approach speed (clamped to the step).
    return [{ name: 'collided', timeS: Math.max(t0, this.timeS - Math.min(firstContactS, dtS)) }];
  }

  /** Elastic bumpers at the track ends / table cushions (momentum of the bodies is not conserved there). */
  private bounceOffWalls(): void {
    const track = this.mode === 'track';
    const maxX = track ? TRACK_LENGTH_M : TABLE_WIDTH_M;
    for (let i = 0; i < this.count; i++) {
      const r = this.radiusM[i];
      let shiftX = 0, shiftY = 0;
      if (this.x[i] - r < 0 && this.vx[i] < 0) shiftX = r - this.x[i];
      else if (this.x[i] + r > maxX && this.vx[i] > 0) shiftX = maxX - r - this.x[i];
      if (!track) {
        if (this.y[i] - r < 0 && this.vy[i] < 0) shiftY = r - this.y[i];
        else if (this.y[i] + r > TABLE_HEIGHT_M && this.vy[i] > 0) shiftY = TABLE_HEIGHT_M - r - this.y[i];
      }
      if (shiftX === 0 && shiftY === 0) continue;
      this.forCluster(i, (j) => {
        if (shiftX !== 0) {
          this.x[j] += shiftX;
          this.vx[j] = -this.vx[j];
        }
        if (shiftY !== 0) {
          this.y[j] += shiftY;
          this.vy[j] = -this.vy[j];
        }
      });
    }
  }

  /**
   * Resolve a touching pair. Returns how long ago (s) they first touched, or null if they were not
   * approaching (already separating or stuck together).
   */
  private resolve(i: number, j: number): number | null {
    if (this.clusterOf[i] === this.clusterOf[j]) return null;
    let nx: number, ny: number, overlap: number;
    if (this.mode === 'track') {
      const dx = this.x[j] - this.x[i];
      nx = Math.sign(dx) || 1;
      ny = 0;
      overlap = this.radiusM[i] + this.radiusM[j] - Math.abs(dx);
    } else {
      const dx = this.x[j] - this.x[i], dy = this.y[j] - this.y[i];
      const d = Math.hypot(dx, dy) || 1e-12;
      nx = dx / d;
      ny = dy / d;
      overlap = this.radiusM[i] + this.radiusM[j] - d;
    }
    if (overlap <= 0) return null;
    const approach = (this.vx[j] - this.vx[i]) * nx + (this.vy[j] - this.vy[i]) * ny;
    if (approach >= 0) return null;
    const named = (i === 0 && j === 1);
    if (named) this.before = this.snapshot();
    const mi = this.clusterMass(i), mj = this.clusterMass(j);
    const e = this.restitution;
    if (e === 0) {
      // Perfectly inelastic: both clusters take their common centre-of-mass velocity and stay together.
      const ux = (mi * this.vx[i] + mj * this.vx[j]) / (mi + mj);
      const uy = (mi * this.vy[i] + mj * this.vy[j]) / (mi + mj);
      this.merge(i, j);
      this.forCluster(i, (k) => {
        this.vx[k] = ux;
        this.vy[k] = uy;
      });
    } else {
      // Impulse along the normal: J = −(1 + e)·v_rel,n / (1/mi + 1/mj)  (Newton's law of restitution).
      const jn = (-(1 + e) * approach) / (1 / mi + 1 / mj);
      this.vx[i] -= (jn * nx) / mi;
      this.vy[i] -= (jn * ny) / mi;
      this.vx[j] += (jn * nx) / mj;
      this.vy[j] += (jn * ny) / mj;
      // Separate the overlap, keeping the centre of mass where it is.
      const si = (overlap * mj) / (mi + mj), sj = (overlap * mi) / (mi + mj);
      this.x[i] -= si * nx;
      this.y[i] -= si * ny;
      this.x[j] += sj * nx;
      this.y[j] += sj * ny;
    }
    this.collisionCount++;
    if (named) this.after = this.snapshot();
    return overlap / -approach;
  }

  private snapshot(): PairSnapshot {
    const [m1, m2] = this.massKg;
    return {
      p1: m1 * this.vx[0],
      p2: m2 * this.vx[1],
      ke1: 0.5 * m1 * (this.vx[0] ** 2 + this.vy[0] ** 2),
      ke2: 0.5 * m2 * (this.vx[1] ** 2 + this.vy[1] ** 2),
    };
  }

  totalMomentum(): [number, number] {
    let px = 0, py = 0;
    for (let i = 0; i < this.count; i++) {
      px += this.massKg[i] * this.vx[i];
      py += this.massKg[i] * this.vy[i];
    }
    return [px, py];
  }

  totalKineticEnergy(): number {
    let ke = 0;
    for (let i = 0; i < this.count; i++) ke += 0.5 * this.massKg[i] * (this.vx[i] ** 2 + this.vy[i] ** 2);
    return ke;
  }

  measure(): Measurements {
    const now = this.snapshot();
    const [px, py] = this.totalMomentum();
    const ke = this.totalKineticEnergy();
    const b = this.mode === 'track' ? this.before : null;
    const a = this.mode === 'track' ? this.after : null;
    return {
      velocity1Mps: this.vx[0],
      velocity2Mps: this.vx[1],
      momentum1KgMps: now.p1,
      momentum2KgMps: now.p2,
      kineticEnergy1J: now.ke1,
      kineticEnergy2J: now.ke2,
      totalMomentumKgMps: px,
      totalMomentumYKgMps: py,
      totalKineticEnergyJ: ke,
      momentum1BeforeKgMps: b ? b.p1 : NaN,
      momentum2BeforeKgMps: b ? b.p2 : NaN,
      // Track: bodies 1 and 2 just before/after their latest collision. Table: the whole table at the start / now.
      totalMomentumBeforeKgMps: b ? b.p1 + b.p2 : this.mode === 'table' ? this.initialTotals.px : NaN,
      kineticEnergy1BeforeJ: b ? b.ke1 : NaN,
      kineticEnergy2BeforeJ: b ? b.ke2 : NaN,
      totalKineticEnergyBeforeJ: b ? b.ke1 + b.ke2 : this.mode === 'table' ? this.initialTotals.ke : NaN,
      momentum1AfterKgMps: a ? a.p1 : NaN,
      momentum2AfterKgMps: a ? a.p2 : NaN,
      totalMomentumAfterKgMps: a ? a.p1 + a.p2 : this.mode === 'table' ? px : NaN,
      kineticEnergy1AfterJ: a ? a.ke1 : NaN,
      kineticEnergy2AfterJ: a ? a.ke2 : NaN,
      totalKineticEnergyAfterJ: a ? a.ke1 + a.ke2 : this.mode === 'table' ? ke : NaN,
      collisionCount: this.collisionCount,
    };
  }

  /** True when bodies i and j are stuck together (perfectly inelastic collision happened). */
  stuck(i: number, j: number): boolean {
    return this.clusterOf[i] === this.clusterOf[j];
  }

  state(): CollisionsState {
    const bodies: BodyLayout[] = [];
    for (let i = 0; i < this.count; i++) {
      bodies.push({ x: this.x[i], y: this.y[i], vx: this.vx[i], vy: this.vy[i], massKg: this.massKg[i], radiusM: this.radiusM[i] });
    }
    return {
      params: { ...this.params },
      seed: this.seed,
      timeS: this.timeS,
      bodies,
      clusterOf: Array.from(this.clusterOf),
      collisionCount: this.collisionCount,
      before: this.before && { ...this.before },
      after: this.after && { ...this.after },
      initialTotals: { ...this.initialTotals },
    };
  }

  restore(state: CollisionsState): void {
    this.params = { ...state.params };
    this.seed = state.seed;
    this.mode = str(state.params, 'mode') as CollisionMode;
    this.restitution = num(state.params, 'restitution');
    this.load(state.bodies, state.clusterOf);
    this.timeS = state.timeS;
    this.collisionCount = state.collisionCount;
    this.before = state.before && { ...state.before };
    this.after = state.after && { ...state.after };
    this.initialTotals = { ...state.initialTotals };
  }
}
