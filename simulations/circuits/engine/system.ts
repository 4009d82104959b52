/**
 * Modified nodal analysis (Ho, Ruehli & Brennan, IEEE Trans. Circuits Syst. 22 (1975) 504): one unknown per
 * node voltage (nodes joined by ideal connections share one), plus one branch current per voltage source,
 * inductor (transient) and ideal transformer. Each primitive adds its "stamp" to the matrix A and the
 * right-hand side b of A·x = b. Non-linear parts (diodes, filaments) are linearised around the last
 * iterate and the system is solved again until nothing moves (Newton–Raphson, as in SPICE): the
 * companion model of a junction is a conductance g = dI/dV in parallel with a current I(v₀) − g·v₀.
 *
 * Capacitors and inductors enter through their integration companion: with the charge (or flux) q and
 * dq/dt ≈ a0·q + h (h from the history, see integration.ts), a capacitor is a conductance a0·C in
 * parallel with a current h, and an inductor's branch equation is v − R·i − a0·λ = h − emf.
 */
import { GMIN_S } from './diode-model';
import type { Primitive } from './primitives';
import { MatrixPattern, SparseLU } from './sparse-lu';
import type { Topology } from './topology';
import { waveformValue } from './waveforms';

export interface StepContext {
  timeS: number;
  /** Integration coefficient a0 of the step (0 in DC). */
  a0: number;
  /** Per primitive index: the history term h of a capacitor or inductor. */
  history: Float64Array;
  /** Sources are multiplied by this (1; less while stepping the sources up to find a hard DC point). */
  sourceScale: number;
  /** Step length for the filament's heating (Infinity in DC: steady state). */
  dtS: number;
  /** Per primitive index: filament temperature at the start of the step. */
  temperatures: Float64Array;
}

export type NewtonResult =
  | { ok: true; iterations: number }
  | { ok: false; reason: 'singular'; iterations: number; unknowns: number[] }
  | { ok: false; reason: 'noConvergence'; iterations: number };

const RELTOL = 1e-9;
const VNTOL = 1e-12;
const ABSTOL = 1e-15;

export class MnaSystem {
  readonly n: number;
  readonly voltageUnknowns: number;
  /** Per primitive: unknown index of terminals a, b (c, d for XF) or −1 for a reference. */
  readonly ia: Int32Array;
  readonly ib: Int32Array;
  readonly ic: Int32Array;
  readonly id: Int32Array;
  /** Per primitive: branch-current unknown, or −1. */
  readonly branch: Int32Array;
  /** Solution of the last successful solve. */
  readonly x: Float64Array;
  /** Per primitive: the junction voltage (diode) or voltage (filament) last evaluated; temperature reached. */
  readonly lastV: Float64Array;
  readonly lastT: Float64Array;
  readonly nonlinear: number[] = [];
  private readonly slots: Int32Array[];
  private readonly lu: SparseLU;
  private readonly linear: Float64Array;
  private readonly values: Float64Array;
  private readonly rhs: Float64Array;
  private readonly next: Float64Array;
  private preparedA0 = NaN;
  private factoredLinear = false;
  /** Unknown index → a name for diagnostics ("node n3", "branch of V1"). */
  readonly unknownNames: string[];

  constructor(
    readonly prims: readonly Primitive[],
    readonly topo: Topology,
    ownerNames: readonly string[],
  ) {
    const P = prims.length;
    const uOf = (name: string) => topo.unknownOfGroup[topo.groupOfNode[topo.nodeIndex.get(name)!]];
    this.voltageUnknowns = topo.unknownOfGroup.reduce((m, u) => Math.max(m, u + 1), 0);
    this.unknownNames = new Array(this.voltageUnknowns);
    for (const [name, i] of topo.nodeIndex) {
      const u = topo.unknownOfGroup[topo.groupOfNode[i]];
      if (u >= 0 && this.unknownNames[u] === undefined) this.unknownNames[u] = name;
    }
    this.ia = new Int32Array(P).fill(-1);
    this.ib = new Int32Array(P).fill(-1);
    this.ic = new Int32Array(P).fill(-1);
    this.id = new Int32Array(P).fill(-1);
    this.branch = new Int32Array(P).fill(-1);
    let n = this.voltageUnknowns;
    prims.forEach((p, i) => {
      if (p.type === 'K') return;
      this.ia[i] = uOf(p.a);
      this.ib[i] = uOf(p.b);
      if (p.type === 'XF') {
        this.ic[i] = uOf(p.c);
        this.id[i] = uOf(p.d);
      }
      if (p.type === 'V' || p.type === 'L' || p.type === 'XF') {
        this.branch[i] = n++;
        this.unknownNames.push(`current of ${ownerNames[p.owner]}`);
      }
      if (p.type === 'D' || p.type === 'lamp') this.nonlinear.push(i);
    });
    this.n = n;
    const pattern = new MatrixPattern(n);
    this.slots = prims.map((p, i) => {
      const a = this.ia[i];
      const b = this.ib[i];
      const k = this.branch[i];
      switch (p.type) {
        case 'R':
          if (p.ohm === 0) return new Int32Array(0);
          return Int32Array.of(pattern.slot(a, a), pattern.slot(a, b), pattern.slot(b, a), pattern.slot(b, b));
        case 'C':
        case 'D':
        case 'lamp':
          return Int32Array.of(pattern.slot(a, a), pattern.slot(a, b), pattern.slot(b, a), pattern.slot(b, b));
        case 'V':
        case 'L':
          return Int32Array.of(pattern.slot(a, k), pattern.slot(b, k), pattern.slot(k, a), pattern.slot(k, b), pattern.slot(k, k));
        case 'XF': {
          const c = this.ic[i];
          const d = this.id[i];
          return Int32Array.of(pattern.slot(c, k), pattern.slot(d, k), pattern.slot(a, k), pattern.slot(b, k), pattern.slot(k, c), pattern.slot(k, d), pattern.slot(k, a), pattern.slot(k, b));
        }
        case 'K':
          return Int32Array.of(pattern.slot(this.branch[p.l1], this.branch[p.l2]), pattern.slot(this.branch[p.l2], this.branch[p.l1]));
        case 'I':
          return new Int32Array(0);
      }
    });
    // Every unknown gets its diagonal position, so the pattern is never structurally short of a pivot slot.
    for (let u = 0; u < n; u++) pattern.slot(u, u);
    this.lu = new SparseLU(pattern);
    this.linear = new Float64Array(pattern.size);
    this.values = new Float64Array(pattern.size);
    this.rhs = new Float64Array(n);
    this.next = new Float64Array(n);
    this.x = new Float64Array(n);
    this.lastV = new Float64Array(P);
    this.lastT = new Float64Array(P);
    for (const i of this.nonlinear) {
      const p = prims[i];
      if (p.type === 'D') this.lastV[i] = p.junction.vcrit;
    }
  }

  /** Voltage of unknown u in vector x (0 for a reference). */
  static v(x: Float64Array, u: number): number {
    return u < 0 ? 0 : x[u];
  }

  /** The matrix entries that do not change within a step (everything linear at this a0). */
  private prepareLinear(a0: number): void {
    if (a0 === this.preparedA0) return;
    this.preparedA0 = a0;
    this.factoredLinear = false;
    const L = this.linear;
    L.fill(0);
    const add = (s: number, v: number) => {
      if (s >= 0) L[s] += v;
    };
    this.prims.forEach((p, i) => {
      const s = this.slots[i];
      switch (p.type) {
        case 'R':
          if (p.ohm === 0) break;
          stampConductance(add, s, 1 / p.ohm);
          break;
        case 'C':
          stampConductance(add, s, a0 * p.farad);
          break;
        case 'V':
          add(s[0], 1);
          add(s[1], -1);
          add(s[2], 1);
          add(s[3], -1);
          add(s[4], -p.ohm);
          break;
        case 'L':
          add(s[0], 1);
          add(s[1], -1);
          add(s[2], 1);
          add(s[3], -1);
          add(s[4], -(p.ohm + a0 * p.henry));
          break;
        case 'K': {
          const l1 = this.prims[p.l1] as Extract<Primitive, { type: 'L' }>;
          const l2 = this.prims[p.l2] as Extract<Primitive, { type: 'L' }>;
          const m = p.k * Math.sqrt(l1.henry * l2.henry);
          add(s[0], -a0 * m);
          add(s[1], -a0 * m);
          break;
        }
        case 'XF':
          add(s[0], 1);
          add(s[1], -1);
          add(s[2], -p.ratio);
          add(s[3], p.ratio);
          add(s[4], 1);
          add(s[5], -1);
          add(s[6], -p.ratio);
          add(s[7], p.ratio);
          break;
        default:
          break;
      }
    });
  }

  /** Right-hand side of everything linear: sources at this time, integration history. */
  private linearRhs(ctx: StepContext): void {
    const b = this.rhs;
    b.fill(0);
    const prims = this.prims;
    for (let i = 0; i < prims.length; i++) {
      const p = prims[i];
      switch (p.type) {
        case 'V': {
          const e = (p.waveform && ctx.a0 !== 0 ? waveformValue(p.waveform, ctx.timeS) : p.volts) * ctx.sourceScale;
          b[this.branch[i]] += e;
          break;
        }
        case 'I': {
          const amps = (p.waveform && ctx.a0 !== 0 ? waveformValue(p.waveform, ctx.timeS) : p.amps) * ctx.sourceScale;
          if (this.ia[i] >= 0) b[this.ia[i]] -= amps;
          if (this.ib[i] >= 0) b[this.ib[i]] += amps;
          break;
        }
        case 'C': {
          const h = ctx.history[i];
          if (this.ia[i] >= 0) b[this.ia[i]] -= h;
          if (this.ib[i] >= 0) b[this.ib[i]] += h;
          break;
        }
        case 'L':
          b[this.branch[i]] += ctx.history[i] - p.emf * ctx.sourceScale;
          break;
        default:
          break;
      }
    }
  }

  /**
   * Newton–Raphson from the guess in `x` (kept on failure). Linear circuits take one solve, and reuse the
   * factorisation while a0 is unchanged.
   */
  solve(ctx: StepContext, maxIterations: number): NewtonResult {
    this.prepareLinear(ctx.a0);
    const n = this.n;
    const x = this.x;
    const next = this.next;
    if (this.nonlinear.length === 0) {
      if (!this.factoredLinear) {
        const f = this.lu.factor(this.linear);
        if (!f.ok) return { ok: false, reason: 'singular', iterations: 1, unknowns: f.rows };
        this.factoredLinear = true;
      }
      this.linearRhs(ctx);
      this.lu.solve(this.rhs, next);
      if (!allFinite(next)) return { ok: false, reason: 'singular', iterations: 1, unknowns: [] };
      x.set(next);
      return { ok: true, iterations: 1 };
    }
    for (let iter = 1; iter <= maxIterations; iter++) {
      this.values.set(this.linear);
      this.linearRhs(ctx);
      const limited = this.stampNonlinear(ctx, iter === 1);
      const f = this.lu.factor(this.values);
      if (!f.ok) return { ok: false, reason: 'singular', iterations: iter, unknowns: f.rows };
      this.lu.solve(this.rhs, next);
      if (!allFinite(next)) return { ok: false, reason: 'noConvergence', iterations: iter };
      let converged = !limited && iter > 1;
      // Absolute floors scale with the circuit: rounding leaves noise of about ε·cond·max|x| on a node
      // that hangs on a megohm next to milliohms, and no iteration can remove it.
      let vmax = 0;
      let imax = 0;
      for (let u = 0; u < n; u++) {
        const a = Math.abs(next[u]);
        if (u < this.voltageUnknowns) vmax = Math.max(vmax, a);
        else imax = Math.max(imax, a);
      }
      const vFloor = Math.max(VNTOL, RELTOL * vmax);
      const iFloor = Math.max(ABSTOL, RELTOL * imax);
      for (let u = 0; u < n && converged; u++) {
        const tol = RELTOL * Math.max(Math.abs(next[u]), Math.abs(x[u])) + (u < this.voltageUnknowns ? vFloor : iFloor);
        if (Math.abs(next[u] - x[u]) > tol) converged = false;
      }
      x.set(next);
      if (converged && this.devicesConverged(vFloor)) return { ok: true, iterations: iter };
    }
    return { ok: false, reason: 'noConvergence', iterations: maxIterations };
  }

  /** Stamps diodes and filaments linearised at the present iterate; true when a junction step was limited. */
  private stampNonlinear(ctx: StepContext, first: boolean): boolean {
    const A = this.values;
    const b = this.rhs;
    const x = this.x;
    let limited = false;
    const nonlinear = this.nonlinear;
    for (let n = 0; n < nonlinear.length; n++) {
      const i = nonlinear[n];
      const p = this.prims[i];
      const a = this.ia[i];
      const bb = this.ib[i];
      const raw = (a < 0 ? 0 : x[a]) - (bb < 0 ? 0 : x[bb]);
      let g: number;
      let current: number;
      let v: number;
      if (p.type === 'D') {
        v = first ? this.lastV[i] : p.junction.limit(raw, this.lastV[i]);
        if (!first && v !== raw) limited = true;
        const pt = p.junction.evaluate(v);
        g = pt.conductanceS;
        current = pt.currentA;
      } else if (p.type === 'lamp') {
        // First iteration: linearise where the filament was last (0 V, cold, for a new circuit).
        v = first ? this.lastV[i] : raw;
        const pt = p.filament.evaluate(v, ctx.temperatures[i], ctx.dtS, this.lastT[i] || undefined);
        g = pt.conductanceS;
        current = pt.currentA;
        this.lastT[i] = pt.temperatureK;
      } else continue;
      this.lastV[i] = v;
      const s = this.slots[i];
      if (s[0] >= 0) A[s[0]] += g;
      if (s[1] >= 0) A[s[1]] -= g;
      if (s[2] >= 0) A[s[2]] -= g;
      if (s[3] >= 0) A[s[3]] += g;
      const ieq = current - g * v;
      if (a >= 0) b[a] -= ieq;
      if (bb >= 0) b[bb] += ieq;
    }
    return limited;
  }

  /**
   * The junction currents predicted by the linearisation agree with the device equations (a guard against
   * a step that only looked converged because the junction voltage was limited), to 1e-6 and to what the
   * node-voltage tolerance `vTol` allows through the junction's conductance.
   */
  private devicesConverged(vTol: number): boolean {
    const x = this.x;
    for (const i of this.nonlinear) {
      const p = this.prims[i];
      // Filaments are smooth and never limited: the node-voltage test is enough for them.
      if (p.type !== 'D') continue;
      const v = MnaSystem.v(x, this.ia[i]) - MnaSystem.v(x, this.ib[i]);
      const old = p.junction.evaluate(this.lastV[i]);
      const predicted = old.currentA + old.conductanceS * (v - this.lastV[i]);
      const actual = p.junction.evaluate(v).currentA;
      if (Math.abs(predicted - actual) > 1e-6 * Math.max(Math.abs(predicted), Math.abs(actual)) + ABSTOL + old.conductanceS * vTol) return false;
    }
    return true;
  }

  /**
   * Current through primitive i (from a to b) in solution x; shorts are filled in by KCL elsewhere. For a
   * filament it also leaves the temperature that goes with the final voltage in lastT.
   */
  primitiveCurrent(i: number, ctx: StepContext): number {
    const p = this.prims[i];
    const x = this.x;
    const v = MnaSystem.v(x, this.ia[i]) - MnaSystem.v(x, this.ib[i]);
    switch (p.type) {
      case 'R':
        return p.ohm === 0 ? 0 : v / p.ohm;
      case 'C':
        return ctx.a0 * p.farad * v + ctx.history[i];
      case 'V':
      case 'L':
        return x[this.branch[i]];
      case 'XF':
        return -p.ratio * x[this.branch[i]];
      case 'I':
        return (p.waveform && ctx.a0 !== 0 ? waveformValue(p.waveform, ctx.timeS) : p.amps) * ctx.sourceScale;
      case 'D':
        return p.junction.evaluate(v).currentA;
      case 'lamp': {
        // The temperature at the final voltage is kept for the readings (lastT).
        const pt = p.filament.evaluate(v, ctx.temperatures[i], ctx.dtS, this.lastT[i] || undefined);
        this.lastT[i] = pt.temperatureK;
        return pt.currentA;
      }
      case 'K':
        return 0;
    }
  }

  /** Reuse of the pivot order: how many times it had to be chosen (a figure for the bench). */
  get orderings(): number {
    return this.lu.orderings;
  }
}

function stampConductance(add: (s: number, v: number) => void, s: Int32Array, g: number): void {
  add(s[0], g);
  add(s[1], -g);
  add(s[2], -g);
  add(s[3], g);
}

function allFinite(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return false;
  return true;
}

export { GMIN_S };
