/**
 * The circuit engine: pure TypeScript (no DOM, no Svelte), the same code in the page, the CLI and tests.
 * The physics, assumptions and sources for teachers are in ../model.md.
 *
 * ## Describing a circuit
 * A circuit is `CircuitElement[]` (elements.ts): plain JSON, each element with a unique `name` (the bench
 * uses the part id), a `kind` and the node names of its terminals in a documented order. Linked terminals
 * share a node name (the bench's union-find of links gives them). Node "0" is ground if present; without
 * it each separate piece of circuit is measured from a reference node of its own (the − terminal of its
 * first source), listed in `solution.references`.
 *
 *   const circuit: CircuitElement[] = [
 *     { kind: 'voltageSource', name: 'E1', nodes: ['p', 'n'], voltageV: 3, internalResistanceOhm: 0.5 },
 *     { kind: 'switch', name: 'S1', nodes: ['p', 'a'], closed: true },
 *     { kind: 'bulb', name: 'L1', nodes: ['a', 'b'], ratedVoltageV: 2.5, ratedPowerW: 0.75 },
 *     { kind: 'ammeter', name: 'A1', nodes: ['b', 'n'] },
 *     { kind: 'voltmeter', name: 'V1', nodes: ['a', 'b'] },
 *   ];
 *
 * Kinds: resistor, voltageSource (cell, battery pack, DC supply; PULSE/SIN/PWL waveform for AC),
 * currentSource, capacitor, inductor (a coil, with `inducedEmfV` set from a moving magnet), coupling (K),
 * transformer (chosen turns; coupled windings or ideal), diode (LEDs via DIODE_PRESETS), switch,
 * twoWaySwitch, rheostat, voltageSwitch / currentSwitch (SPICE S/W), bulb, fuse, ammeter (galvanometer),
 * voltmeter, ohmmeter (multimeter Ω mode), wire (material, length, diameter), thermistor, photoresistor,
 * relay. Multimeter V and A modes are a voltmeter/ammeter with the range's resistance (meters.ts).
 * Invalid input throws `CircuitInputError` naming the element, the field and the allowed values.
 *
 * ## DC: `solveDc(elements): CircuitSolution`
 * Node voltages and, per element, `currentA` (from nodes[0] to nodes[1] through it), `voltageV`
 * (V(nodes[0]) − V(nodes[1])), `powerW` (taken in; negative for a source delivering power) plus what the
 * part has: bulb `temperatureK`, `resistanceOhm`, `brightness` (P / P_rated); fuse `blown`; relay
 * `energised`; ohmmeter `measuredResistanceOhm` (null: infinite). Every number is finite.
 *
 * `solution.diagnostics` explains, with part names, what a student should hear: `shortCircuit` (a cell
 * shorted by wires: warning with its internal resistance, error for an ideal supply), `sourceLoop`,
 * `currentSourceOpen`, `openCircuit` (info: no current because the loop is open at S1), `floatingNodes`,
 * `singularMatrix`, `noConvergence`, `fuseBlown`, `bulbBurntOut`, `relayChattering`. On an error
 * `solution.ok` is false and the numbers are zeros, never NaN. The UI translates `code`; `message` is English
 * for logs and the CLI.
 *
 * ## Transient: `new TransientSimulator(elements, { method?, start? })`
 *   const sim = new TransientSimulator(circuit);          // gear2 (BDF2), uncharged start
 *   const { solution, events } = sim.step(0.01);          // events: fuseBlown, relayEnergised, …
 *   sim.setElements(changedCircuit);                      // a switch flipped: charges/temperatures kept by name
 *   sim.setDrive('coil1', emfV);                          // a source or induced EMF changed smoothly (no restart)
 *   const saved = sim.state();  sim.restore(saved);       // JSON-safe, continues exactly
 * A bench model implementing the Simulation contract steps it at its fixed dt, calls setElements() when the
 * setup changes, and puts state() into its own state(). Non-convergent steps are halved internally.
 *
 * ## Netlists (SPICE subset, documented in ../model.md)
 * `parseNetlist(text)` → { title, elements, analyses, method } (throws NetlistError with the line number
 * and what was expected there); `formatNetlist(elements, { analyses, solution })` writes one (bench parts
 * as their SPICE equivalents at their present state); `runTransient(elements, { stepS, stopS })` gives the
 * rows the CLI prints: `npm run sim -- circuit --netlist file.cir [--tran <step> <stop>] [--format json|csv]`.
 * The engine is checked against ngspice on every netlist in ./netlists (ngspice.test.ts).
 *
 * ## Magnetism (magnetism/)
 * Positions in metres (Vec3; the bench plane is z = 0), fields in tesla.
 *   solenoidField(solenoid, p), barMagnetField(magnet, p), loopField, dipoleField, fieldAt(sources, p)
 *   (exact finite-solenoid / uniformly-magnetised-cylinder fields; iron core through coreMultiplier);
 *   compassAngleRad(B), stepCompassNeedle(state, B, dt) (a needle that swings and settles);
 *   fieldGrid(sources, grid) (arrows / iron filings), traceFieldLine(sources, start, spec) (field lines);
 *   coilFluxLinkage(sources, coil) and inducedEmfV(Λprev, Λ, dt) = −dΛ/dt — set it as a coil element's
 *   `inducedEmfV` each step and the galvanometer in its circuit swings (Lenz's law comes out of the signs);
 *   motionalEmfV(B, v, L) = (v × B)·L; solenoidInductanceH (Nagaoka), mutualInductanceCoaxialRings.
 *
 * ## Part laws
 * materials.ts (resistivity table, wire resistance), cells.ts (battery packs), meters.ts (meter
 * resistances, ohmmeter reading), sensors.ts (thermistor, LDR), bulb-model.ts, diode-model.ts.
 */
export type {
  CircuitElement,
  ElementKind,
  ElementReading,
  CircuitSolution,
  Diagnostic,
  DiagnosticCode,
  ResistorElement,
  VoltageSourceElement,
  CurrentSourceElement,
  CapacitorElement,
  InductorElement,
  CouplingElement,
  TransformerElement,
  DiodeElement,
  SwitchElement,
  TwoWaySwitchElement,
  RheostatElement,
  VoltageSwitchElement,
  CurrentSwitchElement,
  BulbElement,
  FuseElement,
  AmmeterElement,
  VoltmeterElement,
  OhmmeterElement,
  WireElement,
  ThermistorElement,
  PhotoresistorElement,
  RelayElement,
} from './elements';
export { elementNodes } from './elements';
export { solveDc, type DcOptions } from './dc';
export { TransientSimulator, type TransientOptions, type TransientState, type TransientEvent, type StepResult } from './transient';
export { INTEGRATION_METHODS, type IntegrationMethod } from './integration';
export { CircuitInputError, validateElements } from './validate';
export { GROUND } from './topology';
export type { Waveform, PulseWaveform, SineWaveform, PwlWaveform } from './waveforms';
export { waveformValue } from './waveforms';
export { DIODE_PRESETS, THERMAL_VOLTAGE_V, type DiodeModel } from './diode-model';
export { Filament, ROOM_TEMPERATURE_K, TUNGSTEN_MELTING_K } from './bulb-model';
export { MATERIALS, findMaterial, wireResistanceOhm, type Material } from './materials';
export { batteryPack, terminalVoltageV, DRY_CELL, type PackRating } from './cells';
export { voltmeterResistanceOhm, ammeterResistanceOhm, AC_VOLTS_OHMS_PER_VOLT, ohmmeterReadingOhm, OHMMETER_RANGES, MULTIMETER_MODES, multimeterMode, multimeterOhmmeter, ohmPointerFraction, ohmScaleReadingOhm, OHM_SCALE_CENTRE, type OhmmeterRange, type MultimeterMode, type MultimeterFunction } from './meters';
export { thermistorResistanceOhm, photoresistorResistanceOhm } from './sensors';
export { parseNetlist, applyTranDefaults, NetlistError, type Netlist, type NetlistAnalysis } from './netlist/parse';
export { formatNetlist, type FormatOptions } from './netlist/format';
export { parseSpiceNumber } from './netlist/units';
export { runTransient, type TransientRun, type TransientRunOptions } from './run-transient';
export {
  MU0,
  EARTH_FIELD_CHINA_T,
  vec,
  loopField,
  solenoidField,
  barMagnetField,
  barMagnetMoment,
  dipoleField,
  fieldAt,
  coreMultiplier,
  demagnetisingFactor,
  type Vec3,
  type Placement,
  type Solenoid,
  type BarMagnet,
  type FieldSource,
} from './magnetism/fields';
export { compassAngleRad, stepCompassNeedle, fieldGrid, traceFieldLine, type NeedleState, type NeedleSpec, type GridSpec, type FieldGrid, type LineSpec } from './magnetism/field-map';
export { vectorPotential, fluxThroughLoop, coilFluxLinkage, inducedEmfV, motionalEmfV, mutualInductanceCoaxialRings, type Loop, type Coil } from './magnetism/induction';
export { nagaokaCoefficient, solenoidInductanceH } from './magnetism/inductance';
