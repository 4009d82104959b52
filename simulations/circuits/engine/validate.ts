/**
 * Checks a circuit description before anything is solved: every number finite and in its range, every
 * node named, names unique, references (coupled inductors, a W switch's controlling source, a wire's
 * material) resolvable. A problem is thrown as a CircuitInputError naming the element, the field and what
 * is allowed — never a NaN further down.
 */
import { diodeModelProblems } from './diode-model';
import type { CircuitElement, ElementKind } from './elements';
import { findMaterial, MATERIALS } from './materials';
import { waveformProblems } from './waveforms';

export class CircuitInputError extends Error {
  constructor(
    readonly element: string,
    readonly field: string,
    readonly allowed: string,
    detail?: string,
  ) {
    super(`${element || 'circuit'}: ${field} ${detail ?? 'is not allowed'}; allowed: ${allowed}`);
    this.name = 'CircuitInputError';
  }
}

const NODE_COUNT: Record<ElementKind, number> = {
  resistor: 2,
  voltageSource: 2,
  currentSource: 2,
  capacitor: 2,
  inductor: 2,
  coupling: 0,
  transformer: 4,
  diode: 2,
  switch: 2,
  twoWaySwitch: 3,
  rheostat: 3,
  voltageSwitch: 4,
  currentSwitch: 2,
  bulb: 2,
  fuse: 2,
  ammeter: 2,
  voltmeter: 2,
  ohmmeter: 2,
  wire: 2,
  thermistor: 2,
  photoresistor: 2,
  relay: 5,
};

/** Largest magnitude accepted for any value: beyond it the arithmetic loses meaning. */
const HUGE = 1e12;

/** Most elements in one circuit: a bench holds a few hundred; this bounds the work on a pasted netlist. */
export const MAX_ELEMENTS = 10_000;

export function validateElements(elements: readonly CircuitElement[]): void {
  if (!Array.isArray(elements)) throw new CircuitInputError('', 'elements', 'an array of circuit elements', 'is not an array');
  if (elements.length > MAX_ELEMENTS) throw new CircuitInputError('', 'elements', `at most ${MAX_ELEMENTS} elements`, `has ${elements.length}`);
  const names = new Set<string>();
  const kindOf = new Map<string, ElementKind>();
  for (const e of elements) {
    const name = typeof e?.name === 'string' ? e.name : '';
    if (!name.trim()) throw new CircuitInputError('', 'name', 'a non-empty name per element', 'is missing');
    if (names.has(name)) throw new CircuitInputError(name, 'name', 'unique names', 'is used twice');
    names.add(name);
    const kind = e.kind as ElementKind;
    if (typeof kind !== 'string' || !Object.hasOwn(NODE_COUNT, kind)) throw new CircuitInputError(name, 'kind', Object.keys(NODE_COUNT).join(' | '), `${JSON.stringify(kind)} is unknown`);
    kindOf.set(name, kind);
    if (e.kind !== 'coupling') {
      const nodes: unknown = e.nodes;
      const count = NODE_COUNT[kind];
      if (!Array.isArray(nodes) || nodes.length !== count) throw new CircuitInputError(name, 'nodes', `${count} node names`, 'has the wrong number of nodes');
      for (let i = 0; i < nodes.length; i++) {
        const n: unknown = nodes[i];
        if (typeof n !== 'string' || !n.trim() || n.includes('#')) throw new CircuitInputError(name, `nodes[${i}]`, 'a non-empty node name without "#"', `${JSON.stringify(n)} is not a node name`);
      }
    }
  }
  for (const e of elements) checkValues(e, kindOf);
}

/** Field checks for one element; the "allowed" text is only composed when a check fails. */
class Fields {
  constructor(private readonly element: string) {}
  fail(field: string, allowed: string, value?: unknown): never {
    throw new CircuitInputError(this.element, field, allowed, value === undefined ? 'is missing' : `${JSON.stringify(value)} is out of range`);
  }
  num(field: string, v: unknown, min: number, max: number, allowed: string, minExclusive = false): void {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (minExclusive && v === min)) this.fail(field, allowed, v);
  }
  opt(field: string, v: unknown, min: number, max: number, allowed: string, minExclusive = false): void {
    if (v !== undefined) this.num(field, v, min, max, allowed, minExclusive);
  }
  positive(field: string, v: unknown, unit: string): void {
    if (!(typeof v === 'number' && v > 0 && v <= HUGE)) this.fail(field, `> 0 ${unit} (up to 1e12)`, v);
  }
  nonNegative(field: string, v: unknown, unit: string): void {
    if (!(typeof v === 'number' && v >= 0 && v <= HUGE)) this.fail(field, `≥ 0 ${unit} (up to 1e12)`, v);
  }
  finite(field: string, v: unknown, unit: string): void {
    if (!(typeof v === 'number' && v >= -HUGE && v <= HUGE)) this.fail(field, `a number of ${unit} within ±1e12`, v);
  }
  bool(field: string, v: unknown): void {
    if (v !== undefined && typeof v !== 'boolean') this.fail(field, 'true | false', v);
  }
  waveform(w: unknown): void {
    if (w === undefined) return;
    const kind = (w as { kind?: unknown })?.kind;
    if (kind !== 'pulse' && kind !== 'sine' && kind !== 'pwl') this.fail('waveform.kind', 'pulse | sine | pwl', kind);
    const problems = waveformProblems(w as Parameters<typeof waveformProblems>[0]);
    if (problems.length) this.fail(`waveform.${problems[0].field}`, problems[0].allowed, '(value)');
  }
}

function checkValues(e: CircuitElement, kindOf: Map<string, ElementKind>): void {
  const f = new Fields(e.name);
  switch (e.kind) {
    case 'resistor':
      f.nonNegative('resistanceOhm', e.resistanceOhm, 'Ω');
      break;
    case 'voltageSource':
      f.finite('voltageV', e.voltageV, 'V');
      if (e.internalResistanceOhm !== undefined) f.nonNegative('internalResistanceOhm', e.internalResistanceOhm, 'Ω');
      f.waveform(e.waveform);
      break;
    case 'currentSource':
      f.finite('currentA', e.currentA, 'A');
      f.waveform(e.waveform);
      break;
    case 'capacitor':
      f.positive('capacitanceF', e.capacitanceF, 'F');
      if (e.initialVoltageV !== undefined) f.finite('initialVoltageV', e.initialVoltageV, 'V');
      break;
    case 'inductor':
      f.nonNegative('inductanceH', e.inductanceH, 'H');
      if (e.seriesResistanceOhm !== undefined) f.nonNegative('seriesResistanceOhm', e.seriesResistanceOhm, 'Ω');
      if (e.initialCurrentA !== undefined) f.finite('initialCurrentA', e.initialCurrentA, 'A');
      if (e.inducedEmfV !== undefined) f.finite('inducedEmfV', e.inducedEmfV, 'V');
      break;
    case 'coupling': {
      const [a, b] = Array.isArray(e.inductors) ? e.inductors : [];
      for (const [i, l] of [a, b].entries()) if (kindOf.get(l as string) !== 'inductor') f.fail(`inductors[${i}]`, 'the name of an inductor in this circuit', l);
      if (a === b) f.fail('inductors', 'two different inductors', e.inductors);
      f.num('coefficient', e.coefficient, 0, 1, '0 < k ≤ 1', true);
      break;
    }
    case 'transformer':
      f.num('primaryTurns', e.primaryTurns, 1, 1e6, '1 … 1e6 turns');
      f.num('secondaryTurns', e.secondaryTurns, 1, 1e6, '1 … 1e6 turns');
      f.bool('ideal', e.ideal);
      f.opt('inductancePerTurnSquaredH', e.inductancePerTurnSquaredH, 0, 1, '0 < A_L ≤ 1 H', true);
      f.opt('couplingCoefficient', e.couplingCoefficient, 0, 1, '0 < k ≤ 1', true);
      if (e.primaryResistanceOhm !== undefined) f.nonNegative('primaryResistanceOhm', e.primaryResistanceOhm, 'Ω');
      if (e.secondaryResistanceOhm !== undefined) f.nonNegative('secondaryResistanceOhm', e.secondaryResistanceOhm, 'Ω');
      break;
    case 'diode': {
      if (typeof e.model !== 'object' || e.model === null) f.fail('model', 'a diode model (saturationCurrentA, emissionCoefficient, …)', e.model);
      const problems = diodeModelProblems(e.model);
      if (problems.length) f.fail(`model.${problems[0].field}`, problems[0].allowed, (e.model as unknown as Record<string, unknown>)[problems[0].field]);
      break;
    }
    case 'switch':
      if (typeof e.closed !== 'boolean') f.fail('closed', 'true | false', e.closed);
      if (e.onResistanceOhm !== undefined) f.nonNegative('onResistanceOhm', e.onResistanceOhm, 'Ω');
      if (e.offResistanceOhm !== undefined) f.positive('offResistanceOhm', e.offResistanceOhm, 'Ω');
      break;
    case 'twoWaySwitch':
      if (e.position !== 'a' && e.position !== 'b') f.fail('position', 'a | b', e.position);
      if (e.onResistanceOhm !== undefined) f.nonNegative('onResistanceOhm', e.onResistanceOhm, 'Ω');
      break;
    case 'rheostat':
      f.nonNegative('resistanceOhm', e.resistanceOhm, 'Ω');
      f.num('sliderFraction', e.sliderFraction, 0, 1, '0 … 1');
      break;
    case 'voltageSwitch':
    case 'currentSwitch':
      if (e.kind === 'voltageSwitch') {
        f.finite('thresholdV', e.thresholdV, 'V');
        f.nonNegative('hysteresisV', e.hysteresisV, 'V');
      } else {
        if (kindOf.get(e.controlSource) !== 'voltageSource') f.fail('controlSource', 'the name of a voltage source in this circuit', e.controlSource);
        f.finite('thresholdA', e.thresholdA, 'A');
        f.nonNegative('hysteresisA', e.hysteresisA, 'A');
      }
      f.nonNegative('onResistanceOhm', e.onResistanceOhm, 'Ω');
      f.positive('offResistanceOhm', e.offResistanceOhm, 'Ω');
      f.bool('initiallyOn', e.initiallyOn);
      break;
    case 'bulb':
      f.num('ratedVoltageV', e.ratedVoltageV, 0, 1e4, '0 < V ≤ 10000 V', true);
      f.num('ratedPowerW', e.ratedPowerW, 0, 1e5, '0 < P ≤ 100000 W', true);
      f.opt('ratedTemperatureK', e.ratedTemperatureK, 500, 3600, '500 … 3600 K');
      f.opt('thermalTimeS', e.thermalTimeS, 0, 100, '0 < τ ≤ 100 s', true);
      break;
    case 'fuse':
      f.positive('ratedCurrentA', e.ratedCurrentA, 'A');
      if (e.resistanceOhm !== undefined) f.nonNegative('resistanceOhm', e.resistanceOhm, 'Ω');
      if (e.meltingIntegralA2s !== undefined) f.nonNegative('meltingIntegralA2s', e.meltingIntegralA2s, 'A²s');
      f.bool('blown', e.blown);
      break;
    case 'ammeter':
      if (e.resistanceOhm !== undefined) f.nonNegative('resistanceOhm', e.resistanceOhm, 'Ω');
      break;
    case 'voltmeter':
      if (e.resistanceOhm !== undefined) f.positive('resistanceOhm', e.resistanceOhm, 'Ω');
      break;
    case 'ohmmeter':
      f.num('testVoltageV', e.testVoltageV, 0, 100, '0 < E ≤ 100 V', true);
      f.positive('internalResistanceOhm', e.internalResistanceOhm, 'Ω');
      break;
    case 'wire':
      if (!findMaterial(e.material)) f.fail('material', MATERIALS.map((m) => m.id).join(' | '), e.material);
      f.num('lengthM', e.lengthM, 0, 1e4, '0 … 10000 m');
      f.num('diameterM', e.diameterM, 0, 0.1, '0 < d ≤ 0.1 m', true);
      break;
    case 'thermistor':
      f.positive('resistanceAt25COhm', e.resistanceAt25COhm, 'Ω');
      f.num('betaK', e.betaK, 100, 10000, '100 … 10000 K');
      f.num('temperatureK', e.temperatureK, 150, 600, '150 … 600 K');
      break;
    case 'photoresistor':
      f.positive('resistanceAt10LuxOhm', e.resistanceAt10LuxOhm, 'Ω');
      f.num('gamma', e.gamma, 0.1, 2, '0.1 … 2');
      f.positive('darkResistanceOhm', e.darkResistanceOhm, 'Ω');
      f.num('illuminanceLux', e.illuminanceLux, 0, 2e5, '0 … 200000 lux');
      break;
    case 'relay':
      f.nonNegative('coilResistanceOhm', e.coilResistanceOhm, 'Ω');
      if (e.coilInductanceH !== undefined) f.nonNegative('coilInductanceH', e.coilInductanceH, 'H');
      f.positive('pullInCurrentA', e.pullInCurrentA, 'A');
      f.num('dropOutCurrentA', e.dropOutCurrentA, 0, e.pullInCurrentA, `0 … pullInCurrentA (${e.pullInCurrentA} A)`);
      f.bool('energised', e.energised);
      break;
  }
}
