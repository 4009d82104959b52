/**
 * Elements → primitive branches. Every part the bench draws becomes a few primitives the solver knows
 * how to stamp: R (0 Ω = ideal connection), V (with series resistance), I, C, L (with series resistance and
 * an induced EMF), K (coupling), D (junction), lamp (filament), XF (ideal transformer). Open contacts
 * produce nothing. Which primitives appear depends on the element's discrete state (switch position,
 * fuse blown, relay energised) and on the analysis (in DC a capacitor is open and an inductor a
 * resistor/short).
 */
import type { CircuitElement } from './elements';
import { Filament } from './bulb-model';
import { Junction } from './diode-model';
import { findMaterial, wireResistanceOhm } from './materials';
import { photoresistorResistanceOhm, thermistorResistanceOhm } from './sensors';
import type { Waveform } from './waveforms';

export type AnalysisMode = 'dc' | 'transient';

interface PrimBase {
  /** Index of the element it belongs to. */
  owner: number;
  /** Which branch of the element (readings are assembled from roles). */
  role: Role;
}
export type Role = 'main' | 'rs' | 'a' | 'b' | 'coil' | 'contact' | 'primary' | 'secondary';

export type Primitive =
  | (PrimBase & { type: 'R'; a: string; b: string; ohm: number })
  | (PrimBase & { type: 'V'; a: string; b: string; volts: number; waveform?: Waveform; ohm: number })
  | (PrimBase & { type: 'I'; a: string; b: string; amps: number; waveform?: Waveform })
  | (PrimBase & { type: 'C'; a: string; b: string; farad: number })
  | (PrimBase & { type: 'L'; a: string; b: string; henry: number; ohm: number; emf: number })
  | (PrimBase & { type: 'K'; l1: number; l2: number; k: number })
  | (PrimBase & { type: 'D'; a: string; b: string; junction: Junction })
  | (PrimBase & { type: 'lamp'; a: string; b: string; filament: Filament })
  | (PrimBase & { type: 'XF'; a: string; b: string; c: string; d: string; ratio: number });

/** Discrete and thermal state of the elements that have one, keyed by element name. */
export interface ElementState {
  closed?: boolean;
  blown?: boolean;
  burntOut?: boolean;
  energised?: boolean;
  temperatureK?: number;
  /** Fuse melting integral so far, A²s. */
  meltA2s?: number;
}

/**
 * Default inductance per turn² (A_L = μ0·μr·A/ℓ) of a school demountable transformer core (可拆变压器):
 * about 4 cm² section and a 0.3 m magnetic path with μr of 1000–6000 give 2–10 µH per turn²; 10 µH makes
 * a 400-turn winding 1.6 H (a magnetising current of 24 mA at 12 V, 50 Hz).
 */
export const DEFAULT_INDUCTANCE_PER_TURN2_H = 1e-5;

/** Node name of an element's internal node (diode between RS and junction). */
export function internalNode(elementName: string, suffix: string): string {
  return `${elementName}#${suffix}`;
}

const NO_STATE: ElementState = {};

/** A resistive branch; none when the resistance is infinite or absent (an open contact). */
function pushR(out: Primitive[], owner: number, role: Role, a: string, b: string, ohm: number | undefined): void {
  if (ohm !== undefined && Number.isFinite(ohm)) out.push({ type: 'R', owner, role, a, b, ohm });
}

export function expandElements(elements: readonly CircuitElement[], states: ReadonlyMap<string, ElementState>, mode: AnalysisMode): Primitive[] {
  const out: Primitive[] = [];
  const inductorIndex = new Map<string, number>();
  const couplings: { owner: number; names: [string, string]; k: number }[] = [];
  for (let owner = 0; owner < elements.length; owner++) {
    const e = elements[owner];
    const st = states.get(e.name) ?? NO_STATE;
    switch (e.kind) {
      case 'resistor':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], e.resistanceOhm);
        break;
      case 'wire':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], wireResistanceOhm(findMaterial(e.material)!.resistivityOhmM, e.lengthM, e.diameterM));
        break;
      case 'thermistor':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], thermistorResistanceOhm(e.resistanceAt25COhm, e.betaK, e.temperatureK));
        break;
      case 'photoresistor':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], photoresistorResistanceOhm(e.resistanceAt10LuxOhm, e.gamma, e.darkResistanceOhm, e.illuminanceLux));
        break;
      case 'rheostat': {
        const [a, b, s] = e.nodes;
        pushR(out, owner, 'a', a, s, e.resistanceOhm * e.sliderFraction);
        pushR(out, owner, 'b', s, b, e.resistanceOhm * (1 - e.sliderFraction));
        break;
      }
      case 'switch':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], (st.closed ?? e.closed) ? (e.onResistanceOhm ?? 0) : e.offResistanceOhm);
        break;
      case 'twoWaySwitch':
        pushR(out, owner, 'main', e.nodes[0], e.position === 'a' ? e.nodes[1] : e.nodes[2], e.onResistanceOhm ?? 0);
        break;
      case 'voltageSwitch':
      case 'currentSwitch':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], (st.closed ?? e.initiallyOn ?? false) ? e.onResistanceOhm : e.offResistanceOhm);
        break;
      case 'ammeter':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], e.resistanceOhm ?? 0);
        break;
      case 'voltmeter':
        pushR(out, owner, 'main', e.nodes[0], e.nodes[1], e.resistanceOhm);
        break;
      case 'fuse':
        if (!(st.blown ?? e.blown)) pushR(out, owner, 'main', e.nodes[0], e.nodes[1], e.resistanceOhm ?? 0);
        break;
      case 'voltageSource':
        out.push({ type: 'V', owner, role: 'main', a: e.nodes[0], b: e.nodes[1], volts: e.voltageV, waveform: e.waveform, ohm: e.internalResistanceOhm ?? 0 });
        break;
      case 'ohmmeter':
        // The internal cell's + terminal is on the black lead (nodes[1]).
        out.push({ type: 'V', owner, role: 'main', a: e.nodes[1], b: e.nodes[0], volts: e.testVoltageV, ohm: e.internalResistanceOhm });
        break;
      case 'currentSource':
        out.push({ type: 'I', owner, role: 'main', a: e.nodes[0], b: e.nodes[1], amps: e.currentA, waveform: e.waveform });
        break;
      case 'capacitor':
        if (mode === 'transient') out.push({ type: 'C', owner, role: 'main', a: e.nodes[0], b: e.nodes[1], farad: e.capacitanceF });
        break;
      case 'inductor':
        inductor(owner, 'main', e.name, e.nodes[0], e.nodes[1], e.inductanceH, e.seriesResistanceOhm ?? 0, e.inducedEmfV ?? 0);
        break;
      case 'coupling':
        couplings.push({ owner, names: e.inductors, k: e.coefficient });
        break;
      case 'transformer': {
        const [p1, p2, s1, s2] = e.nodes;
        if (e.ideal) {
          out.push({ type: 'XF', owner, role: 'main', a: p1, b: p2, c: s1, d: s2, ratio: e.secondaryTurns / e.primaryTurns });
          break;
        }
        const al = e.inductancePerTurnSquaredH ?? DEFAULT_INDUCTANCE_PER_TURN2_H;
        const l1 = inductor(owner, 'primary', `${e.name}#primary`, p1, p2, al * e.primaryTurns ** 2, e.primaryResistanceOhm ?? 0, 0);
        const l2 = inductor(owner, 'secondary', `${e.name}#secondary`, s1, s2, al * e.secondaryTurns ** 2, e.secondaryResistanceOhm ?? 0, 0);
        if (mode === 'transient') out.push({ type: 'K', owner, role: 'main', l1, l2, k: e.couplingCoefficient ?? 0.99 });
        break;
      }
      case 'diode': {
        const rs = e.model.seriesResistanceOhm ?? 0;
        const anode = rs > 0 ? internalNode(e.name, 'junction') : e.nodes[0];
        if (rs > 0) pushR(out, owner, 'rs', e.nodes[0], anode, rs);
        out.push({ type: 'D', owner, role: 'main', a: anode, b: e.nodes[1], junction: new Junction(e.model) });
        break;
      }
      case 'bulb':
        if (!(st.burntOut ?? e.burntOut)) out.push({ type: 'lamp', owner, role: 'main', a: e.nodes[0], b: e.nodes[1], filament: new Filament(e) });
        break;
      case 'relay': {
        const [c1, c2, com, no, nc] = e.nodes;
        inductor(owner, 'coil', `${e.name}#coil`, c1, c2, e.coilInductanceH ?? 0, e.coilResistanceOhm, 0);
        pushR(out, owner, 'contact', com, (st.energised ?? e.energised) ? no : nc, 0);
        break;
      }
    }
  }
  for (const c of couplings) {
    const l1 = inductorIndex.get(c.names[0]);
    const l2 = inductorIndex.get(c.names[1]);
    if (mode === 'transient' && l1 !== undefined && l2 !== undefined) out.push({ type: 'K', owner: c.owner, role: 'main', l1, l2, k: c.k });
  }
  return out;

  /** An inductor in transient; in DC a resistor (0 Ω: a connection), or a source when an EMF is induced. */
  function inductor(owner: number, role: Role, name: string, a: string, b: string, henry: number, ohm: number, emf: number): number {
    const index = out.length;
    if (mode === 'transient' && henry > 0) out.push({ type: 'L', owner, role, a, b, henry, ohm, emf });
    else if (emf !== 0) out.push({ type: 'V', owner, role, a, b, volts: -emf, ohm });
    else out.push({ type: 'R', owner, role, a, b, ohm });
    inductorIndex.set(name, index);
    return index;
  }
}
