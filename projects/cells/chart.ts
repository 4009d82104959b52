/**
 * Chart cells: a scatter or line plot of two columns of one table cell, each axis optionally
 * transformed (so T² against L is one chart), with an optional least-squares fit (projects/fit.ts).
 */
import type * as Y from 'yjs';
import { FitError, fitModel, type FitErrorReason, type FitKind, type FitResult, FIT_KINDS } from '../fit';
import { cellMapOfKind, insertCell, ProjectSchemaError, transact, type InsertOptions } from '../schema';
import { readTable, type TableColumn } from './table';

export const AXIS_TRANSFORMS = ['none', 'square', 'sqrt', 'reciprocal', 'log10'] as const;
export type AxisTransform = (typeof AXIS_TRANSFORMS)[number];
export const CHART_STYLES = ['scatter', 'line'] as const;
export type ChartStyle = (typeof CHART_STYLES)[number];

export interface ChartAxis {
  columnId: string;
  transform: AxisTransform;
}
export interface ChartData {
  title: string;
  tableId: string;
  x: ChartAxis;
  y: ChartAxis;
  style: ChartStyle;
  fit: FitKind | 'none';
}

function check(c: Partial<ChartData>): void {
  if (c.style !== undefined && !(CHART_STYLES as readonly string[]).includes(c.style)) throw new ProjectSchemaError(`chart style must be one of ${CHART_STYLES.join(', ')}; got "${c.style}"`);
  if (c.fit !== undefined && c.fit !== 'none' && !(FIT_KINDS as readonly string[]).includes(c.fit)) throw new ProjectSchemaError(`fit must be none or one of ${FIT_KINDS.join(', ')}; got "${c.fit}"`);
  for (const axis of [c.x, c.y]) {
    if (axis && !(AXIS_TRANSFORMS as readonly string[]).includes(axis.transform)) throw new ProjectSchemaError(`axis transform must be one of ${AXIS_TRANSFORMS.join(', ')}; got "${axis.transform}"`);
  }
}

export function addChartCell(doc: Y.Doc, chart: ChartData, opts: InsertOptions = {}): string {
  check(chart);
  return insertCell(
    doc,
    'chart',
    (cell) => {
      cell.set('title', chart.title);
      cell.set('tableId', chart.tableId);
      cell.set('x', { ...chart.x });
      cell.set('y', { ...chart.y });
      cell.set('style', chart.style);
      cell.set('fit', chart.fit);
    },
    opts,
  );
}

export function readChart(doc: Y.Doc, cellId: string): ChartData {
  const c = cellMapOfKind(doc, cellId, 'chart');
  const axis = (v: unknown): ChartAxis => {
    const a = (v ?? {}) as Partial<ChartAxis>;
    return { columnId: String(a.columnId ?? ''), transform: (AXIS_TRANSFORMS as readonly string[]).includes(a.transform ?? '') ? a.transform! : 'none' };
  };
  return {
    title: String(c.get('title') ?? ''),
    tableId: String(c.get('tableId') ?? ''),
    x: axis(c.get('x')),
    y: axis(c.get('y')),
    style: c.get('style') === 'line' ? 'line' : 'scatter',
    fit: ((FIT_KINDS as readonly unknown[]).includes(c.get('fit')) ? c.get('fit') : 'none') as FitKind | 'none',
  };
}

export function updateChart(doc: Y.Doc, cellId: string, patch: Partial<ChartData>): void {
  check(patch);
  const c = cellMapOfKind(doc, cellId, 'chart');
  transact(doc, () => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) c.set(k, typeof v === 'object' ? { ...v } : v);
  });
}

/**
 * The column of `columns` that best stands for `old` (a column of the table a chart plotted before):
 * the same column, else the same quantity (`key`), else the same name and unit, else the only column
 * with that unit; undefined when none fits.
 */
export function matchingColumn(old: TableColumn | undefined, columns: TableColumn[]): TableColumn | undefined {
  if (!old) return undefined;
  const byUnit = columns.filter((c) => c.unit === old.unit);
  return (
    columns.find((c) => c.id === old.id) ??
    (old.key ? columns.find((c) => c.key === old.key) : undefined) ??
    columns.find((c) => c.name.trim().toLowerCase() === old.name.trim().toLowerCase() && c.unit === old.unit) ??
    (old.unit && byUnit.length === 1 ? byUnit[0] : undefined)
  );
}

/**
 * Point a chart at another table: its axes move to the matching columns of the new table (see
 * `matchingColumn`), else to its first and second columns, so the chart never points at columns the
 * table does not have. One transaction.
 */
export function pointChartAt(doc: Y.Doc, cellId: string, tableId: string): void {
  const chart = readChart(doc, cellId);
  const columns = readTable(doc, tableId).columns;
  let before: TableColumn[] = [];
  try {
    before = readTable(doc, chart.tableId).columns;
  } catch {
    /* the old table is gone: nothing to match */
  }
  const old = (axis: ChartAxis) => before.find((c) => c.id === axis.columnId);
  const x = matchingColumn(old(chart.x), columns) ?? columns[0];
  const y = matchingColumn(old(chart.y), columns.filter((c) => c !== x)) ?? columns.find((c) => c !== x) ?? x;
  updateChart(doc, cellId, { tableId, x: { ...chart.x, columnId: x?.id ?? '' }, y: { ...chart.y, columnId: y?.id ?? '' } });
}

export function applyTransform(v: number, t: AxisTransform): number {
  switch (t) {
    case 'none':
      return v;
    case 'square':
      return v * v;
    case 'sqrt':
      return v >= 0 ? Math.sqrt(v) : NaN;
    case 'reciprocal':
      return v !== 0 ? 1 / v : NaN;
    case 'log10':
      return v > 0 ? Math.log10(v) : NaN;
  }
}

/** Label of a transformed axis: `T² (s²)`, `√L`, `1/V`, `lg c`. */
export function axisLabel(name: string, unit: string, t: AxisTransform): string {
  const u = unit ? (t === 'square' ? `${unit}²` : t === 'sqrt' ? `√${unit}` : t === 'reciprocal' ? `1/${unit}` : t === 'log10' ? '' : unit) : '';
  const n = t === 'square' ? `${name}²` : t === 'sqrt' ? `√${name}` : t === 'reciprocal' ? `1/${name}` : t === 'log10' ? `lg ${name}` : name;
  return u ? `${n} (${u})` : n;
}

export interface ChartSeries {
  xLabel: string;
  yLabel: string;
  points: { x: number; y: number }[];
  fit: FitResult | null;
  /** Why there is no fit, if one was asked for (English, for logs and exports). */
  fitError: string | null;
  /** The same as a reason and its values, for the interface to say in the user's language. */
  fitProblem: { reason: FitErrorReason; vars: Record<string, string | number> } | null;
  /** Missing table or column. */
  error: string | null;
}

/** Everything a renderer needs: points (sorted by x), labels and the fit, computed from the table now. */
export function chartSeries(doc: Y.Doc, cellId: string): ChartSeries {
  const chart = readChart(doc, cellId);
  const empty = (error: string): ChartSeries => ({ xLabel: '', yLabel: '', points: [], fit: null, fitError: null, fitProblem: null, error });
  let table;
  try {
    table = readTable(doc, chart.tableId);
  } catch {
    return empty('table-missing');
  }
  const xi = table.columns.findIndex((c) => c.id === chart.x.columnId);
  const yi = table.columns.findIndex((c) => c.id === chart.y.columnId);
  if (xi < 0 || yi < 0) return empty('column-missing');
  const points: { x: number; y: number }[] = [];
  for (const r of table.rows) {
    const xv = r.values[xi];
    const yv = r.values[yi];
    if (xv === null || yv === null) continue;
    const x = applyTransform(xv, chart.x.transform);
    const y = applyTransform(yv, chart.y.transform);
    if (Number.isFinite(x) && Number.isFinite(y)) points.push({ x, y });
  }
  points.sort((a, b) => a.x - b.x);
  let fit: FitResult | null = null;
  let fitError: string | null = null;
  let fitProblem: ChartSeries['fitProblem'] = null;
  if (chart.fit !== 'none') {
    try {
      fit = fitModel(chart.fit, points.map((p) => p.x), points.map((p) => p.y));
    } catch (e) {
      fitError = (e as Error).message;
      fitProblem = e instanceof FitError ? { reason: e.reason, vars: e.vars } : { reason: 'singular', vars: {} };
    }
  }
  return {
    xLabel: axisLabel(table.columns[xi].name, table.columns[xi].unit, chart.x.transform),
    yLabel: axisLabel(table.columns[yi].name, table.columns[yi].unit, chart.y.transform),
    points,
    fit,
    fitError,
    fitProblem,
    error: null,
  };
}
