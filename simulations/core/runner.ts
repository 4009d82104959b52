/**
 * Run a simulation headless: until an event, or for a time, optionally sampling a time series.
 * Used by the CLI, by Blockly's lab blocks and by tests, so they all run the same code.
 */
import type { Measurements, SimEvent, Simulation } from './simulation';

export interface RunOptions {
  /** Stop at the first occurrence of this event. */
  untilEvent?: string;
  /** Stop after this much simulated time, seconds. */
  timeS?: number;
  /** Sample the measurements every this many seconds (time series). */
  everyS?: number;
  /** Step size; defaults to `meta.fixedDtS`. */
  dtS?: number;
  /** Safety limit on simulated time when waiting for an event, seconds (default 3600). */
  maxTimeS?: number;
}

export interface RunResult {
  measurements: Measurements;
  events: SimEvent[];
  series: { timeS: number; values: Measurements }[];
  /** True if `untilEvent` was given and it happened. */
  reachedEvent: boolean;
  timeS: number;
}

export function runSimulation(sim: Simulation, opts: RunOptions): RunResult {
  const dt = opts.dtS ?? sim.meta.fixedDtS;
  const limit = opts.untilEvent ? Math.min(opts.timeS ?? Infinity, opts.maxTimeS ?? 3600) : (opts.timeS ?? 0);
  if (opts.untilEvent && !sim.meta.events.some((e) => e.name === opts.untilEvent)) {
    throw new Error(`unknown event '${opts.untilEvent}'; events of ${sim.meta.id}: ${sim.meta.events.map((e) => e.name).join(', ') || 'none'}`);
  }
  const events: SimEvent[] = [];
  const series: RunResult['series'] = [];
  let nextSample = 0;
  const sample = () => {
    if (opts.everyS && sim.timeS >= nextSample - 1e-9) {
      series.push({ timeS: sim.timeS, values: sim.measure() });
      nextSample += opts.everyS;
    }
  };
  sample();
  let reached = false;
  while (sim.timeS < limit - 1e-12) {
    const h = Math.min(dt, limit - sim.timeS);
    const happened = sim.step(h);
    events.push(...happened);
    sample();
    if (opts.untilEvent && happened.some((e) => e.name === opts.untilEvent)) {
      reached = true;
      break;
    }
  }
  return { measurements: sim.measure(), events, series, reachedEvent: reached, timeS: sim.timeS };
}
