/**
 * From a bench setup to the engine's circuit: joined terminals are one node (union–find over the wires,
 * bench/nets.ts), and each part becomes the element(s) that model it. Meters get the internal resistance of
 * the range post that is wired (a school ammeter has three posts: "−", "0.6", "3"), so choosing a range is
 * choosing a post, as on the real meter. Element names are part ids; a meter's are `A1@0.6`, `A1@3`.
 */
import { buildNets } from '../bench/nets';
import type { Setup, SetupPart, TerminalRef } from '../bench/setup';
import { AC_VOLTS_OHMS_PER_VOLT, ammeterResistanceOhm, DIODE_PRESETS, findMaterial, multimeterMode, multimeterOhmmeter, wireResistanceOhm, solenoidInductanceH, voltmeterResistanceOhm, type CircuitElement } from './engine';
import { COIL_LENGTH_M, COIL_RADIUS_M } from './parts/coil';
import { ROD_RESISTANCE_OHM } from './parts/conductor-rod';
import { PHOTORESISTOR } from './parts/photoresistor';
import { RELAY } from './parts/relay';
import { CURRENT_SENSOR_OHM } from './parts/current-sensor';
import { GALVANOMETER } from './parts/galvanometer';
import { CORE_RELATIVE_PERMEABILITY, SOLENOID_LENGTH_M, SOLENOID_RADIUS_M, SOLENOID_WIRE_OHM_PER_M, solenoidResistanceOhm } from './parts/solenoid';
import { circuitParts } from './parts';
import { coreCoupling, DEMOUNTABLE_CORE } from './engine/transformer-core';
import { windingInUse } from './parts/demountable-transformer';
import { STUDENT_SUPPLY } from './parts/student-supply';

export interface MeterWiring {
  kind: 'ammeter' | 'voltmeter';
  /** The range post in use ('0.6', '3', '15'), or null while no range post is wired. */
  range: string | null;
  /** The engine element that carries the reading. */
  element: string | null;
}

export interface CircuitOfSetup {
  elements: CircuitElement[];
  meters: Map<string, MeterWiring>;
  /** The part an engine element belongs to (`A1@0.6` → `A1`). */
  partOf: (elementName: string) => string;
}

const METER_RANGES: Record<'ammeter' | 'voltmeter', string[]> = { ammeter: ['0.6', '3'], voltmeter: ['3', '15'] };
const num = (p: SetupPart, prop: string) => Number(p.props[prop]);

export function circuitOfSetup(setup: Setup, blownFuses: ReadonlySet<string> = new Set()): CircuitOfSetup {
  const nets = buildNets(setup, circuitParts);
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  const node = (part: string, terminal: string) => `n${nets.netOf({ part, terminal } satisfies TerminalRef)}`;
  const elements: CircuitElement[] = [];
  const meters = new Map<string, MeterWiring>();
  for (const p of setup.parts) {
    const n = (t: string) => node(p.id, t);
    switch (p.kind) {
      case 'cell':
        elements.push({ kind: 'voltageSource', name: p.id, nodes: [n('+'), n('-')], voltageV: num(p, 'emfV'), internalResistanceOhm: num(p, 'internalResistanceOhm') });
        break;
      case 'battery-pack': {
        const count = num(p, 'cellCount');
        elements.push({ kind: 'voltageSource', name: p.id, nodes: [n('+'), n('-')], voltageV: count * num(p, 'cellEmfV'), internalResistanceOhm: count * num(p, 'cellInternalResistanceOhm') });
        break;
      }
      case 'dc-supply':
        elements.push({ kind: 'voltageSource', name: p.id, nodes: [n('+'), n('-')], voltageV: num(p, 'voltageV'), internalResistanceOhm: num(p, 'internalResistanceOhm') });
        break;
      case 'student-supply': {
        // Each output is in the circuit only when wired (an unwired output is no loop to report as open).
        const on = p.props.on === true;
        const u = num(p, 'voltageV');
        const r = STUDENT_SUPPLY.internalResistanceOhm;
        if (wired.has(`${p.id}.dc+`) || wired.has(`${p.id}.dc-`)) elements.push({ kind: 'voltageSource', name: `${p.id}@dc`, nodes: [n('dc+'), n('dc-')], voltageV: on ? u : 0, internalResistanceOhm: r });
        if (wired.has(`${p.id}.ac1`) || wired.has(`${p.id}.ac2`)) {
          const waveform = { kind: 'sine', offset: 0, amplitude: on ? u * Math.SQRT2 : 0, frequencyHz: STUDENT_SUPPLY.frequencyHz, delayS: 0, dampingPerS: 0, phaseDeg: 0 } as const;
          elements.push({ kind: 'voltageSource', name: `${p.id}@ac`, nodes: [n('ac1'), n('ac2')], voltageV: 0, internalResistanceOhm: r, waveform });
        }
        break;
      }
      case 'demountable-transformer': {
        // The turns in use are between the wired posts of each coil; a coil with fewer than two wired is open.
        const primary = windingInUse(p, 'p', wired), secondary = windingInUse(p, 's', wired);
        const { inductancePerTurnSquaredH, couplingCoefficient } = coreCoupling(p.props.yoke !== false);
        const ohm = DEMOUNTABLE_CORE.ohmPerTurn;
        if (primary && secondary) {
          elements.push({
            kind: 'transformer', name: p.id, nodes: [n(primary.from), n(primary.to), n(secondary.from), n(secondary.to)],
            primaryTurns: primary.turns, secondaryTurns: secondary.turns, inductancePerTurnSquaredH, couplingCoefficient,
            primaryResistanceOhm: primary.turns * ohm, secondaryResistanceOhm: secondary.turns * ohm,
          });
        } else if (primary || secondary) {
          const w = (primary ?? secondary)!;
          elements.push({ kind: 'inductor', name: p.id, nodes: [n(w.from), n(w.to)], inductanceH: inductancePerTurnSquaredH * w.turns ** 2, seriesResistanceOhm: w.turns * ohm });
        }
        break;
      }
      case 'switch':
        elements.push({ kind: 'switch', name: p.id, nodes: [n('a'), n('b')], closed: p.props.closed === true });
        break;
      case 'two-way-switch':
        elements.push({ kind: 'twoWaySwitch', name: p.id, nodes: [n('common'), n('a'), n('b')], position: p.props.position === 'b' ? 'b' : 'a' });
        break;
      case 'resistor':
      case 'resistance-box':
        elements.push({ kind: 'resistor', name: p.id, nodes: [n('a'), n('b')], resistanceOhm: num(p, 'resistanceOhm') });
        break;
      case 'rheostat':
        elements.push({ kind: 'rheostat', name: p.id, nodes: [n('a'), n('b'), n('c')], resistanceOhm: num(p, 'resistanceOhm'), sliderFraction: num(p, 'sliderFraction') });
        break;
      case 'bulb':
        elements.push({ kind: 'bulb', name: p.id, nodes: [n('a'), n('b')], ratedVoltageV: num(p, 'ratedVoltageV'), ratedPowerW: num(p, 'ratedPowerW') });
        break;
      case 'led':
        elements.push({ kind: 'diode', name: p.id, nodes: [n('+'), n('-')], model: p.props.colour === 'green' ? DIODE_PRESETS.greenLed : DIODE_PRESETS.redLed });
        break;
      case 'diode':
        elements.push({ kind: 'diode', name: p.id, nodes: [n('+'), n('-')], model: DIODE_PRESETS['1N4007'] });
        break;
      case 'multimeter': {
        // One element for the function the selector is on (none when off); red probe = '+', black = '-'.
        const mode = multimeterMode(String(p.props.mode));
        if (mode.fn === 'dcv') elements.push({ kind: 'voltmeter', name: p.id, nodes: [n('+'), n('-')], resistanceOhm: voltmeterResistanceOhm(mode.range) });
        else if (mode.fn === 'acv') elements.push({ kind: 'voltmeter', name: p.id, nodes: [n('+'), n('-')], resistanceOhm: voltmeterResistanceOhm(mode.range, AC_VOLTS_OHMS_PER_VOLT) });
        else if (mode.fn === 'dcma') elements.push({ kind: 'ammeter', name: p.id, nodes: [n('+'), n('-')], resistanceOhm: ammeterResistanceOhm(mode.range / 1000) });
        else if (mode.fn === 'ohm') {
          const { testVoltageV, internalResistanceOhm } = multimeterOhmmeter(mode.range, num(p, 'ohmZeroKnob'));
          elements.push({ kind: 'ohmmeter', name: p.id, nodes: [n('+'), n('-')], testVoltageV, internalResistanceOhm });
        }
        break;
      }
      case 'fuse':
        elements.push({ kind: 'fuse', name: p.id, nodes: [n('a'), n('b')], ratedCurrentA: num(p, 'ratedCurrentA'), blown: blownFuses.has(p.id) });
        break;
      case 'ammeter':
      case 'voltmeter': {
        const kind = p.kind;
        let reading: string | null = null;
        let range: string | null = null;
        for (const r of METER_RANGES[kind]) {
          if (!wired.has(`${p.id}.${r}`)) continue;
          const name = `${p.id}@${r}`;
          const rangeValue = Number(r);
          elements.push(
            kind === 'ammeter'
              ? { kind: 'ammeter', name, nodes: [n(r), n('-')], resistanceOhm: ammeterResistanceOhm(rangeValue) }
              : { kind: 'voltmeter', name, nodes: [n(r), n('-')], resistanceOhm: voltmeterResistanceOhm(rangeValue) },
          );
          // The pointer follows the smallest range wired (both posts wired is a student's mistake; the smaller reads).
          if (reading === null) [reading, range] = [name, r];
        }
        meters.set(p.id, { kind, range, element: reading });
        break;
      }
      case 'solenoid': {
        const turns = num(p, 'turns');
        const coil = { turns, lengthM: SOLENOID_LENGTH_M, radiusM: SOLENOID_RADIUS_M, coreRelativePermeability: p.props.ironCore === true ? CORE_RELATIVE_PERMEABILITY : 1 };
        elements.push({ kind: 'inductor', name: p.id, nodes: [n('a'), n('b')], inductanceH: solenoidInductanceH(coil), seriesResistanceOhm: solenoidResistanceOhm(turns) });
        break;
      }
      case 'coil': {
        // Its EMF from the changing flux through it is set every step (magnetism/); positive drives current a → b inside it.
        const turns = num(p, 'turns');
        elements.push({ kind: 'inductor', name: p.id, nodes: [n('a'), n('b')], inductanceH: solenoidInductanceH({ turns, lengthM: COIL_LENGTH_M, radiusM: COIL_RADIUS_M }), seriesResistanceOhm: turns * 2 * Math.PI * COIL_RADIUS_M * SOLENOID_WIRE_OHM_PER_M, inducedEmfV: 0 });
        break;
      }
      case 'resistance-wire': {
        const material = findMaterial(String(p.props.material));
        if (!material) throw new Error(`resistance wire ${p.id}: unknown material '${String(p.props.material)}'`);
        elements.push({ kind: 'resistor', name: p.id, nodes: [n('a'), n('b')], resistanceOhm: wireResistanceOhm(material.resistivityOhmM, num(p, 'lengthM'), num(p, 'diameterMm') * 1e-3) });
        break;
      }
      case 'photoresistor':
        elements.push({ kind: 'photoresistor', name: p.id, nodes: [n('a'), n('b')], ...PHOTORESISTOR, illuminanceLux: num(p, 'illuminanceLux') });
        break;
      case 'relay':
        elements.push({ kind: 'relay', name: p.id, nodes: [n('c1'), n('c2'), n('com'), n('no'), n('nc')], ...RELAY });
        break;
      case 'capacitor':
        elements.push({ kind: 'capacitor', name: p.id, nodes: [n('+'), n('-')], capacitanceF: num(p, 'capacitanceUF') * 1e-6 });
        break;
      case 'current-sensor':
        elements.push({ kind: 'ammeter', name: p.id, nodes: [n('+'), n('-')], resistanceOhm: CURRENT_SENSOR_OHM });
        break;
      case 'galvanometer':
        // Current entering at + swings the pointer right (positive).
        elements.push({ kind: 'ammeter', name: p.id, nodes: [n('+'), n('-')], resistanceOhm: GALVANOMETER.resistanceOhm });
        break;
      case 'conductor-rod':
        // Its EMF is set every step from the flux it sweeps (magnetism/); positive drives current a → b inside it.
        elements.push({ kind: 'voltageSource', name: p.id, nodes: [n('b'), n('a')], voltageV: 0, internalResistanceOhm: ROD_RESISTANCE_OHM });
        break;
      case 'compass':
      case 'iron-filings':
      case 'u-magnet':
      case 'bar-magnet':
        break;
      default:
        throw new Error(`circuits bench: no electrical model for part kind '${p.kind}'`);
    }
  }
  return { elements, meters, partOf: (name) => name.split('@')[0] };
}
