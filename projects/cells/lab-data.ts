/**
 * Where recorded lab data goes in a notebook: into a table whose columns it fits (a template's empty
 * data table that a chart already plots), or as a new table cell (addDataTableCell) after a chosen cell.
 *
 * A table fits when each of its columns has a distinct recorded column standing for the same quantity:
 * the same `key` (the parameter or measurement name a template declares, `lengthM`), else, for columns
 * without a key, the only recorded column with the same unit. Recorded columns the table has no column
 * for are left out, and named. Values keep full precision; the table's columns get the recorded
 * column's display digits and key.
 */
import type * as Y from 'yjs';
import type { DataTable } from '../../simulations/core/recorder';
import { ProjectSchemaError, transact } from '../schema';
import { appendRows, deleteRow, readTable, updateColumn, type TableColumn } from './table';

/** A recorded column as matching sees it: its parameter/measurement name, its unit, whether it holds numbers. */
export interface SentColumn {
  key: string;
  unit: string;
  numeric: boolean;
}

export interface ColumnFit {
  /** For each column of the table, the index of the recorded column that fills it. */
  from: number[];
  /** Recorded columns (indexes) the table has no column for. */
  leftOut: number[];
}

/** The recorded columns as matching sees them (a column is numeric when every value is a number or empty). */
export function sentColumns(table: DataTable): SentColumn[] {
  return table.columns.map((c, j) => ({ key: c.name, unit: c.unit, numeric: table.rows.every((r) => typeof r[j] === 'number' || r[j] === '') }));
}

/** How the recorded columns fill the table's columns, or null when one of the table's columns has none. */
export function columnFit(target: readonly TableColumn[], sent: readonly SentColumn[]): ColumnFit | null {
  if (target.length === 0) return null;
  const used = new Set<number>();
  const from: number[] = [];
  for (const col of target) {
    let j = -1;
    if (col.key) j = sent.findIndex((s, i) => !used.has(i) && s.numeric && s.key === col.key);
    else {
      const sameUnit = sent.map((s, i) => ({ s, i })).filter(({ s, i }) => !used.has(i) && s.numeric && s.unit === col.unit && col.unit !== '');
      if (sameUnit.length === 1) j = sameUnit[0].i;
    }
    if (j < 0) return null;
    used.add(j);
    from.push(j);
  }
  return { from, leftOut: sent.map((_, i) => i).filter((i) => !used.has(i)) };
}

/**
 * Append the recorded rows to a table through `fit` (from columnFit), in one transaction. Rows of the
 * table that are entirely empty (a fresh table's blank row) are removed first. `columns[j]` gives the
 * display digits of recorded column j; the table's columns take them and the recorded keys when they
 * have none yet. Returns how many rows were added.
 */
export function fillTable(doc: Y.Doc, cellId: string, table: DataTable, fit: ColumnFit, columns: { digits?: number }[] = []): number {
  const before = readTable(doc, cellId);
  if (fit.from.length !== before.columns.length) throw new ProjectSchemaError(`the fit has ${fit.from.length} columns; the table has ${before.columns.length}`);
  const rows = table.rows.map((r) => fit.from.map((j) => (typeof r[j] === 'number' && Number.isFinite(r[j]) ? (r[j] as number) : null)));
  transact(doc, () => {
    for (const r of before.rows) if (r.values.every((v) => v === null)) deleteRow(doc, cellId, r.id);
    before.columns.forEach((col, i) => {
      const j = fit.from[i];
      const digits = columns[j]?.digits;
      const key = table.columns[j].source === 'manual' ? undefined : table.columns[j].name;
      const patch: { digits?: number; key?: string } = {};
      if (col.digits === undefined && digits !== undefined) patch.digits = digits;
      if (!col.key && key) patch.key = key;
      if (patch.digits !== undefined || patch.key !== undefined) updateColumn(doc, cellId, col.id, patch);
    });
    appendRows(doc, cellId, rows);
  });
  return rows.length;
}
