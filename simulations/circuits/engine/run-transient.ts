/**
 * A transient analysis as SPICE's .tran runs it, for netlists and the CLI: values at every print step from
 * start to stop. Internally the stepper takes steps of at most min(print step, (stop − start)/50, max step)
 * divided by `substeps` (SPICE's default largest step is the first two), each cut short to land exactly on
 * every print time and every corner of a PULSE/PWL source, so no step straddles a jump in slope.
 */
import type { CircuitElement, Diagnostic } from './elements';
import type { IntegrationMethod } from './integration';
import { TransientSimulator } from './transient';
import { nextBreakpointS } from './waveforms';

export interface TransientRunOptions {
  stepS: number;
  stopS: number;
  startS?: number;
  maxStepS?: number;
  /** Internal steps per largest step (default 10). */
  substeps?: number;
  method?: IntegrationMethod;
  /** From the DC operating point (SPICE's default) or the elements' initial conditions (SPICE's UIC). */
  start?: 'operatingPoint' | 'initialConditions';
}

export interface TransientRun {
  timeS: number[];
  /** Node voltages at each print time. */
  nodes: Record<string, number[]>;
  /** Element currents at each print time. */
  currents: Record<string, number[]>;
  /** Diagnostics (first occurrence of each code and part set). */
  diagnostics: Diagnostic[];
  steps: number;
}

/** The most print points a run returns (bounds memory for a mistyped .tran). */
export const MAX_PRINT_POINTS = 1_000_000;

export function runTransient(elements: readonly CircuitElement[], o: TransientRunOptions): TransientRun {
  const startS = o.startS ?? 0;
  if (!(o.stepS > 0 && o.stopS > startS && startS >= 0 && Number.isFinite(o.stopS))) throw new RangeError(`tran: need step > 0 and stop > start ≥ 0 (step ${o.stepS}, start ${startS}, stop ${o.stopS})`);
  const points = Math.floor((o.stopS - startS) / o.stepS + 1e-9) + 1;
  if (points > MAX_PRINT_POINTS) throw new RangeError(`tran: ${points} print points is more than ${MAX_PRINT_POINTS}; use a larger step`);
  const largest = Math.min(o.stepS, (o.stopS - startS) / 50, o.maxStepS ?? Infinity) / (o.substeps ?? 10);
  const sim = new TransientSimulator(elements, { method: o.method ?? 'trapezoidal', start: o.start ?? 'operatingPoint' });
  const waveforms = elements.flatMap((e) => ((e.kind === 'voltageSource' || e.kind === 'currentSource') && e.waveform ? [e.waveform] : []));
  const run: TransientRun = { timeS: [], nodes: {}, currents: {}, diagnostics: [], steps: 0 };
  const seen = new Set<string>();
  const record = (t: number) => {
    const s = sim.solution();
    run.timeS.push(t);
    for (const [n, v] of Object.entries(s.nodes)) (run.nodes[n] ??= []).push(v);
    for (const [n, r] of Object.entries(s.elements)) (run.currents[n] ??= []).push(r.currentA);
    for (const d of s.diagnostics) {
      const key = `${d.code}:${d.parts.join(',')}`;
      if (!seen.has(key)) {
        seen.add(key);
        run.diagnostics.push(d);
      }
    }
  };
  // Before the first print time: advance to start (nothing recorded).
  let t = 0;
  let k = 0;
  // Print times as decimal as their definition (0.00002, not 0.000019999999999999998).
  const printAt = (i: number) => Number((startS + i * o.stepS).toPrecision(14));
  if (startS === 0) {
    record(0);
    k = 1;
  }
  while (k < points) {
    const target = printAt(k);
    let next = Math.min(target, t + largest);
    for (const w of waveforms) next = Math.min(next, nextBreakpointS(w, t));
    // Avoid a sliver of a step just before a target: split the remainder evenly instead.
    if (target - next > 0 && target - next < 0.25 * largest) next = t + (target - t) / 2;
    sim.step(next - t);
    run.steps++;
    t = next;
    if (Math.abs(t - target) <= 1e-12 * Math.max(1, Math.abs(target))) {
      t = target;
      if (target >= startS) record(target);
      k++;
    }
  }
  return run;
}
