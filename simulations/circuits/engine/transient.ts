/**
 * Transient runs: a stepper that advances the circuit by whatever step it is asked for, keeping the
 * state that carries from one instant to the next — capacitor charges, inductor flux linkages (hence
 * currents), filament temperatures, blown fuses, relay positions — as JSON-safe data (state()/restore()),
 * so a bench model can save and continue a run exactly. Elements can be replaced between steps (a switch
 * flipped, a slider moved): parts that stay keep their state by name.
 */
import { ROOM_TEMPERATURE_K } from './bulb-model';
import { operatingPoint } from './dc';
import type { CircuitElement, CircuitSolution, Diagnostic } from './elements';
import { historyTerm, INTEGRATION_METHODS, stepRule, type IntegrationMethod, type StoredQuantity } from './integration';
import { changeDiagnostics, compile, solveInstant, updateStates, type Compiled, type PointResult, type StateChange } from './point-solver';
import type { ElementState, Primitive } from './primitives';
import { MnaSystem, type StepContext } from './system';
import { validateElements } from './validate';

export interface TransientOptions {
  /** Default gear2 (BDF2): second order and free of ringing when the step is longer than a time constant. */
  method?: IntegrationMethod;
  /**
   * initialConditions (default): capacitors at their initialVoltageV (uncharged), inductors at
   * initialCurrentA (0) — a circuit just built on the bench. operatingPoint: from the DC solution, as SPICE
   * starts a .tran without UIC.
   */
  start?: 'initialConditions' | 'operatingPoint';
  /** Newton iterations per attempt before the step is halved (default 50). */
  maxIterations?: number;
}

export interface TransientEvent {
  timeS: number;
  element: string;
  code: StateChange['code'];
}

export interface StepResult {
  timeS: number;
  solution: CircuitSolution;
  events: TransientEvent[];
}

/** Everything needed to continue a run exactly; plain JSON. */
export interface TransientState {
  version: 1;
  timeS: number;
  method: IntegrationMethod;
  previousDtS: number | null;
  restart: boolean;
  steady: boolean;
  stored: Record<string, StoredQuantity>;
  elements: Record<string, ElementState>;
  /** Where the next Newton iteration starts (last solution, junction voltages), so a restored run matches. */
  guess: Record<string, number>;
}

/** Kinds whose state changes by itself during a run. */
const STATEFUL = new Set<CircuitElement['kind']>(['fuse', 'bulb', 'relay', 'voltageSwitch', 'currentSwitch']);

/** Halvings of a step whose Newton iteration does not converge, before the step is given up. */
const MAX_HALVINGS = 6;
const MAX_STATE_ROUNDS = 10;

export class TransientSimulator {
  readonly method: IntegrationMethod;
  private elements: CircuitElement[] = [];
  private states = new Map<string, ElementState>();
  private stored = new Map<string, StoredQuantity>();
  private compiled: Compiled | null = null;
  private compiledKey = '';
  private time = 0;
  private previousDtS: number | null = null;
  /** The next step must be first order (after the start from initial conditions or a change of circuit). */
  private restart = true;
  /** The stored history is a steady state (q₂ = q₁), good for a second-order step of any length. */
  private steady = false;
  private last: CircuitSolution | null = null;
  private pendingGuess: Record<string, number> | null = null;
  /** Names of the elements whose discrete state can change (fuses, bulbs, relays, controlled switches). */
  private stateful: string[] = [];
  private readonly maxIterations: number;

  constructor(elements: readonly CircuitElement[], options: TransientOptions = {}) {
    this.method = options.method ?? 'gear2';
    if (!INTEGRATION_METHODS.includes(this.method)) throw new RangeError(`method: ${JSON.stringify(this.method)} is not one of ${INTEGRATION_METHODS.join(' | ')}`);
    this.maxIterations = options.maxIterations ?? 50;
    this.setElements(elements);
    if (options.start === 'operatingPoint') {
      const op = operatingPoint(this.elements, this.states, 100);
      this.states = op.states;
      this.last = op.solution;
      const c = this.ensureCompiled();
      c.prims.forEach((p, i) => {
        if (p.type !== 'C' && p.type !== 'L') return;
        const e = this.elements[p.owner];
        const r = op.solution.elements[e.name];
        let q: number;
        if (p.type === 'C') q = p.farad * r.voltageV;
        else q = this.fluxLinkage(c, i, (j) => opCurrent(this.elements[c.prims[j].owner], c.prims[j].role, op.solution));
        this.stored.set(keyOf(e, p), { q, qPrev: q, rate: 0 });
      });
      for (const p of c.prims) {
        const name = this.elements[p.owner].name;
        if (p.type === 'lamp') this.stateOf(name).temperatureK = op.solution.elements[name].temperatureK ?? ROOM_TEMPERATURE_K;
      }
      this.restart = false;
      this.steady = true;
    }
  }

  get timeS(): number {
    return this.time;
  }

  /** The circuit as it is now (a copy). */
  get circuit(): CircuitElement[] {
    return structuredClone(this.elements);
  }

  /**
   * Replace the circuit between steps. Elements that keep their name and kind keep their state (charge,
   * flux, temperature, blown, energised); new ones start from their initial values. The next step is
   * first order, since the change may be a jump.
   */
  setElements(elements: readonly CircuitElement[]): void {
    validateElements(elements);
    const kinds = new Map(this.elements.map((e) => [e.name, e.kind]));
    this.elements = structuredClone(elements as CircuitElement[]);
    const keep = new Set(this.elements.filter((e) => kinds.get(e.name) === e.kind).map((e) => e.name));
    for (const name of [...this.states.keys()]) if (!keep.has(name)) this.states.delete(name);
    for (const key of [...this.stored.keys()]) if (!keep.has(key.slice(0, key.lastIndexOf('/')))) this.stored.delete(key);
    // Only parts with a state of their own are tracked (the signature below stays short).
    this.stateful = this.elements.filter((e) => STATEFUL.has(e.kind)).map((e) => e.name);
    for (const e of this.elements) {
      if (keep.has(e.name) || !STATEFUL.has(e.kind)) continue;
      const s: ElementState = {};
      if (e.kind === 'fuse' && e.blown) s.blown = true;
      if (e.kind === 'bulb') {
        s.temperatureK = ROOM_TEMPERATURE_K;
        if (e.burntOut) s.burntOut = true;
      }
      if (e.kind === 'relay' && e.energised) s.energised = true;
      if ((e.kind === 'voltageSwitch' || e.kind === 'currentSwitch') && e.initiallyOn) s.closed = true;
      this.states.set(e.name, s);
    }
    this.compiled = null;
    this.restart = true;
    this.steady = false;
    this.last = null;
  }

  /**
   * Change what drives the circuit without treating it as a jump: a voltage source's `voltageV`, a current
   * source's `currentA`, or a coil's `inducedEmfV` (set every step from −dΛ/dt as a magnet moves). Nothing
   * is recompiled and the integration keeps its order. Other changes go through setElements().
   */
  setDrive(name: string, value: number): void {
    if (!Number.isFinite(value) || Math.abs(value) > 1e12) throw new RangeError(`${name}: drive value ${value} is not a finite number within ±1e12`);
    const owner = this.elements.findIndex((e) => e.name === name);
    const e = this.elements[owner];
    if (!e || (e.kind !== 'voltageSource' && e.kind !== 'currentSource' && e.kind !== 'inductor')) {
      throw new RangeError(`${name}: setDrive takes the name of a voltage source, current source or inductor in this circuit`);
    }
    if (e.kind === 'voltageSource') e.voltageV = value;
    else if (e.kind === 'currentSource') e.currentA = value;
    else e.inducedEmfV = value;
    const c = this.compiled;
    if (!c) return;
    for (const p of c.prims) {
      if (p.owner !== owner) continue;
      if (p.type === 'V' && e.kind === 'voltageSource') p.volts = value;
      else if (p.type === 'I' && e.kind === 'currentSource') p.amps = value;
      else if (p.type === 'L' && e.kind === 'inductor') p.emf = value;
      else if (p.type === 'V' && e.kind === 'inductor') p.volts = -value;
      else if (p.type === 'R' && e.kind === 'inductor' && value !== 0) {
        // An EMF on a coil without inductance turns its resistor into a source: that is a new circuit.
        this.compiled = null;
        return;
      }
    }
  }

  /** Advance by dtS seconds. A step whose iteration fails is split in halves; the time always advances. */
  step(dtS: number): StepResult {
    if (!(dtS > 0 && Number.isFinite(dtS))) throw new RangeError(`dtS: ${dtS} is not a positive number of seconds`);
    const events: TransientEvent[] = [];
    this.advance(dtS, 0, events);
    return { timeS: this.time, solution: this.last!, events };
  }

  /** The latest solution; before the first step, the circuit at t = 0 (capacitors holding their charge). */
  solution(): CircuitSolution {
    if (!this.last) {
      const probe = this.attempt(1e-9);
      this.last = probe.solution;
    }
    return this.last;
  }

  state(): TransientState {
    return structuredClone({
      version: 1 as const,
      timeS: this.time,
      method: this.method,
      previousDtS: this.previousDtS,
      restart: this.restart,
      steady: this.steady,
      stored: Object.fromEntries(this.stored),
      elements: Object.fromEntries(this.states),
      guess: this.pendingGuess ?? (this.compiled ? this.captureGuess(this.compiled) : {}),
    });
  }

  /** Continue from state() taken on the same circuit. */
  restore(s: TransientState): void {
    if (s?.version !== 1) throw new RangeError(`state.version: ${JSON.stringify(s?.version)} is not 1`);
    if (!(Number.isFinite(s.timeS) && s.timeS >= 0)) throw new RangeError(`state.timeS: ${s.timeS} is not a time ≥ 0`);
    if (s.method !== this.method) throw new RangeError(`state.method: ${JSON.stringify(s.method)} is not this run's ${this.method}`);
    if (!(s.previousDtS === null || (typeof s.previousDtS === 'number' && s.previousDtS > 0 && Number.isFinite(s.previousDtS)))) throw new RangeError(`state.previousDtS: ${s.previousDtS} is not null or a positive step`);
    for (const [k, q] of Object.entries(s.stored ?? {})) {
      if (![q?.q, q?.qPrev, q?.rate].every(Number.isFinite)) throw new RangeError(`state.stored.${k}: not finite numbers`);
    }
    for (const [k, e] of Object.entries(s.elements ?? {})) {
      if (e.temperatureK !== undefined && !(e.temperatureK > 0 && e.temperatureK < 1e5)) throw new RangeError(`state.elements.${k}.temperatureK: ${e.temperatureK} is not a temperature in kelvin`);
      if (e.meltA2s !== undefined && !(e.meltA2s >= 0 && Number.isFinite(e.meltA2s))) throw new RangeError(`state.elements.${k}.meltA2s: ${e.meltA2s} is not ≥ 0`);
      for (const flag of ['closed', 'blown', 'burntOut', 'energised'] as const) {
        if (e[flag] !== undefined && typeof e[flag] !== 'boolean') throw new RangeError(`state.elements.${k}.${flag}: ${JSON.stringify(e[flag])} is not true | false`);
      }
    }
    this.time = s.timeS;
    this.previousDtS = s.previousDtS;
    this.restart = s.restart;
    this.steady = s.steady;
    this.stored = new Map(Object.entries(structuredClone(s.stored)));
    this.states = new Map(Object.entries(structuredClone(s.elements)));
    this.compiled = null;
    this.last = null;
    this.pendingGuess = { ...(s.guess ?? {}) };
  }

  private advance(dtS: number, depth: number, events: TransientEvent[]): void {
    const a = this.attempt(dtS);
    if (a.ok || depth >= MAX_HALVINGS || a.structural) {
      this.commit(a, dtS, events);
      return;
    }
    this.advance(dtS / 2, depth + 1, events);
    this.advance(dtS / 2, depth + 1, events);
  }

  private attempt(dtS: number): Attempt {
    const states = new Map([...this.states].map(([k, v]) => [k, { ...v }]));
    const changes: StateChange[] = [];
    const extra: Diagnostic[] = [];
    for (let round = 0; ; round++) {
      const c = this.ensureCompiled(states);
      const { a0, rule } = stepRule(this.method, dtS, this.previousDtS, this.restart, this.steady);
      const P = c.prims.length;
      const history = new Float64Array(P);
      const temperatures = new Float64Array(P);
      for (let i = 0; i < P; i++) {
        const p = c.prims[i];
        if (p.type === 'C' || p.type === 'L') history[i] = historyTerm(this.storedOf(c, i), rule, dtS);
        else if (p.type === 'lamp') temperatures[i] = states.get(this.elements[p.owner].name)?.temperatureK ?? ROOM_TEMPERATURE_K;
      }
      const ctx: StepContext = { timeS: this.time + dtS, a0, history, sourceScale: 1, dtS, temperatures };
      const point = solveInstant(c, this.elements, states, ctx, this.maxIterations, false);
      const solution = (): CircuitSolution => ({
        ok: point.ok,
        nodes: point.nodes,
        elements: point.elements,
        diagnostics: [...point.diagnostics, ...extra],
        references: c.topo.references,
        iterations: point.iterations,
      });
      if (!point.ok) return { ok: false, structural: c.topo.fatal, point, ctx, compiled: c, states, changes, solution: solution() };
      const trial = new Map([...states].map(([k, v]) => [k, { ...v }]));
      const now = updateStates(this.elements, trial, point, dtS);
      if (now.length === 0 || round >= MAX_STATE_ROUNDS) {
        if (now.length) extra.push({ code: 'relayChattering', severity: 'warning', parts: now.map((x) => x.element), message: `${now.map((x) => x.element).join(', ')} keep switching within one step` });
        // Keep what accumulated (a fuse's melting integral), not a switch that would chatter.
        for (const [k, v] of trial) states.set(k, now.length ? { ...v, ...pick(states.get(k)) } : v);
        return { ok: true, structural: false, point, ctx, compiled: c, states, changes, solution: solution() };
      }
      changes.push(...now);
      extra.push(...changeDiagnostics(now, this.elements, point));
      for (const [k, v] of trial) states.set(k, v);
    }
  }

  private commit(a: Attempt, dtS: number, events: TransientEvent[]): void {
    const t = this.time + dtS;
    if (a.ok) {
      const c = a.compiled;
      for (let i = 0; i < c.prims.length; i++) {
        const p = c.prims[i];
        if (p.type !== 'C' && p.type !== 'L') continue;
        const old = this.storedOf(c, i);
        const q = p.type === 'C' ? p.farad * (MnaSystem.v(c.sys.x, c.sys.ia[i]) - MnaSystem.v(c.sys.x, c.sys.ib[i])) : this.fluxLinkage(c, i, (j) => a.point.primCurrent[j]);
        // Updated in place: the same object stays under its key.
        old.qPrev = old.q;
        old.q = q;
        old.rate = a.ctx.a0 * q + a.ctx.history[i];
      }
      this.states = a.states;
      for (let i = 0; i < c.prims.length; i++) {
        const p = c.prims[i];
        if (p.type === 'lamp') this.stateOf(this.elements[p.owner].name).temperatureK = a.point.temperatures[i];
      }
      for (const ch of a.changes) events.push({ timeS: t, element: ch.element, code: ch.code });
      this.previousDtS = dtS;
      this.restart = false;
      this.steady = false;
    }
    this.time = t;
    this.last = a.solution;
  }

  private ensureCompiled(states: Map<string, ElementState> = this.states): Compiled {
    let key = '';
    for (const name of this.stateful) {
      const s = states.get(name);
      key += s ? `${s.blown ? 1 : 0}${s.burntOut ? 1 : 0}${s.energised ? 1 : 0}${s.closed ? 1 : 0}` : '----';
    }
    if (!this.compiled || key !== this.compiledKey) {
      const guess = this.pendingGuess ?? (this.compiled ? this.captureGuess(this.compiled) : null);
      this.pendingGuess = null;
      this.compiled = compile(this.elements, states, 'transient');
      this.compiledKey = key;
      if (guess) this.seed(this.compiled, guess);
    }
    return this.compiled;
  }

  /** The Newton starting point by name: node voltages, branch currents, junction voltages. */
  private captureGuess(c: Compiled): Record<string, number> {
    const g: Record<string, number> = {};
    for (const [name, i] of c.topo.nodeIndex) {
      const u = c.topo.unknownOfGroup[c.topo.groupOfNode[i]];
      if (u >= 0) g[`v:${name}`] = c.sys.x[u];
    }
    c.prims.forEach((p, i) => {
      const key = keyOf(this.elements[p.owner], p);
      if (c.sys.branch[i] >= 0) g[`i:${key}`] = c.sys.x[c.sys.branch[i]];
      if (p.type === 'D' || p.type === 'lamp') g[`j:${key}`] = c.sys.lastV[i];
      if (p.type === 'lamp') g[`t:${key}`] = c.sys.lastT[i];
    });
    return g;
  }

  private seed(c: Compiled, g: Record<string, number>): void {
    for (const [name, i] of c.topo.nodeIndex) {
      const u = c.topo.unknownOfGroup[c.topo.groupOfNode[i]];
      const v = g[`v:${name}`];
      if (u >= 0 && v !== undefined && Number.isFinite(v)) c.sys.x[u] = v;
    }
    c.prims.forEach((p, i) => {
      const key = keyOf(this.elements[p.owner], p);
      const cur = g[`i:${key}`];
      if (c.sys.branch[i] >= 0 && cur !== undefined && Number.isFinite(cur)) c.sys.x[c.sys.branch[i]] = cur;
      const j = g[`j:${key}`];
      // A filament's voltage is not carried over a recompile (only its temperature): a bulb that stood on an open
      // piece (behind a relay's open contact) kept a stale voltage there, and linearising at it when the contact
      // closed sent Newton away (noConvergence on every step after). Its first iterate is at 0 V, as a new one's.
      if (p.type === 'D' && j !== undefined && Number.isFinite(j)) c.sys.lastV[i] = j;
      const t = g[`t:${key}`];
      if (p.type === 'lamp' && t !== undefined && Number.isFinite(t)) c.sys.lastT[i] = t;
    });
  }

  private stateOf(name: string): ElementState {
    let s = this.states.get(name);
    if (!s) this.states.set(name, (s = {}));
    return s;
  }

  /** The stored quantity of primitive i, from the element's initial values when it has none yet. */
  private storedOf(c: Compiled, i: number): StoredQuantity {
    const p = c.prims[i];
    const e = this.elements[p.owner];
    const key = keyOf(e, p);
    let s = this.stored.get(key);
    if (!s) {
      let q = 0;
      if (p.type === 'C' && e.kind === 'capacitor') q = p.farad * (e.initialVoltageV ?? 0);
      if (p.type === 'L') q = this.fluxLinkage(c, i, (j) => {
        const o = this.elements[c.prims[j].owner];
        return o.kind === 'inductor' ? (o.initialCurrentA ?? 0) : 0;
      });
      s = { q, qPrev: q, rate: 0 };
      this.stored.set(key, s);
    }
    return s;
  }

  /** λ = L·i + Σ M·i_other for inductor primitive i, with currents given per primitive. */
  private fluxLinkage(c: Compiled, i: number, currentOf: (j: number) => number): number {
    const p = c.prims[i] as Extract<Primitive, { type: 'L' }>;
    let lambda = p.henry * currentOf(i);
    for (const k of c.prims) {
      if (k.type !== 'K' || (k.l1 !== i && k.l2 !== i)) continue;
      const other = k.l1 === i ? k.l2 : k.l1;
      const o = c.prims[other] as Extract<Primitive, { type: 'L' }>;
      lambda += k.k * Math.sqrt(p.henry * o.henry) * currentOf(other);
    }
    return lambda;
  }
}

interface Attempt {
  ok: boolean;
  /** Failed for a reason halving the step cannot fix (a short circuit of an ideal source). */
  structural: boolean;
  point: PointResult;
  ctx: StepContext;
  compiled: Compiled;
  states: Map<string, ElementState>;
  changes: StateChange[];
  solution: CircuitSolution;
}

/** The discrete flags of a state (kept as they were when a switch chatters). */
function pick(s: ElementState | undefined): ElementState {
  return { blown: s?.blown, burntOut: s?.burntOut, energised: s?.energised, closed: s?.closed };
}

function keyOf(e: CircuitElement, p: Primitive): string {
  return `${e.name}/${p.role}`;
}

/** An inductor's DC current from an operating point, by the role of the winding. */
function opCurrent(e: CircuitElement, role: string, op: CircuitSolution): number {
  const r = op.elements[e.name];
  return role === 'secondary' ? (r.secondaryCurrentA ?? 0) : r.currentA;
}
