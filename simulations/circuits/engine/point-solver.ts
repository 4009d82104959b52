/**
 * Solving the circuit at one instant, shared by the DC operating point and each transient step:
 * expand the elements for their present state, check the topology, run Newton (stepping the sources up
 * from zero when a hard non-linear DC point does not converge directly), then work out the readings and
 * whether a fuse, filament, relay or controlled switch changes state — in which case the same instant is
 * solved again with the new state.
 */
import { ROOM_TEMPERATURE_K, TUNGSTEN_MELTING_K } from './bulb-model';
import type { CircuitElement, Diagnostic, ElementReading } from './elements';
import { expandElements, type AnalysisMode, type ElementState, type Primitive } from './primitives';
import { elementReadings, nodeVoltages, primitiveCurrents, roleTable, type RoleTable } from './readings';
import { MnaSystem, type StepContext } from './system';
import { analyseTopology, type Topology } from './topology';

export interface Compiled {
  prims: Primitive[];
  topo: Topology;
  sys: MnaSystem;
  roles: RoleTable;
}

export function compile(elements: readonly CircuitElement[], states: ReadonlyMap<string, ElementState>, mode: AnalysisMode): Compiled {
  const prims = expandElements(elements, states, mode);
  const topo = analyseTopology(elements, prims);
  const sys = new MnaSystem(
    prims,
    topo,
    elements.map((e) => e.name),
  );
  return { prims, topo, sys, roles: roleTable(elements.length, prims) };
}

export interface PointResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  nodes: Record<string, number>;
  elements: Record<string, ElementReading>;
  primCurrent: Float64Array;
  /** Per primitive index: filament temperature reached (lamps only). */
  temperatures: Float64Array;
  iterations: number;
}

/** Solve one instant with the states as they are (no state changes here). */
export function solveInstant(
  c: Compiled,
  elements: readonly CircuitElement[],
  states: ReadonlyMap<string, ElementState>,
  ctx: StepContext,
  maxIterations: number,
  allowSourceStepping: boolean,
): PointResult {
  const diagnostics = [...c.topo.diagnostics];
  if (c.topo.fatal) return failed(c, elements, diagnostics, 0);
  const guess = Float64Array.from(c.sys.x);
  let r = c.sys.solve(ctx, maxIterations);
  let iterations = r.iterations;
  if (!r.ok && r.reason === 'noConvergence' && allowSourceStepping) {
    // Source stepping: from all sources off, raise them in steps, each solve starting from the last.
    c.sys.x.fill(0);
    let ok = true;
    for (let k = 1; k <= 20 && ok; k++) {
      const stepped = c.sys.solve({ ...ctx, sourceScale: (ctx.sourceScale * k) / 20 }, maxIterations);
      iterations += stepped.iterations;
      ok = stepped.ok;
      r = stepped;
    }
  }
  if (!r.ok) {
    c.sys.x.set(guess);
    if (r.reason === 'singular') {
      const names = r.unknowns.map((u) => c.sys.unknownNames[u]).filter((n) => n !== undefined);
      const partsAt = new Set<string>();
      for (const e of elements) if (e.kind !== 'coupling' && e.nodes.some((n) => names.includes(n))) partsAt.add(e.name);
      diagnostics.push({
        code: 'singularMatrix',
        severity: 'error',
        parts: [...partsAt],
        nodes: names,
        message: `the circuit equations have no unique solution${names.length ? ` (at ${names.slice(0, 6).join(', ')})` : ''}`,
      });
    } else {
      diagnostics.push({
        code: 'noConvergence',
        severity: 'error',
        parts: c.sys.nonlinear.map((i) => elements[c.prims[i].owner].name),
        message: `the non-linear parts did not settle within ${iterations} iterations`,
      });
    }
    return failed(c, elements, diagnostics, iterations);
  }
  const primCurrent = primitiveCurrents(c.sys, ctx);
  const nodes = nodeVoltages(c.sys);
  // primitiveCurrents left each filament's temperature at the final voltage in lastT.
  const temperatures = new Float64Array(c.prims.length);
  for (const i of c.sys.nonlinear) if (c.prims[i].type === 'lamp') temperatures[i] = c.sys.lastT[i];
  const readings = elementReadings(elements, c.roles, nodes, primCurrent, extras);
  return { ok: true, diagnostics, nodes, elements: readings, primCurrent, temperatures, iterations };

  function extras(e: CircuitElement, owner: number): Partial<ElementReading> | null {
    const st = states.get(e.name);
    const main = c.roles[owner]?.get('main');
    switch (e.kind) {
      case 'bulb': {
        if (main === undefined) return { temperatureK: ROOM_TEMPERATURE_K, brightness: 0, burntOut: true };
        const p = c.prims[main] as Extract<Primitive, { type: 'lamp' }>;
        const t = temperatures[main];
        const v = (nodes[e.nodes[0]] ?? 0) - (nodes[e.nodes[1]] ?? 0);
        const r = p.filament.resistanceOhm(t);
        return { temperatureK: t, resistanceOhm: r, brightness: (v * v) / r / e.ratedPowerW, burntOut: false };
      }
      case 'fuse':
        return { blown: st?.blown ?? e.blown ?? false };
      case 'switch':
        return { closed: e.closed };
      case 'voltageSwitch':
      case 'currentSwitch':
        return { closed: st?.closed ?? e.initiallyOn ?? false };
      case 'relay': {
        const energised = st?.energised ?? e.energised ?? false;
        const [, , com, no, nc] = e.nodes;
        return { energised, secondaryVoltageV: (nodes[com] ?? 0) - (nodes[energised ? no : nc] ?? 0) };
      }
      case 'resistor':
        return { resistanceOhm: e.resistanceOhm };
      case 'wire':
      case 'thermistor':
      case 'photoresistor': {
        const p = main === undefined ? undefined : c.prims[main];
        return p?.type === 'R' ? { resistanceOhm: p.ohm } : null;
      }
      default:
        return null;
    }
  }
}

function failed(c: Compiled, elements: readonly CircuitElement[], diagnostics: Diagnostic[], iterations: number): PointResult {
  const nodes: Record<string, number> = {};
  for (const name of c.topo.nodeNames) if (!name.includes('#')) nodes[name] = 0;
  const zeros: Record<string, ElementReading> = {};
  for (const e of elements) zeros[e.name] = { currentA: 0, voltageV: 0, powerW: 0 };
  return { ok: false, diagnostics, nodes, elements: zeros, primCurrent: new Float64Array(c.prims.length), temperatures: new Float64Array(c.prims.length), iterations };
}

export interface StateChange {
  element: string;
  code: 'fuseBlown' | 'bulbBurntOut' | 'relayEnergised' | 'relayReleased' | 'switchOn' | 'switchOff';
}

/**
 * New discrete states from a solved instant. `dtS` is the step (Infinity for DC, where a fuse blows as soon
 * as the current exceeds its rating). Mutates `states`; returns what changed.
 */
export function updateStates(elements: readonly CircuitElement[], states: Map<string, ElementState>, point: PointResult, dtS: number): StateChange[] {
  const changes: StateChange[] = [];
  const get = (name: string) => {
    let s = states.get(name);
    if (!s) states.set(name, (s = {}));
    return s;
  };
  for (const e of elements) {
    const r = point.elements[e.name];
    switch (e.kind) {
      case 'fuse': {
        const s = get(e.name);
        if (s.blown ?? e.blown) break;
        const excess = r.currentA * r.currentA - e.ratedCurrentA * e.ratedCurrentA;
        if (excess <= 0) break;
        if (Number.isFinite(dtS)) s.meltA2s = (s.meltA2s ?? 0) + excess * dtS;
        if (!Number.isFinite(dtS) || (s.meltA2s ?? 0) > (e.meltingIntegralA2s ?? 0)) {
          s.blown = true;
          changes.push({ element: e.name, code: 'fuseBlown' });
        }
        break;
      }
      case 'bulb': {
        const s = get(e.name);
        if (!(s.burntOut ?? e.burntOut) && (r.temperatureK ?? 0) > TUNGSTEN_MELTING_K) {
          s.burntOut = true;
          changes.push({ element: e.name, code: 'bulbBurntOut' });
        }
        break;
      }
      case 'relay': {
        const s = get(e.name);
        const on = s.energised ?? e.energised ?? false;
        const i = Math.abs(r.currentA);
        if (!on && i >= e.pullInCurrentA) {
          s.energised = true;
          changes.push({ element: e.name, code: 'relayEnergised' });
        } else if (on && i < e.dropOutCurrentA) {
          s.energised = false;
          changes.push({ element: e.name, code: 'relayReleased' });
        }
        break;
      }
      case 'voltageSwitch':
      case 'currentSwitch': {
        const s = get(e.name);
        const on = s.closed ?? e.initiallyOn ?? false;
        const control = e.kind === 'voltageSwitch' ? (point.nodes[e.nodes[2]] ?? 0) - (point.nodes[e.nodes[3]] ?? 0) : point.elements[e.controlSource].currentA;
        const threshold = e.kind === 'voltageSwitch' ? e.thresholdV : e.thresholdA;
        const hysteresis = e.kind === 'voltageSwitch' ? e.hysteresisV : e.hysteresisA;
        if (!on && control > threshold + hysteresis) {
          s.closed = true;
          changes.push({ element: e.name, code: 'switchOn' });
        } else if (on && control < threshold - hysteresis) {
          s.closed = false;
          changes.push({ element: e.name, code: 'switchOff' });
        }
        break;
      }
      default:
        break;
    }
  }
  return changes;
}

/** The diagnostics a state change leaves for the student. */
export function changeDiagnostics(changes: StateChange[], elements: readonly CircuitElement[], point: PointResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ch of changes) {
    const e = elements.find((x) => x.name === ch.element)!;
    if (ch.code === 'fuseBlown' && e.kind === 'fuse') {
      out.push({ code: 'fuseBlown', severity: 'warning', parts: [e.name], message: `fuse ${e.name} blew: ${Math.abs(point.elements[e.name].currentA).toPrecision(3)} A is more than its ${e.ratedCurrentA} A rating` });
    } else if (ch.code === 'bulbBurntOut') {
      out.push({ code: 'bulbBurntOut', severity: 'warning', parts: [e.name], message: `bulb ${e.name} burnt out: its filament passed tungsten's melting point` });
    }
  }
  return out;
}
