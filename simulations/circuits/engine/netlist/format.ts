/**
 * SPICE netlist export. Elements of the SPICE subset are written as their own cards, so parse(format(x))
 * gives x back. Bench parts SPICE has no card for are written as their SPICE equivalent at the moment of
 * export, with a comment naming the part:
 *   closed switch, ideal ammeter, closed contact, unblown 0 Ω fuse → 0 V source (SPICE's ideal wire, which
 *   also reports the current); open switch, blown fuse, ideal voltmeter → left out (comment); bulb, wire,
 *   thermistor, photoresistor → resistor at its present resistance; rheostat → two resistors; cell with
 *   internal resistance → source + resistor; ohmmeter → its cell and internal resistance; coil with an
 *   induced EMF → inductor + source; coupled transformer → two inductors + K; ideal transformer → E and F
 *   controlled sources (export only: the importer does not read E/F).
 * SPICE needs a ground: a circuit without node 0 gets its first reference node renamed 0, and any other
 * separate piece is tied to it through 1 TΩ (which changes no reading).
 */
import type { CircuitElement, CircuitSolution } from '../elements';
import type { DiodeModel } from '../diode-model';
import { DEFAULT_INDUCTANCE_PER_TURN2_H, expandElements } from '../primitives';
import { analyseTopology } from '../topology';
import { waveformValue, type Waveform } from '../waveforms';
import { findMaterial, wireResistanceOhm } from '../materials';
import { photoresistorResistanceOhm, thermistorResistanceOhm } from '../sensors';
import type { NetlistAnalysis } from './parse';
import { formatSpiceNumber as f } from './units';

export interface FormatOptions {
  title?: string;
  analyses?: NetlistAnalysis[];
  method?: 'trapezoidal' | 'gear2' | 'backwardEuler';
  /** A solution whose present values (bulb resistance, switch states) bench parts are exported at. */
  solution?: CircuitSolution;
}

export function formatNetlist(elements: readonly CircuitElement[], options: FormatOptions = {}): string {
  const lines: string[] = [options.title ?? 'circuit exported by Sprout Lab'];
  const nodeName = groundMap(elements);
  const N = (n: string) => nodeName(n);
  const models = new Map<string, string>();
  const modelName = (m: DiodeModel) => {
    const card = `D(IS=${f(m.saturationCurrentA)} N=${f(m.emissionCoefficient)}${m.seriesResistanceOhm ? ` RS=${f(m.seriesResistanceOhm)}` : ''}${m.breakdownVoltageV !== undefined ? ` BV=${f(m.breakdownVoltageV)}` : ''}${m.breakdownCurrentA !== undefined ? ` IBV=${f(m.breakdownCurrentA)}` : ''})`;
    for (const [name, c] of models) if (c === card) return name;
    const name = `dmod${models.size + 1}`;
    models.set(name, card);
    return name;
  };
  const swModels: string[] = [];
  const names = new Set(elements.map((e) => e.name.toLowerCase()));
  /** A SPICE name for the element's card: its own name when it already starts with the card letter. */
  const issued = new Map<string, string>();
  const card = (letter: string, e: { name: string }, suffix = '') => {
    const key = `${letter}|${e.name}|${suffix}`;
    const known = issued.get(key);
    if (known) return known;
    const clean = e.name.replace(/[^A-Za-z0-9_]/g, '_');
    const base = clean[0]?.toUpperCase() === letter && !suffix ? clean : `${letter}${clean}${suffix ? `_${suffix}` : ''}`;
    let out = base;
    for (let k = 2; names.has(out.toLowerCase()) && out !== clean; k++) out = `${base}_${k}`;
    names.add(out.toLowerCase());
    issued.set(key, out);
    return out;
  };
  const internal = (e: CircuitElement, what: string) => N(`${e.name}_${what}`);
  const present = (e: CircuitElement) => options.solution?.elements[e.name];

  for (const e of elements) {
    switch (e.kind) {
      case 'resistor':
        lines.push(`${card('R', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(e.resistanceOhm)}`);
        break;
      case 'capacitor':
        lines.push(`${card('C', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(e.capacitanceF)}${e.initialVoltageV !== undefined ? ` IC=${f(e.initialVoltageV)}` : ''}`);
        break;
      case 'inductor': {
        let [a, b] = [N(e.nodes[0]), N(e.nodes[1])];
        if (e.seriesResistanceOhm) {
          const mid = internal(e, 'r');
          lines.push(`${card('R', e, 'winding')} ${mid} ${b} ${f(e.seriesResistanceOhm)}`);
          b = mid;
        }
        if (e.inducedEmfV) {
          const mid = internal(e, 'emf');
          // The EMF drives current from a to b inside the coil: a source with + at the b side.
          lines.push(`${card('V', e, 'emf')} ${mid} ${a} ${f(e.inducedEmfV)}`);
          a = mid;
        }
        lines.push(`${card('L', e)} ${a} ${b} ${f(e.inductanceH)}${e.initialCurrentA !== undefined ? ` IC=${f(e.initialCurrentA)}` : ''}`);
        break;
      }
      case 'coupling':
        lines.push(`${card('K', e)} ${card('L', { name: e.inductors[0] })} ${card('L', { name: e.inductors[1] })} ${f(e.coefficient)}`);
        break;
      case 'voltageSource':
      case 'currentSource': {
        const letter = e.kind === 'voltageSource' ? 'V' : 'I';
        let plus = N(e.nodes[0]);
        if (e.kind === 'voltageSource' && e.internalResistanceOhm) {
          const mid = internal(e, 'int');
          lines.push(`* ${e.name}: EMF ${f(e.voltageV)} V, internal resistance ${f(e.internalResistanceOhm)} Ω`);
          lines.push(`${card('R', e, 'internal')} ${plus} ${mid} ${f(e.internalResistanceOhm)}`);
          plus = mid;
        }
        const value = e.kind === 'voltageSource' ? e.voltageV : e.currentA;
        const dcNeeded = !e.waveform || value !== initialOf(e.waveform);
        lines.push(`${card(letter, e)} ${plus} ${N(e.nodes[1])}${dcNeeded ? ` DC ${f(value)}` : ''}${e.waveform ? ` ${waveformCard(e.waveform)}` : ''}`);
        break;
      }
      case 'diode':
        lines.push(`${card('D', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${modelName(e.model)}`);
        break;
      case 'voltageSwitch':
      case 'currentSwitch': {
        const m = `sw${swModels.length + 1}`;
        if (e.kind === 'voltageSwitch') {
          swModels.push(`.model ${m} SW(VT=${f(e.thresholdV)} VH=${f(e.hysteresisV)} RON=${f(e.onResistanceOhm)} ROFF=${f(e.offResistanceOhm)})`);
          lines.push(`${card('S', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${N(e.nodes[2])} ${N(e.nodes[3])} ${m}${e.initiallyOn !== undefined ? (e.initiallyOn ? ' ON' : ' OFF') : ''}`);
        } else {
          swModels.push(`.model ${m} CSW(IT=${f(e.thresholdA)} IH=${f(e.hysteresisA)} RON=${f(e.onResistanceOhm)} ROFF=${f(e.offResistanceOhm)})`);
          lines.push(`${card('W', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${e.controlSource} ${m}${e.initiallyOn !== undefined ? (e.initiallyOn ? ' ON' : ' OFF') : ''}`);
        }
        break;
      }
      default:
        lines.push(...benchPart(e));
    }
  }
  for (const [name, c] of models) lines.push(`.model ${name} ${c}`);
  lines.push(...swModels);
  lines.push(...nodeName.ties());
  if (options.method) lines.push(`.options method=${options.method === 'trapezoidal' ? 'trap' : options.method === 'gear2' ? 'gear' : 'euler'}`);
  for (const a of options.analyses ?? []) {
    lines.push(a.kind === 'op' ? '.op' : `.tran ${f(a.stepS)} ${f(a.stopS)}${a.startS || a.maxStepS ? ` ${f(a.startS)}` : ''}${a.maxStepS ? ` ${f(a.maxStepS)}` : ''}${a.uic ? ' uic' : ''}`);
  }
  lines.push('.end');
  return lines.join('\n') + '\n';

  function wire(e: CircuitElement, a: string, b: string, ohm: number | undefined, what: string): string[] {
    if (ohm === undefined) return [`* ${e.name}: ${what} (open, left out)`];
    if (ohm === 0) return [`* ${e.name}: ${what}`, `${card('V', e, what === 'contact' ? 'contact' : '')} ${N(a)} ${N(b)} 0`];
    return [`* ${e.name}: ${what}`, `${card('R', e)} ${N(a)} ${N(b)} ${f(ohm)}`];
  }

  function benchPart(e: CircuitElement): string[] {
    switch (e.kind) {
      case 'switch': {
        const closed = present(e)?.closed ?? e.closed;
        return wire(e, e.nodes[0], e.nodes[1], closed ? (e.onResistanceOhm ?? 0) : e.offResistanceOhm, closed ? 'switch, closed' : 'switch, open');
      }
      case 'twoWaySwitch':
        return wire(e, e.nodes[0], e.position === 'a' ? e.nodes[1] : e.nodes[2], e.onResistanceOhm ?? 0, `two-way switch at ${e.position}`);
      case 'ammeter':
        return wire(e, e.nodes[0], e.nodes[1], e.resistanceOhm ?? 0, 'ammeter');
      case 'voltmeter':
        return wire(e, e.nodes[0], e.nodes[1], e.resistanceOhm, 'voltmeter');
      case 'fuse':
        return wire(e, e.nodes[0], e.nodes[1], (present(e)?.blown ?? e.blown) ? undefined : (e.resistanceOhm ?? 0), (present(e)?.blown ?? e.blown) ? 'fuse, blown' : 'fuse');
      case 'bulb': {
        if (present(e)?.burntOut ?? e.burntOut) return [`* ${e.name}: bulb, burnt out (left out)`];
        const r = present(e)?.resistanceOhm ?? (e.ratedVoltageV * e.ratedVoltageV) / e.ratedPowerW;
        return [`* ${e.name}: bulb ${f(e.ratedVoltageV)} V ${f(e.ratedPowerW)} W as its ${present(e) ? 'present' : 'hot (rated)'} filament resistance`, `${card('R', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(r)}`];
      }
      case 'wire':
        return [`* ${e.name}: ${e.material} wire ${f(e.lengthM)} m × ${f(e.diameterM)} m`, `${card('R', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(wireResistanceOhm(findMaterial(e.material)!.resistivityOhmM, e.lengthM, e.diameterM))}`];
      case 'thermistor':
        return [`* ${e.name}: thermistor at ${f(e.temperatureK)} K`, `${card('R', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(thermistorResistanceOhm(e.resistanceAt25COhm, e.betaK, e.temperatureK))}`];
      case 'photoresistor':
        return [`* ${e.name}: photoresistor at ${f(e.illuminanceLux)} lux`, `${card('R', e)} ${N(e.nodes[0])} ${N(e.nodes[1])} ${f(photoresistorResistanceOhm(e.resistanceAt10LuxOhm, e.gamma, e.darkResistanceOhm, e.illuminanceLux))}`];
      case 'rheostat': {
        const [a, b, s] = e.nodes;
        const part = (x: string, y: string, ohm: number, suffix: string) => (ohm === 0 ? `${card('V', e, suffix)} ${N(x)} ${N(y)} 0` : `${card('R', e, suffix)} ${N(x)} ${N(y)} ${f(ohm)}`);
        return [
          `* ${e.name}: rheostat ${f(e.resistanceOhm)} Ω, slider at ${f(e.sliderFraction)}`,
          part(a, s, e.resistanceOhm * e.sliderFraction, 'a'),
          part(s, b, e.resistanceOhm * (1 - e.sliderFraction), 'b'),
        ];
      }
      case 'ohmmeter': {
        const mid = internal(e, 'int');
        return [
          `* ${e.name}: ohmmeter, ${f(e.testVoltageV)} V cell behind ${f(e.internalResistanceOhm)} Ω (+ on the black lead)`,
          `${card('V', e)} ${mid} ${N(e.nodes[0])} ${f(e.testVoltageV)}`,
          `${card('R', e, 'internal')} ${N(e.nodes[1])} ${mid} ${f(e.internalResistanceOhm)}`,
        ];
      }
      case 'relay': {
        const [c1, c2, com, no, nc] = e.nodes;
        const energised = present(e)?.energised ?? e.energised ?? false;
        const mid = e.coilInductanceH ? internal(e, 'coil') : N(c2);
        return [
          `* ${e.name}: relay, ${energised ? 'energised' : 'released'}`,
          `${card('R', e, 'coil')} ${N(c1)} ${mid} ${f(e.coilResistanceOhm)}`,
          ...(e.coilInductanceH ? [`${card('L', e, 'coil')} ${mid} ${N(c2)} ${f(e.coilInductanceH)}`] : []),
          `${card('V', e, 'contact')} ${N(com)} ${N(energised ? no : nc)} 0`,
        ];
      }
      case 'transformer': {
        const [p1, p2, s1, s2] = e.nodes;
        if (e.ideal) {
          const n = e.secondaryTurns / e.primaryTurns;
          const sense = internal(e, 'sense');
          return [
            `* ${e.name}: ideal transformer ${e.primaryTurns}:${e.secondaryTurns} (E/F controlled sources, export only)`,
            `${card('E', e)} ${sense} ${N(s2)} ${N(p1)} ${N(p2)} ${f(n)}`,
            `${card('V', e, 'sense')} ${sense} ${N(s1)} 0`,
            `${card('F', e)} ${N(p1)} ${N(p2)} ${card('V', e, 'sense')} ${f(-n)}`,
          ];
        }
        const al = e.inductancePerTurnSquaredH ?? DEFAULT_INDUCTANCE_PER_TURN2_H;
        const l1 = card('L', e, 'primary');
        const l2 = card('L', e, 'secondary');
        const out = [`* ${e.name}: transformer ${e.primaryTurns}:${e.secondaryTurns}`];
        let [a1, a2] = [N(p1), N(s1)];
        if (e.primaryResistanceOhm) {
          const m = internal(e, 'p');
          out.push(`${card('R', e, 'primary')} ${a1} ${m} ${f(e.primaryResistanceOhm)}`);
          a1 = m;
        }
        if (e.secondaryResistanceOhm) {
          const m = internal(e, 's');
          out.push(`${card('R', e, 'secondary')} ${a2} ${m} ${f(e.secondaryResistanceOhm)}`);
          a2 = m;
        }
        out.push(`${l1} ${a1} ${N(p2)} ${f(al * e.primaryTurns ** 2)}`, `${l2} ${a2} ${N(s2)} ${f(al * e.secondaryTurns ** 2)}`, `${card('K', e)} ${l1} ${l2} ${f(e.couplingCoefficient ?? 0.99)}`);
        return out;
      }
      default:
        return [];
    }
  }
}

function initialOf(w: Waveform): number {
  return waveformValue(w, 0);
}

function waveformCard(w: Waveform): string {
  switch (w.kind) {
    case 'pulse':
      return `PULSE(${[w.initial, w.pulsed, w.delayS, w.riseS, w.fallS, w.widthS, w.periodS].map(f).join(' ')})`;
    case 'sine':
      return `SIN(${[w.offset, w.amplitude, w.frequencyHz, w.delayS, w.dampingPerS, w.phaseDeg].map(f).join(' ')})`;
    case 'pwl':
      return `PWL(${w.points.map(([t, v]) => `${f(t)} ${f(v)}`).join(' ')})`;
  }
}

/** Node names SPICE accepts, with a ground: see the header. */
function groundMap(elements: readonly CircuitElement[]): ((n: string) => string) & { ties: () => string[] } {
  // DC connectivity: SPICE's operating point needs a DC path to ground from every node.
  const prims = expandElements(elements, new Map(), 'dc');
  const topo = analyseTopology(elements, prims);
  const hasGround = topo.nodeIndex.has('0');
  const rename = new Map<string, string>();
  if (!hasGround && topo.references.length) rename.set(topo.references[0], '0');
  const clean = (n: string) => rename.get(n) ?? (n === '0' ? '0' : n.replace(/[^A-Za-z0-9_]/g, '_'));
  const fn = Object.assign(clean, {
    ties: () => topo.references.slice(1).map((r, i) => `Rtie_${i + 1} ${clean(r)} 0 1e12`),
  });
  return fn;
}
