/**
 * The circuits bench's engine: the setup becomes a circuit (circuit-of-setup.ts) that the circuit engine
 * (./engine, MNA + Newton + implicit transient) solves and steps. Answers what the view and the presets ask
 * of a part: a meter's reading (with optional pointer tremble from the seeded generator), a bulb's
 * brightness, a part's current and voltage, a blown fuse.
 *
 * After an edit, a circuit of resistive parts starts again from its operating point (a bulb's filament
 * settles in a fraction of a second, so the new steady state is what a student sees); blown fuses stay
 * blown until the bench is reset. Circuits that store energy (capacitors, coils) keep their state across
 * edits through the engine's setElements.
 */
import { SeededRandom } from '../core/rng';
import type { SimEvent } from '../core/simulation';
import type { BenchDiagnostic, BenchEngine } from '../bench/engine';
import { AMMETER_SCALES, VOLTMETER_SCALES, withNoise } from '../bench/instruments/analog-meter';
import type { Setup } from '../bench/setup';
import { wireCurrentsA } from './wire-currents';
import { circuitOfSetup, type CircuitOfSetup } from './circuit-of-setup';
import { multimeterMode, multimeterOhmmeter, ohmPointerFraction, ohmScaleReadingOhm, solveDc, TransientSimulator, type CircuitElement, type CircuitSolution, type TransientState } from './engine';
import { circuitParts } from './parts';
import { BenchMagnetism, type MagnetismState } from './magnetism/bench-magnetism';
import { MeterWindow } from './meter-window';
import { windingInUse } from './parts/demountable-transformer';

/** Kinds whose state must carry over an edit (charge, flux, contact position). */
const STORING = new Set(['capacitor', 'inductor', 'transformer', 'relay', 'coupling']);
/** Pointer tremble with noise on, in smallest divisions (a restless but readable pointer). */
const NOISE_DIVISIONS = 0.3;
/**
 * A circuit with an AC output or a transformer is stepped in sub-steps of 1/40 of the mains cycle (0.5 ms: BDF2
 * keeps the amplitude of a 50 Hz sine within 0.1 %), whatever the frame's step; meters show the average of the
 * last cycle (meter-window.ts).
 */
const MAINS_CYCLE_S = 0.02;
const SUBSTEPS_PER_CYCLE = 40;
const SUBSTEP_S = MAINS_CYCLE_S / SUBSTEPS_PER_CYCLE;
const METER_KINDS = new Set(['voltmeter', 'ammeter', 'ohmmeter']);

interface CircuitEngineState {
  blown: string[];
  rng: number;
  sim: TransientState | null;
  magnetism?: MagnetismState;
}

export class CircuitBenchEngine implements BenchEngine {
  readonly catalog = circuitParts;
  private setup: Setup | null = null;
  private circuit: CircuitOfSetup = { elements: [], meters: new Map(), partOf: (n) => n };
  private sim: TransientSimulator | null = null;
  private solution: CircuitSolution | null = null;
  private blown = new Set<string>();
  private rng = new SeededRandom(1);
  private noisy = new Map<string, number>();
  private problem: string | null = null;
  /** Multimeters on Ω whose probes are across a live circuit (a source drives current through them). */
  private liveOhmmeters: string[] = [];
  /** The last step changed nothing (to 1e-9): further steps are skipped until the next edit or reset. */
  private settled = false;
  private storing = false;
  /** Bumped whenever what the view shows may have changed (BenchEngine.revision). */
  private rev = 0;
  /** Stepped in sub-steps of the mains cycle (an AC output or a transformer on the table); null otherwise. */
  private cycle: { window: MeterWindow; owedS: number } | null = null;
  /** Fields, compass needles, moving rods and galvanometer pointers (magnetism/). */
  readonly magnetism = new BenchMagnetism();
  private readonly currentOf = (partId: string): number => (this.solution?.ok ? (this.solution.elements[partId]?.currentA ?? 0) : 0);

  reset(setup: Setup, seed: number): void {
    this.blown = new Set();
    this.rng = new SeededRandom(seed);
    this.sim = null;
    this.magnetism.reset();
    this.configure(setup);
  }

  configure(setup: Setup): void {
    this.rev++;
    this.setup = setup;
    this.circuit = circuitOfSetup(setup, this.blown);
    this.problem = null;
    this.settled = false;
    this.storing = this.circuit.elements.some((e) => STORING.has(e.kind));
    const cycling = setup.parts.some((p) => p.kind === 'demountable-transformer') || this.circuit.elements.some((e) => e.kind === 'voltageSource' && e.waveform !== undefined);
    if (!cycling) this.cycle = null;
    else {
      this.cycle ??= { window: new MeterWindow(SUBSTEPS_PER_CYCLE), owedS: 0 };
      this.cycle.window.track(this.circuit.elements.filter((e) => METER_KINDS.has(e.kind)).map((e) => e.name));
    }
    try {
      const keep = this.sim && this.storing;
      if (keep && this.sim) this.sim.setElements(this.circuit.elements);
      else this.sim = new TransientSimulator(this.circuit.elements, { start: 'operatingPoint' });
      this.take(this.sim.solution());
      this.magnetism.configure(setup, this.currentOf);
      this.liveOhmmeters = liveOhmmeters(setup, this.circuit.elements);
    } catch (e) {
      // Values out of the engine's range cannot come from a validated setup; say so rather than crash.
      this.sim = null;
      this.solution = null;
      this.problem = (e as Error).message;
    }
  }

  step(dtS: number, timeS: number): SimEvent[] {
    if (!this.sim) return [];
    // A resistive circuit whose filaments have reached their temperature no longer changes: while nothing
    // is edited, time goes on without solving again (an idle bench costs next to nothing per frame).
    // A rod or magnet that moved wakes it (its EMF is the flux swept since the last step).
    const magnetic = this.magnetism.active;
    if (this.settled && !(magnetic && this.magnetism.moved())) {
      // A meter with its tremble on keeps moving; nothing else does.
      if (this.noisy.size) {
        this.noisy.clear();
        this.rev++;
      }
      return [];
    }
    if (magnetic) for (const [rod, emf] of this.magnetism.drives(dtS)) this.sim.setDrive(rod, emf);
    if (this.cycle) return this.stepCycles(dtS, timeS);
    const before = this.solution;
    const r = this.sim.step(dtS);
    this.take(r.solution);
    if (magnetic) this.magnetism.step(dtS);
    this.settled = !this.storing && r.events.length === 0 && before !== null && sameSolution(before, r.solution) && !this.magnetism.restless();
    const events: SimEvent[] = [];
    for (const e of r.events) {
      if (e.code === 'fuseBlown') events.push({ name: 'fuseBlown', timeS: timeS + dtS });
    }
    return events;
  }

  /** An AC circuit: whole sub-steps for the time owed, each one's meter values into the window. */
  private stepCycles(dtS: number, timeS: number): SimEvent[] {
    const cycle = this.cycle!, sim = this.sim!;
    cycle.owedS += dtS;
    const events: SimEvent[] = [];
    let last: CircuitSolution | null = null;
    for (let done = 0; cycle.owedS >= SUBSTEP_S * (1 - 1e-9); done += SUBSTEP_S) {
      const r = sim.step(SUBSTEP_S);
      cycle.owedS -= SUBSTEP_S;
      cycle.window.push(r.solution);
      last = r.solution;
      for (const e of r.events) if (e.code === 'fuseBlown') events.push({ name: 'fuseBlown', timeS: timeS + done + SUBSTEP_S });
    }
    if (last) this.take(last);
    if (this.magnetism.active) this.magnetism.step(dtS);
    return events;
  }

  /**
   * A meter element's voltage ('v') or current ('i'): in an AC circuit the pointer's average over the last cycle
   * (the RMS on AC volts, the mean on DC ranges), else the solution's value.
   */
  private meterValue(element: string, quantity: 'v' | 'i', rms = false): number | null {
    if (this.cycle?.window.has(element) && this.solution?.ok) return rms ? this.cycle.window.rms(element, quantity) : this.cycle.window.mean(element, quantity);
    const r = this.reading(element);
    if (!r) return null;
    const x = quantity === 'v' ? r.voltageV : r.currentA;
    return rms ? Math.abs(x) : x;
  }

  /** Changes whenever a step, an edit or a restore may have changed what the bench shows. */
  revision(): number {
    return this.rev;
  }

  private take(solution: CircuitSolution) {
    this.rev++;
    this.solution = solution;
    this.magnetism.currentsChanged(this.currentOf);
    for (const [name, r] of Object.entries(solution.elements)) if (r.blown) this.blown.add(this.circuit.partOf(name));
    this.noisy.clear();
  }

  /** The engine's reading of one element, or null when there is no trustworthy solution. */
  private reading(element: string) {
    if (!this.solution?.ok) return null;
    return this.solution.elements[element] ?? null;
  }

  value(partId: string, name: string): number {
    const part = this.setup?.parts.find((p) => p.id === partId);
    if (!part) return NaN;
    // A property asked by name (a preset measuring a resistor's value) is the property itself.
    if (typeof part.props[name] === 'number') return part.props[name] as number;
    // The micrometer closed on a wire: where its screw stands (the diameter), for the instrument's drawing only.
    if (name === 'micrometerM' && part.kind === 'resistance-wire') return Number(part.props.diameterMm) * 1e-3;
    const magnetic = this.magnetism.value(part, name);
    if (magnetic !== undefined) return magnetic;
    if (part.kind === 'multimeter') return this.multimeterValue(part.id, String(part.props.mode), Number(part.props.ohmZeroKnob), name);
    const meter = this.circuit.meters.get(partId);
    if (meter) {
      if (name === 'range') return meter.range === null ? NaN : Number(meter.range);
      if (name !== 'readingA' && name !== 'readingV') return NaN;
      if (!meter.element || meter.range === null) return NaN;
      const trueValue = this.meterValue(meter.element, meter.kind === 'ammeter' ? 'i' : 'v');
      if (trueValue === null) return 0;
      if (part.props.noise !== true) return trueValue;
      let v = this.noisy.get(partId);
      if (v === undefined) {
        const scale = (meter.kind === 'ammeter' ? AMMETER_SCALES : VOLTMETER_SCALES)[meter.range];
        v = withNoise(trueValue, scale, this.rng, NOISE_DIVISIONS);
        this.noisy.set(partId, v);
      }
      return v;
    }
    if (part.kind === 'demountable-transformer' && (name === 'primaryTurns' || name === 'secondaryTurns')) {
      const wired = new Set(this.setup!.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
      return windingInUse(part, name === 'primaryTurns' ? 'p' : 's', wired)?.turns ?? 0;
    }
    if (name === 'blown') return this.blown.has(partId) ? 1 : 0;
    const r = this.reading(partId);
    if (!r) return 0;
    switch (name) {
      case 'currentA':
        return r.currentA;
      case 'readingMA':
        // A digital sensor: the current in mA, signed (in at + is positive).
        return part.kind === 'current-sensor' ? r.currentA * 1000 : NaN;
      case 'voltageV':
        return r.voltageV;
      case 'powerW':
        return r.powerW;
      case 'brightness':
        // Bulbs: power over rated power. LEDs: the forward current over a typical 20 mA.
        // Below a picoamp (an off LED's leakage through an open contact) nothing glows.
        return part.kind === 'led' ? (r.currentA > 1e-12 ? r.currentA / 0.02 : 0) : (r.brightness ?? 0);
      case 'energised':
        return r.energised === undefined ? NaN : r.energised ? 1 : 0;
      case 'resistanceNowOhm':
        return r.resistanceOhm ?? NaN;
      default:
        return NaN;
    }
  }

  /**
   * A multimeter: `pointerFraction` (where its pointer stands, 0 … 1 of the scale; on Ω the test current over
   * the current that fills the scale), `readingV` / `readingMA` on the V and mA ranges, `readingOhm` on Ω (the
   * scale under the pointer × the multiplier; NaN at ∞). NaN for what the selector is not on.
   */
  private multimeterValue(id: string, modeId: string, knob: number, name: string): number {
    const mode = multimeterMode(modeId);
    if (name === 'range') return mode.range;
    if (mode.fn === 'off') return name === 'pointerFraction' ? 0 : NaN;
    if (mode.fn === 'acv') {
      const rms = this.meterValue(id, 'v', true) ?? 0;
      return name === 'readingV' ? rms : name === 'pointerFraction' ? rms / mode.range : NaN;
    }
    const currentA = this.meterValue(id, 'i') ?? 0, voltageV = this.meterValue(id, 'v') ?? 0;
    if (mode.fn === 'dcv') return name === 'readingV' ? voltageV : name === 'pointerFraction' ? voltageV / mode.range : NaN;
    if (mode.fn === 'dcma') return name === 'readingMA' ? currentA * 1000 : name === 'pointerFraction' ? (currentA * 1000) / mode.range : NaN;
    const fraction = ohmPointerFraction(currentA, multimeterOhmmeter(mode.range, knob).fullScaleCurrentA);
    if (name === 'pointerFraction') return fraction;
    if (name === 'readingOhm') {
      const ohm = ohmScaleReadingOhm(fraction, mode.range);
      return Number.isFinite(ohm) ? ohm : NaN;
    }
    return NaN;
  }

  diagnostics(): BenchDiagnostic[] {
    if (this.problem) return [{ key: 'circuits.diag.invalid', vars: { detail: this.problem }, parts: [], severity: 'error' }];
    const out: BenchDiagnostic[] = [];
    for (const id of this.liveOhmmeters) out.push({ key: 'circuits.diag.ohmmeterLive', vars: { parts: id }, parts: [id], severity: 'warning' });
    for (const d of this.solution?.diagnostics ?? []) {
      const parts = [...new Set(d.parts.map((p) => this.circuit.partOf(p)))];
      // A working circuit open only at a relay's contact is the relay doing its job (the lamp of a light-controlled
      // lamp in daylight), not a fault to report as "open circuit".
      const atContact = d.code === 'openCircuit' && d.parts.length > 1 && d.parts.slice(1).every((p) => this.circuit.elements.some((e) => e.name === p && e.kind === 'relay'));
      out.push({ key: atContact ? 'circuits.diag.openAtContact' : `circuits.diag.${d.code}`, vars: { parts: parts.join(', ') }, parts, severity: d.severity });
    }
    // A blown fuse stays blown (the engine says so once, when it melts): keep telling the student.
    for (const id of this.blown) {
      if (this.setup?.parts.some((p) => p.id === id) && !out.some((d) => d.key === 'circuits.diag.fuseBlown' && d.parts.includes(id))) {
        out.push({ key: 'circuits.diag.fuseBlown', vars: { parts: id }, parts: [id], severity: 'warning' });
      }
    }
    return out;
  }

  state(): CircuitEngineState {
    return { blown: [...this.blown], rng: this.rng.seedState, sim: this.sim?.state() ?? null, ...(this.magnetism.active ? { magnetism: this.magnetism.state() } : {}) };
  }

  restore(raw: unknown): void {
    const s = raw as Partial<CircuitEngineState>;
    if (!Array.isArray(s?.blown) || !s.blown.every((b) => typeof b === 'string')) throw new Error('circuits state: blown must be a list of part ids');
    this.blown = new Set(s.blown);
    if (Number.isInteger(s.rng)) this.rng.seedState = s.rng!;
    if (this.setup) this.configure(this.setup);
    if (s.sim && this.sim) {
      this.sim.restore(s.sim);
      this.take(this.sim.solution());
    }
    this.magnetism.restore(s.magnetism);
  }

  /** The current along each wire (link id → amperes, positive from its `from` post), for drawing moving charges. */
  wireCurrentsA(): Map<string, number> {
    if (this.wires?.solution !== this.solution || this.wires.setup !== this.setup) {
      this.wires = { setup: this.setup, solution: this.solution, amps: this.setup ? wireCurrentsA(this.setup, this.circuit, this.solution) : new Map() };
    }
    return this.wires.amps;
  }
  private wires: { setup: Setup | null; solution: CircuitSolution | null; amps: Map<string, number> } | null = null;

  /** Parts where a drag in progress has them (null: the drag is over): rods and magnets act while they move. */
  follow(setup: Setup | null): void {
    this.rev++;
    this.magnetism.follow(setup);
  }
}

/**
 * Multimeters on Ω measuring in a live circuit: with the meter's own cell taken out (its internal resistance
 * left), does any current still flow between the probes? Then a source in the circuit drives it, the reading is
 * meaningless and the meter is at risk (the textbook: disconnect what you measure from its source first).
 */
function liveOhmmeters(setup: Setup, elements: readonly CircuitElement[]): string[] {
  const meters = elements.filter((e) => e.kind === 'ohmmeter' && setup.parts.some((p) => p.id === e.name && p.kind === 'multimeter'));
  if (!meters.length || !elements.some((e) => e.kind === 'voltageSource' || e.kind === 'currentSource')) return [];
  const live: string[] = [];
  for (const m of meters) {
    if (m.kind !== 'ohmmeter') continue;
    const quiet = elements.map((e): CircuitElement => (e === m ? { kind: 'resistor', name: e.name, nodes: e.nodes, resistanceOhm: m.internalResistanceOhm } : e));
    let s: CircuitSolution;
    try {
      s = solveDc(quiet);
    } catch {
      continue;
    }
    const fullScale = m.testVoltageV / m.internalResistanceOhm;
    if (s.ok && Math.abs(s.elements[m.name]?.currentA ?? 0) > 1e-3 * fullScale) live.push(m.name);
  }
  return live;
}

/** Two solutions equal in every element's current and voltage to 1e-9 (relative to 1 A / 1 V). */
function sameSolution(a: CircuitSolution, b: CircuitSolution): boolean {
  if (a.ok !== b.ok) return false;
  for (const [name, r] of Object.entries(b.elements)) {
    const q = a.elements[name];
    if (!q || Math.abs(q.currentA - r.currentA) > 1e-9 * (1 + Math.abs(r.currentA)) || Math.abs(q.voltageV - r.voltageV) > 1e-9 * (1 + Math.abs(r.voltageV))) return false;
  }
  return true;
}
