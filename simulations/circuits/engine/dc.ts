/**
 * DC operating point: capacitors open, inductors as their winding resistance (or a connection), bulbs at
 * their steady filament temperature. Fuses that carry more than their rating blow, overloaded filaments
 * burn out, relays and controlled switches settle — each change re-solves the circuit, until nothing
 * changes (or a relay keeps switching itself off and on, which is reported).
 */
import type { CircuitElement, CircuitSolution, Diagnostic } from './elements';
import { compile, changeDiagnostics, solveInstant, updateStates } from './point-solver';
import type { ElementState } from './primitives';
import type { StepContext } from './system';
import { validateElements } from './validate';
import { ROOM_TEMPERATURE_K } from './bulb-model';

export interface DcOptions {
  /** Newton iterations before source stepping is tried (default 100). */
  maxIterations?: number;
  /** States to start from (e.g. a transient run's fuses and relays); default: as the elements say. */
  states?: ReadonlyMap<string, ElementState>;
}

/** Largest number of state changes (fuses, relays, switches) followed before giving up. */
const MAX_STATE_ROUNDS = 20;

export function solveDc(elements: readonly CircuitElement[], options: DcOptions = {}): CircuitSolution {
  validateElements(elements);
  const { solution } = operatingPoint(elements, new Map([...(options.states ?? new Map())].map(([k, v]) => [k, { ...v }])), options.maxIterations ?? 100);
  return solution;
}

/** The operating point and the states it ends in (used to start a transient run). */
export function operatingPoint(elements: readonly CircuitElement[], states: Map<string, ElementState>, maxIterations: number): { solution: CircuitSolution; states: Map<string, ElementState> } {
  const seen = new Set<string>();
  const extra: Diagnostic[] = [];
  let iterations = 0;
  for (let round = 0; ; round++) {
    const compiled = compile(elements, states, 'dc');
    const P = compiled.prims.length;
    const temperatures = new Float64Array(P).fill(ROOM_TEMPERATURE_K);
    const ctx: StepContext = { timeS: 0, a0: 0, history: new Float64Array(P), sourceScale: 1, dtS: Infinity, temperatures };
    const point = solveInstant(compiled, elements, states, ctx, maxIterations, true);
    iterations += point.iterations;
    const finish = () => ({
      solution: {
        ok: point.ok,
        nodes: point.nodes,
        elements: point.elements,
        diagnostics: [...point.diagnostics, ...extra],
        references: compiled.topo.references,
        iterations,
      },
      states,
    });
    if (!point.ok) return finish();
    const before = signature(states);
    seen.add(before);
    const changes = updateStates(elements, states, point, Infinity);
    if (changes.length === 0) return finish();
    extra.push(...changeDiagnostics(changes, elements, point));
    const after = signature(states);
    if (seen.has(after) || round >= MAX_STATE_ROUNDS) {
      // Switching back to a state already tried: a relay or switch that turns itself off and on (a buzzer).
      const parts = changes.map((c) => c.element);
      extra.push({ code: 'relayChattering', severity: 'warning', parts, message: `${parts.join(', ')} keep switching: the circuit turns itself off and on` });
      return finish();
    }
  }
}

function signature(states: Map<string, ElementState>): string {
  return JSON.stringify([...states].map(([k, s]) => [k, !!s.blown, !!s.burntOut, !!s.energised, !!s.closed]).sort());
}
