/**
 * Data table cells: named columns with units, numeric cells, rows added by hand or recorded in a lab.
 *
 *   name: string, provenance?: { simulationId, simulationVersion, recordedAt }
 *   columns: Y.Array<Y.Map{ id, name, unit }>
 *   rows: Y.Array<Y.Map{ id, <columnId>: number | null }>
 *
 * Each row is its own map keyed by column id, so two teammates editing different cells of one row, or
 * adding a column while another adds rows, merge without losing anything.
 */
import * as Y from 'yjs';
import type { DataTable } from '../../simulations/core/recorder';
import { cellMapOfKind, insertCell, newId, ProjectSchemaError, transact, type InsertOptions } from '../schema';

export interface TableColumn {
  id: string;
  name: string;
  unit: string;
}
export interface TableProvenance {
  simulationId: string;
  simulationVersion: string;
  recordedAt?: number;
  /** The experiment cell the data was recorded from, when known. */
  experimentCellId?: string;
}
export interface TableData {
  name: string;
  columns: TableColumn[];
  rows: { id: string; values: (number | null)[] }[];
  provenance?: TableProvenance;
}

export const MAX_TABLE_COLUMNS = 50;
export const MAX_TABLE_ROWS = 100_000;

function cellOf(doc: Y.Doc, cellId: string): Y.Map<unknown> {
  return cellMapOfKind(doc, cellId, 'table');
}
function columnsOf(cell: Y.Map<unknown>): Y.Array<Y.Map<string>> {
  return cell.get('columns') as Y.Array<Y.Map<string>>;
}
function rowsOf(cell: Y.Map<unknown>): Y.Array<Y.Map<unknown>> {
  return cell.get('rows') as Y.Array<Y.Map<unknown>>;
}

function checkNumber(v: unknown, where: string): number | null {
  if (v === null || v === '' || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ProjectSchemaError(`${where} must be a finite number or empty; got ${String(v)}`);
  return v;
}

/** A new column map and its id (an unintegrated Y.Map cannot be read back, so the id is returned). */
function columnMap(c: { name: string; unit: string }): { map: Y.Map<string>; id: string } {
  if (!c.name.trim()) throw new ProjectSchemaError('column name must not be empty');
  const id = newId('c', 7);
  const m = new Y.Map<string>();
  m.set('id', id);
  m.set('name', c.name.trim());
  m.set('unit', c.unit.trim());
  return { map: m, id };
}

export function addTableCell(
  doc: Y.Doc,
  init: { name: string; columns: { name: string; unit: string }[]; rows?: (number | null)[][]; provenance?: TableProvenance },
  opts: InsertOptions = {},
): string {
  if (init.columns.length > MAX_TABLE_COLUMNS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_COLUMNS} columns; got ${init.columns.length}`);
  const cm = init.columns.map(columnMap);
  const colMaps = cm.map((c) => c.map);
  const colIds = cm.map((c) => c.id);
  const rows = (init.rows ?? []).map((r, i) => {
    if (r.length !== colIds.length) throw new ProjectSchemaError(`row ${i + 1} has ${r.length} values; the table has ${colIds.length} columns`);
    return rowMap(colIds, r.map((v, j) => checkNumber(v, `row ${i + 1}, column "${init.columns[j].name}"`)));
  });
  return insertCell(
    doc,
    'table',
    (cell) => {
      cell.set('name', init.name);
      if (init.provenance) cell.set('provenance', { ...init.provenance });
      const cols = new Y.Array<Y.Map<string>>();
      cell.set('columns', cols);
      cols.push(colMaps);
      const rs = new Y.Array<Y.Map<unknown>>();
      cell.set('rows', rs);
      if (rows.length) rs.push(rows);
    },
    opts,
  );
}

function rowMap(colIds: string[], values: (number | null)[], id = newId('r', 7)): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  colIds.forEach((id, j) => {
    if (values[j] !== null && values[j] !== undefined) m.set(id, values[j]);
  });
  return m;
}

/**
 * "Send to notebook" from the lab: a recorder table becomes a table cell. String values (choices)
 * are not numeric: such columns are kept out and listed in `skippedColumns`.
 */
export function addDataTableCell(
  doc: Y.Doc,
  table: DataTable,
  provenance: { name: string; simulationId?: string; simulationVersion?: string; experimentCellId?: string; recordedAt?: number },
  opts: InsertOptions = {},
): { cellId: string; skippedColumns: string[] } {
  const keep: number[] = [];
  const skipped: string[] = [];
  table.columns.forEach((c, j) => {
    if (table.rows.every((r) => typeof r[j] === 'number' || r[j] === '')) keep.push(j);
    else skipped.push(c.name);
  });
  const simId = provenance.simulationId ?? table.provenance?.simulationId;
  const cellId = addTableCell(
    doc,
    {
      name: provenance.name,
      columns: keep.map((j) => ({ name: table.columns[j].name, unit: table.columns[j].unit })),
      rows: table.rows.map((r) => keep.map((j) => (typeof r[j] === 'number' && Number.isFinite(r[j]) ? (r[j] as number) : null))),
      provenance: simId
        ? {
            simulationId: simId,
            simulationVersion: provenance.simulationVersion ?? table.provenance?.simulationVersion ?? '',
            recordedAt: provenance.recordedAt ?? Date.now(),
            experimentCellId: provenance.experimentCellId,
          }
        : undefined,
    },
    opts,
  );
  return { cellId, skippedColumns: skipped };
}

export function readTable(doc: Y.Doc, cellId: string): TableData {
  const cell = cellOf(doc, cellId);
  const columns = columnsOf(cell)
    .toArray()
    .map((m) => ({ id: String(m.get('id')), name: String(m.get('name') ?? ''), unit: String(m.get('unit') ?? '') }));
  const rows = rowsOf(cell)
    .toArray()
    .map((r) => ({
      id: String(r.get('id')),
      values: columns.map((c) => {
        const v = r.get(c.id);
        return typeof v === 'number' ? v : null;
      }),
    }));
  const provenance = cell.get('provenance') as TableProvenance | undefined;
  return { name: String(cell.get('name') ?? ''), columns, rows, provenance };
}

export function renameTable(doc: Y.Doc, cellId: string, name: string): void {
  const cell = cellOf(doc, cellId);
  transact(doc, () => cell.set('name', name));
}

export function addColumn(doc: Y.Doc, cellId: string, col: { name: string; unit: string }): string {
  const cols = columnsOf(cellOf(doc, cellId));
  if (cols.length >= MAX_TABLE_COLUMNS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_COLUMNS} columns`);
  const { map, id } = columnMap(col);
  transact(doc, () => cols.push([map]));
  return id;
}

function findColumn(cols: Y.Array<Y.Map<string>>, columnId: string): number {
  const i = cols.toArray().findIndex((m) => m.get('id') === columnId);
  if (i < 0) throw new ProjectSchemaError(`no column with id "${columnId}"`);
  return i;
}

export function updateColumn(doc: Y.Doc, cellId: string, columnId: string, patch: { name?: string; unit?: string }): void {
  const cols = columnsOf(cellOf(doc, cellId));
  const m = cols.get(findColumn(cols, columnId));
  if (patch.name !== undefined && !patch.name.trim()) throw new ProjectSchemaError('column name must not be empty');
  transact(doc, () => {
    if (patch.name !== undefined) m.set('name', patch.name.trim());
    if (patch.unit !== undefined) m.set('unit', patch.unit.trim());
  });
}

export function deleteColumn(doc: Y.Doc, cellId: string, columnId: string): void {
  const cell = cellOf(doc, cellId);
  const cols = columnsOf(cell);
  const i = findColumn(cols, columnId);
  transact(doc, () => {
    cols.delete(i, 1);
    for (const r of rowsOf(cell).toArray()) if (r.has(columnId)) r.delete(columnId);
  });
}

/** Append rows of values in column order (null = empty); returns the new row ids. */
export function appendRows(doc: Y.Doc, cellId: string, rows: (number | null)[][]): string[] {
  const cell = cellOf(doc, cellId);
  const colIds = columnsOf(cell)
    .toArray()
    .map((m) => m.get('id')!);
  const rs = rowsOf(cell);
  if (rs.length + rows.length > MAX_TABLE_ROWS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_ROWS} rows`);
  const ids = rows.map(() => newId('r', 7));
  const maps = rows.map((r, i) => {
    if (r.length !== colIds.length) throw new ProjectSchemaError(`row ${i + 1} has ${r.length} values; the table has ${colIds.length} columns`);
    return rowMap(colIds, r.map((v, j) => checkNumber(v, `row ${i + 1}, column ${j + 1}`)), ids[i]);
  });
  transact(doc, () => rs.push(maps));
  return ids;
}

export function setTableValue(doc: Y.Doc, cellId: string, rowId: string, columnId: string, value: number | null): void {
  const cell = cellOf(doc, cellId);
  findColumn(columnsOf(cell), columnId);
  const row = rowsOf(cell)
    .toArray()
    .find((r) => r.get('id') === rowId);
  if (!row) throw new ProjectSchemaError(`no row with id "${rowId}"`);
  const v = checkNumber(value, `value of column "${columnId}"`);
  transact(doc, () => {
    if (v === null) row.delete(columnId);
    else row.set(columnId, v);
  });
}

export function deleteRow(doc: Y.Doc, cellId: string, rowId: string): void {
  const rs = rowsOf(cellOf(doc, cellId));
  const i = rs.toArray().findIndex((r) => r.get('id') === rowId);
  if (i < 0) throw new ProjectSchemaError(`no row with id "${rowId}"`);
  transact(doc, () => rs.delete(i, 1));
}

/** Replace columns and rows at once (CSV import). */
export function replaceTableData(doc: Y.Doc, cellId: string, columns: { name: string; unit: string }[], rows: (number | null)[][]): void {
  const cell = cellOf(doc, cellId);
  const cm = columns.map(columnMap);
  const colMaps = cm.map((c) => c.map);
  const colIds = cm.map((c) => c.id);
  if (rows.length > MAX_TABLE_ROWS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_ROWS} rows`);
  const rowMaps = rows.map((r) => rowMap(colIds, r));
  transact(doc, () => {
    const cols = columnsOf(cell);
    cols.delete(0, cols.length);
    cols.push(colMaps);
    const rs = rowsOf(cell);
    rs.delete(0, rs.length);
    rs.push(rowMaps);
  });
}

/** Table data in the recorder's shape, for CSV export. */
export function tableAsDataTable(t: TableData): DataTable {
  return {
    columns: t.columns.map((c) => ({ name: c.name, unit: c.unit, source: 'manual' as const })),
    rows: t.rows.map((r) => r.values.map((v) => (v === null ? '' : v))),
    provenance: t.provenance ? { simulationId: t.provenance.simulationId, simulationVersion: t.provenance.simulationVersion } : undefined,
  };
}
