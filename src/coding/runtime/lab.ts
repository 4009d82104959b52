/**
 * The lab blocks' side of a program: choose an experiment from the simulation registry, set its
 * parameters, run it with the same `runSimulation` the lab frame, the CLI and the tests use, read
 * measurements, record rows into a DataTable, plot a column against another and fit a line.
 */
import type { SimulationMeta } from '../../../simulations/core/meta';
import { parseParam, defaultParams, type ParamValues } from '../../../simulations/core/params';
import type { DataColumn, DataTable } from '../../../simulations/core/recorder';
import { runSimulation } from '../../../simulations/core/runner';
import type { Simulation, Measurements } from '../../../simulations/core/simulation';
import { CodeError } from './errors';
import type { AwaitRequest } from './interpreter';

/** What the lab needs from the registry (injected so tests can give their own). */
export interface ExperimentSource {
  find(id: string): { meta: SimulationMeta; createModel: () => Promise<Simulation> } | undefined;
  ids(): string[];
}

export interface PlotRequest {
  xColumn: string;
  yColumn: string;
}

export interface LabOutput {
  table(table: DataTable): void;
  plot(plot: PlotRequest): void;
}

/** Longest simulated time one run block may ask for, seconds (keeps a single block from running for minutes). */
export const MAX_RUN_TIME_S = 600;

export class LabSession {
  private model: Simulation | null = null;
  private params: ParamValues = {};
  private measurements: Measurements = {};
  private pending = new Map<string, number | string>();
  table: DataTable | null = null;

  constructor(
    private readonly source: ExperimentSource,
    private readonly out: LabOutput,
  ) {}

  get experimentId(): string | null {
    return this.model?.meta.id ?? null;
  }

  /** A generator because building a model is asynchronous (lazy import): the interpreter awaits it. */
  *use(id: unknown, blockId: string | null): Generator<AwaitRequest, void, unknown> {
    const entry = this.source.find(String(id));
    if (!entry) throw new CodeError('unknownExperiment', { name: String(id), allowed: this.source.ids().join(', ') }, blockId);
    const model = (yield { await: entry.createModel() }) as Simulation;
    this.model = model;
    this.params = defaultParams(entry.meta.params);
    model.reset(this.params);
    this.measurements = model.measure();
    if (this.table?.provenance && this.table.provenance.simulationId !== entry.meta.id) this.table = null;
  }

  private need(blockId: string | null): Simulation {
    if (!this.model) throw new CodeError('noExperiment', {}, blockId);
    return this.model;
  }

  setParam(name: unknown, value: unknown, blockId: string | null): void {
    const meta = this.need(blockId).meta;
    const spec = meta.params.find((p) => p.name === name);
    if (!spec) throw new CodeError('unknownParameter', { name: String(name), allowed: meta.params.map((p) => p.name).join(', ') }, blockId);
    const r = parseParam(spec, value);
    if (!r.ok) {
      // a choice's values (what the program must write) as a list the page joins the reader's way (code-error-words.ts)
      const values: Record<string, string> = { name: spec.name, value: String(value), allowed: r.error.allowed };
      if (spec.kind === 'choice') values.choices = spec.options.map((o) => o.value).join(' ');
      throw new CodeError('badParameterValue', values, blockId);
    }
    this.params[spec.name] = r.value;
  }

  param(name: unknown, blockId: string | null): number | string | boolean {
    const meta = this.need(blockId).meta;
    const v = this.params[String(name)];
    if (v === undefined) throw new CodeError('unknownParameter', { name: String(name), allowed: meta.params.map((p) => p.name).join(', ') }, blockId);
    return v;
  }

  /** Start over with the current parameters and run until the event (e.g. `landed`). */
  runUntil(event: unknown, blockId: string | null): void {
    const model = this.need(blockId);
    const name = String(event);
    if (!model.meta.events.some((e) => e.name === name)) {
      throw new CodeError('unknownEvent', { name, allowed: model.meta.events.map((e) => e.name).join(', ') || '—' }, blockId);
    }
    model.reset(this.params);
    this.measurements = runSimulation(model, { untilEvent: name, maxTimeS: MAX_RUN_TIME_S }).measurements;
  }

  /** Start over with the current parameters and run for a time, seconds. */
  runFor(timeS: unknown, blockId: string | null): void {
    const model = this.need(blockId);
    if (typeof timeS !== 'number' || !Number.isFinite(timeS) || timeS < 0 || timeS > MAX_RUN_TIME_S) {
      throw new CodeError('badParameterValue', { name: 'timeS', value: String(timeS), allowed: `0 … ${MAX_RUN_TIME_S} s` }, blockId);
    }
    model.reset(this.params);
    this.measurements = runSimulation(model, { timeS }).measurements;
  }

  measure(name: unknown, blockId: string | null): number {
    const meta = this.need(blockId).meta;
    const v = this.measurements[String(name)];
    if (v === undefined) {
      throw new CodeError('unknownMeasurement', { name: String(name), allowed: meta.measurements.map((m) => m.name).join(', ') }, blockId);
    }
    return v;
  }

  /** Put a value in a column of the row being built; `recordRow` appends it to the table. */
  putCell(column: unknown, value: unknown, blockId: string | null): void {
    const name = String(column).trim();
    if (!name) throw new CodeError('unknownColumn', { name: '""', allowed: this.columnNames() }, blockId);
    const v = typeof value === 'number' || typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 1 : 0) : String(value);
    this.pending.set(name, v);
  }

  recordRow(blockId: string | null): void {
    if (this.pending.size === 0) throw new CodeError('emptyRow', {}, blockId);
    const meta = this.model?.meta;
    if (!this.table) {
      this.table = { columns: [], rows: [], provenance: meta ? { simulationId: meta.id, simulationVersion: meta.version } : undefined };
    }
    const t = this.table;
    for (const name of this.pending.keys()) {
      if (!t.columns.some((c) => c.name === name)) {
        t.columns.push(this.describeColumn(name, meta));
        t.rows.forEach((r) => r.push(''));
      }
    }
    t.rows.push(t.columns.map((c) => this.pending.get(c.name) ?? ''));
    this.pending.clear();
    this.out.table(t);
  }

  private describeColumn(name: string, meta: SimulationMeta | undefined): DataColumn {
    const p = meta?.params.find((s) => s.name === name);
    if (p) return { name, unit: p.kind === 'number' ? p.unit : '', labelKey: p.labelKey, source: 'param' };
    const m = meta?.measurements.find((s) => s.name === name);
    if (m) return { name, unit: m.unit, labelKey: m.labelKey, source: 'measurement' };
    return { name, unit: '', source: 'manual' };
  }

  private columnNames(): string {
    return this.table?.columns.map((c) => c.name).join(', ') || '—';
  }

  /** Numeric (x, y) pairs of two columns; rows where either is not a number are skipped. */
  columnPairs(xColumn: unknown, yColumn: unknown, blockId: string | null): [number, number][] {
    const t = this.table;
    const xi = t ? t.columns.findIndex((c) => c.name === String(xColumn)) : -1;
    const yi = t ? t.columns.findIndex((c) => c.name === String(yColumn)) : -1;
    if (!t || xi < 0) throw new CodeError('unknownColumn', { name: String(xColumn), allowed: this.columnNames() }, blockId);
    if (yi < 0) throw new CodeError('unknownColumn', { name: String(yColumn), allowed: this.columnNames() }, blockId);
    const pairs: [number, number][] = [];
    for (const r of t.rows) if (typeof r[xi] === 'number' && typeof r[yi] === 'number') pairs.push([r[xi] as number, r[yi] as number]);
    return pairs;
  }

  plot(yColumn: unknown, xColumn: unknown, blockId: string | null): void {
    this.columnPairs(xColumn, yColumn, blockId);
    this.out.plot({ xColumn: String(xColumn), yColumn: String(yColumn) });
  }

  /** Least-squares line y = slope·x + intercept through the recorded rows. */
  fit(part: 'SLOPE' | 'INTERCEPT', yColumn: unknown, xColumn: unknown, blockId: string | null): number {
    const pairs = this.columnPairs(xColumn, yColumn, blockId);
    const { slope, intercept } = leastSquaresLine(pairs);
    if (!Number.isFinite(slope)) throw new CodeError('notEnoughData', { n: pairs.length }, blockId);
    return part === 'SLOPE' ? slope : intercept;
  }
}

/** Ordinary least squares (e.g. Taylor, "An Introduction to Error Analysis", §8.2). */
export function leastSquaresLine(pairs: readonly [number, number][]): { slope: number; intercept: number } {
  const n = pairs.length;
  if (n < 2) return { slope: NaN, intercept: NaN };
  let sx = 0, sy = 0;
  for (const [x, y] of pairs) {
    sx += x;
    sy += y;
  }
  const mx = sx / n, my = sy / n;
  let sxx = 0, sxy = 0;
  for (const [x, y] of pairs) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  if (sxx === 0) return { slope: NaN, intercept: NaN };
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
