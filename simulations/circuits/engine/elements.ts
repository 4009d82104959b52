/**
 * The circuit as the engine sees it: a list of elements, each with a unique `name` (the bench uses the
 * part id) and the names of the nodes its terminals sit on. Plain JSON-safe data, so a bench setup, a
 * netlist and a test all describe circuits the same way. Node "0" is ground when present; without it each
 * separate piece of circuit is measured from a reference node of its own (students' circuits have no ground).
 *
 * Sign convention for every two-terminal element with `nodes: [a, b]`: `voltageV` = V(a) − V(b) and
 * `currentA` flows from a to b through the element, so `powerW` = voltageV · currentA is the power the
 * element takes in (negative for a cell that delivers power: its current runs from − to + inside it).
 */
import type { DiodeModel } from './diode-model';
import type { Waveform } from './waveforms';

interface Base {
  /** Unique in the circuit; diagnostics and readings are keyed by it. */
  name: string;
}

/** Fixed resistor (0 Ω is an ideal connection). */
export interface ResistorElement extends Base {
  kind: 'resistor';
  nodes: [string, string];
  resistanceOhm: number;
}

/** Ideal voltage source (DC supply) or a cell/battery with internal resistance: V(+) − V(−) = E − r·I. */
export interface VoltageSourceElement extends Base {
  kind: 'voltageSource';
  /** [positive, negative]. */
  nodes: [string, string];
  /** EMF, V (the DC value; a waveform, when given, takes over in transient runs). */
  voltageV: number;
  internalResistanceOhm?: number;
  waveform?: Waveform;
}

/** Ideal current source: drives `currentA` from nodes[0] through itself to nodes[1] (SPICE convention). */
export interface CurrentSourceElement extends Base {
  kind: 'currentSource';
  nodes: [string, string];
  currentA: number;
  waveform?: Waveform;
}

export interface CapacitorElement extends Base {
  kind: 'capacitor';
  nodes: [string, string];
  capacitanceF: number;
  /** Voltage V(a) − V(b) when a transient run starts from initial conditions (default 0: uncharged). */
  initialVoltageV?: number;
}

/**
 * Inductor or coil: V(a) − V(b) = R·I + dλ/dt − emf, λ = L·I (+ M·I of coupled coils).
 * `inducedEmfV` is an EMF induced from outside (a moving magnet: −N dΦ/dt), driving current from a to b
 * inside the coil; the bench sets it every step.
 */
export interface InductorElement extends Base {
  kind: 'inductor';
  nodes: [string, string];
  inductanceH: number;
  seriesResistanceOhm?: number;
  initialCurrentA?: number;
  inducedEmfV?: number;
}

/** Magnetic coupling of two inductors (SPICE K): M = k·√(L1·L2), 0 < k ≤ 1. */
export interface CouplingElement extends Base {
  kind: 'coupling';
  inductors: [string, string];
  coefficient: number;
}

/** Transformer with chosen turns: coupled windings (real) or the ideal V2/V1 = N2/N1, I1/I2 = −N2/N1. */
export interface TransformerElement extends Base {
  kind: 'transformer';
  /** [primary a, primary b, secondary a, secondary b]; dots at the a ends. */
  nodes: [string, string, string, string];
  primaryTurns: number;
  secondaryTurns: number;
  /** Ideal: no magnetising current, no leakage, works on DC too (the textbook idealisation). */
  ideal?: boolean;
  /** Coupled windings: L = A_L·N² with this A_L (H per turn²), coupling k, winding resistances. */
  inductancePerTurnSquaredH?: number;
  couplingCoefficient?: number;
  primaryResistanceOhm?: number;
  secondaryResistanceOhm?: number;
}

export interface DiodeElement extends Base {
  kind: 'diode';
  /** [anode, cathode]. */
  nodes: [string, string];
  model: DiodeModel;
}

/** Single-pole switch: closed is `onResistanceOhm` (default 0, ideal), open is `offResistanceOhm` (default: no connection). */
export interface SwitchElement extends Base {
  kind: 'switch';
  nodes: [string, string];
  closed: boolean;
  onResistanceOhm?: number;
  offResistanceOhm?: number;
}

/** Two-way (single-pole double-throw) switch: the common terminal connects to `a` or `b`. */
export interface TwoWaySwitchElement extends Base {
  kind: 'twoWaySwitch';
  /** [common, a, b]. */
  nodes: [string, string, string];
  position: 'a' | 'b';
  onResistanceOhm?: number;
}

/** Rheostat: track resistance between the ends, slider at `sliderFraction` of the way from end a. */
export interface RheostatElement extends Base {
  kind: 'rheostat';
  /** [end a, end b, slider]. */
  nodes: [string, string, string];
  resistanceOhm: number;
  sliderFraction: number;
}

/** Voltage-controlled switch (SPICE S): on when V(ctrl+) − V(ctrl−) > threshold + hysteresis, off below threshold − hysteresis. */
export interface VoltageSwitchElement extends Base {
  kind: 'voltageSwitch';
  /** [a, b, control +, control −]. */
  nodes: [string, string, string, string];
  thresholdV: number;
  hysteresisV: number;
  onResistanceOhm: number;
  offResistanceOhm: number;
  initiallyOn?: boolean;
}

/** Current-controlled switch (SPICE W): controlled by the current through the named voltage source. */
export interface CurrentSwitchElement extends Base {
  kind: 'currentSwitch';
  nodes: [string, string];
  controlSource: string;
  thresholdA: number;
  hysteresisA: number;
  onResistanceOhm: number;
  offResistanceOhm: number;
  initiallyOn?: boolean;
}

/**
 * Incandescent bulb: tungsten filament whose resistance rises with temperature (see bulb-model.ts).
 * Rated values as printed on the bulb ("2.5 V 0.3 A" gives ratedPowerW 0.75).
 */
export interface BulbElement extends Base {
  kind: 'bulb';
  nodes: [string, string];
  ratedVoltageV: number;
  ratedPowerW: number;
  /** Filament temperature at the rated voltage (default 2500 K). */
  ratedTemperatureK?: number;
  /** Time for the filament to get most of the way to its new temperature (default 0.05 s). */
  thermalTimeS?: number;
  /** The filament has melted (an overloaded bulb): it no longer conducts. */
  burntOut?: boolean;
}

/** Fuse: a small resistance that melts (opens for good) when the current exceeds its rating. */
export interface FuseElement extends Base {
  kind: 'fuse';
  nodes: [string, string];
  ratedCurrentA: number;
  resistanceOhm?: number;
  /** Melting integral ∫(I² − I_rated²)dt in A²s before it opens in a transient run (default 0: at once). */
  meltingIntegralA2s?: number;
  blown?: boolean;
}

/** Ammeter or galvanometer: measures the current through it; ideal (0 Ω) unless a resistance is given. */
export interface AmmeterElement extends Base {
  kind: 'ammeter';
  /** [+, −]: the reading is positive when current enters at +. */
  nodes: [string, string];
  resistanceOhm?: number;
}

/** Voltmeter: measures V(+) − V(−); ideal (draws nothing) unless a resistance is given. */
export interface VoltmeterElement extends Base {
  kind: 'voltmeter';
  nodes: [string, string];
  resistanceOhm?: number;
}

/**
 * Ohmmeter (multimeter Ω mode): an internal cell `testVoltageV` behind `internalResistanceOhm` (the
 * centre-scale value of the range) drives a test current through what is connected; the reading is
 * R = E/I − R_internal (see meters.ts). nodes: [red lead, black lead]; the cell's + is on the black lead,
 * so the test current leaves through black and comes back in at red ("红进黑出").
 */
export interface OhmmeterElement extends Base {
  kind: 'ohmmeter';
  nodes: [string, string];
  testVoltageV: number;
  internalResistanceOhm: number;
}

/** Wire of a material (resistivity table in materials.ts), length and diameter. */
export interface WireElement extends Base {
  kind: 'wire';
  nodes: [string, string];
  material: string;
  lengthM: number;
  diameterM: number;
}

/** NTC thermistor, B-parameter law R = R25·exp(B(1/T − 1/298.15 K)). */
export interface ThermistorElement extends Base {
  kind: 'thermistor';
  nodes: [string, string];
  resistanceAt25COhm: number;
  betaK: number;
  temperatureK: number;
}

/** Photoresistor (LDR): R = R10·(E/10 lux)^(−γ), limited by its dark resistance. */
export interface PhotoresistorElement extends Base {
  kind: 'photoresistor';
  nodes: [string, string];
  resistanceAt10LuxOhm: number;
  gamma: number;
  darkResistanceOhm: number;
  illuminanceLux: number;
}

/**
 * Electromagnetic relay: a coil (resistance, optional inductance) and a changeover contact. The contact
 * moves to `normallyOpen` when the coil current reaches `pullInCurrentA` and back below `dropOutCurrentA`.
 */
export interface RelayElement extends Base {
  kind: 'relay';
  /** [coil a, coil b, common, normally open, normally closed]. */
  nodes: [string, string, string, string, string];
  coilResistanceOhm: number;
  coilInductanceH?: number;
  pullInCurrentA: number;
  dropOutCurrentA: number;
  energised?: boolean;
}

export type CircuitElement =
  | ResistorElement
  | VoltageSourceElement
  | CurrentSourceElement
  | CapacitorElement
  | InductorElement
  | CouplingElement
  | TransformerElement
  | DiodeElement
  | SwitchElement
  | TwoWaySwitchElement
  | RheostatElement
  | VoltageSwitchElement
  | CurrentSwitchElement
  | BulbElement
  | FuseElement
  | AmmeterElement
  | VoltmeterElement
  | OhmmeterElement
  | WireElement
  | ThermistorElement
  | PhotoresistorElement
  | RelayElement;

export type ElementKind = CircuitElement['kind'];

/** Node names every element sits on, in its documented terminal order (coupling has none). */
export function elementNodes(e: CircuitElement): readonly string[] {
  return e.kind === 'coupling' ? [] : e.nodes;
}

/** What the engine reports for one element. Every number is finite. */
export interface ElementReading {
  /**
   * Through the element from nodes[0] to nodes[1]; for a transformer the primary, a relay its coil, a
   * rheostat end a → slider (secondary: slider → end b), an ohmmeter the current entering the red lead.
   */
  currentA: number;
  /** V(nodes[0]) − V(nodes[1]). */
  voltageV: number;
  /** Power taken in (voltageV · currentA summed over its branches); negative when it delivers power. */
  powerW: number;
  /** Present resistance of a resistive part (bulb filament, thermistor, wire, …). */
  resistanceOhm?: number;
  /** Bulb filament temperature. */
  temperatureK?: number;
  /** Bulb: power / rated power (1 at rated voltage). */
  brightness?: number;
  blown?: boolean;
  burntOut?: boolean;
  closed?: boolean;
  energised?: boolean;
  /** Transformer secondary; rheostat slider → end b; relay contact (common → the throw it touches). */
  secondaryCurrentA?: number;
  secondaryVoltageV?: number;
  /** Ohmmeter reading; null when no current flows (infinite: the meter shows "∞"/OL). */
  measuredResistanceOhm?: number | null;
}

export type DiagnosticCode =
  | 'shortCircuit'
  | 'sourceLoop'
  | 'currentSourceOpen'
  | 'openCircuit'
  | 'floatingNodes'
  | 'singularMatrix'
  | 'noConvergence'
  | 'fuseBlown'
  | 'bulbBurntOut'
  | 'relayChattering';

/**
 * Something a student should be told, with the parts involved by name; the UI translates the code.
 * error: no trustworthy solution (the numbers are zeros); warning: solved, but something is wrong (a
 * shorted cell, a blown fuse); info: a remark (the circuit is open at switch S1).
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning' | 'info';
  /** Element names involved, most telling first. */
  parts: string[];
  nodes?: string[];
  /** An English sentence for logs and the CLI (the app shows its own translation of `code`). */
  message: string;
}

export interface CircuitSolution {
  /** False when an error diagnostic means the numbers below are not a solution (they are zeros). */
  ok: boolean;
  /** Node voltages, V (relative to ground "0", or to each piece's reference node). */
  nodes: Record<string, number>;
  elements: Record<string, ElementReading>;
  diagnostics: Diagnostic[];
  /** The reference node of each separate piece of circuit (0 V by definition). */
  references: string[];
  /** Newton iterations used (1 for a linear circuit). */
  iterations: number;
}
