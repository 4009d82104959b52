/**
 * Data table cells: named columns with units, numeric cells, rows added by hand or recorded in a lab.
 *
 *   name: string, provenance?: { simulationId, simulationVersion, recordedAt }
 *   columns: Y.Array<Y.Map{ id, name, unit }>
 *   layouts: Y.Map<layoutId → string[]>        immutable lists of column ids, written once
 *   data:    Y.Array<[rowId, layoutId, ...values]>   one plain JSON array per row
 *   edits:   Y.Map<"rowId colId" → number | null>      values changed after the row was added
 *   rows:    Y.Array<Y.Map{ id, <columnId>: number }>  the layout before 2026-12 (read, never added to)
 *
 * Why: a row as its own Y.Map cost six Yjs items (the map and one per value), 149 bytes per recorded
 * row on the wire, and decoding 20 tables × 500 rows took ~0.33 s. A row is now one entry of a plain
 * array (values by position in its layout): ~50 bytes, and rows pushed together are one Yjs item, so
 * the same tables decode in a few milliseconds.
 *
 * Concurrent editing:
 *  - A row's values are read by column id through its layout, never by the table's current column
 *    order, so adding or deleting a column while a teammate records rows loses nothing (rows added
 *    before a column existed are empty in it). A layout is only ever added, never changed, so two
 *    teammates creating one at once just add two entries.
 *  - Editing a value after the row was added writes the key "rowId colId" in `edits`: two teammates
 *    editing different cells of one row both keep their edits; two editing the same cell at once end
 *    with one of the two values on every replica (Y.Map's last writer, ordered by client id).
 *  - Deleting a row while a teammate edits it: the row is gone; the edit stays in `edits`, unread.
 *
 * Old documents: tables stored with one Y.Map per row (`rows`, no `data`) still open and stay in that
 * layout: their rows are added, edited and deleted as before (one map per row, a value per key). They
 * are not converted: `data`, `layouts` and `edits` must exist from the table's creation, since two
 * replicas each creating them later would each set a new array under the same key and one of the two
 * (with its rows) would be dropped.
 */
import * as Y from 'yjs';
import type { DataTable } from '../../simulations/core/recorder';
import { cellMapOfKind, insertCell, newId, ProjectSchemaError, transact, type InsertOptions } from '../schema';

export interface TableColumn {
  id: string;
  name: string;
  unit: string;
  /**
   * Significant digits to show (values are stored at full precision): set for data recorded in a lab
   * (a measurement's display digits), absent for typed-in data, which is shown as typed.
   */
  digits?: number;
  /** The simulation parameter or measurement the column holds (`lengthM`, `periodS`), when known. */
  key?: string;
}

/** A column as given to addTableCell / replaceTableData. */
export type NewColumn = { name: string; unit: string; digits?: number; key?: string };
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

/** One row as stored in `data`: [rowId, layoutId, ...values in the layout's column order]. */
type RowEntry = (string | number | null)[];

function cellOf(doc: Y.Doc, cellId: string): Y.Map<unknown> {
  return cellMapOfKind(doc, cellId, 'table');
}
function columnsOf(cell: Y.Map<unknown>): Y.Array<Y.Map<string>> {
  return cell.get('columns') as Y.Array<Y.Map<string>>;
}
/** Rows in the old layout (one Y.Map per row), or null for a table in the compact layout. */
function legacyRowsOf(cell: Y.Map<unknown>): Y.Array<Y.Map<unknown>> | null {
  const r = cell.get('rows');
  return r instanceof Y.Array && !(cell.get('data') instanceof Y.Array) ? (r as Y.Array<Y.Map<unknown>>) : null;
}
/** The compact layout's parts (all three exist from the table's creation). */
function compactOf(cell: Y.Map<unknown>): { data: Y.Array<RowEntry>; layouts: Y.Map<string[]>; edits: Y.Map<number | null> } {
  return { data: cell.get('data') as Y.Array<RowEntry>, layouts: cell.get('layouts') as Y.Map<string[]>, edits: cell.get('edits') as Y.Map<number | null> };
}
function editKey(rowId: string, columnId: string): string {
  return `${rowId} ${columnId}`;
}
function rowCount(cell: Y.Map<unknown>): number {
  const d = cell.get('data');
  return d instanceof Y.Array ? d.length : (legacyRowsOf(cell)?.length ?? 0);
}
function columnIds(cell: Y.Map<unknown>): string[] {
  return columnsOf(cell)
    .toArray()
    .map((m) => String(m.get('id')));
}

function checkNumber(v: unknown, where: string): number | null {
  if (v === null || v === '' || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ProjectSchemaError(`${where} must be a finite number or empty; got ${String(v)}`);
  return v;
}

function checkDigits(d: number | undefined): void {
  if (d !== undefined && (!Number.isInteger(d) || d < 1 || d > 15)) throw new ProjectSchemaError(`column digits must be a whole number from 1 to 15; got ${d}`);
}

/** A new column map and its id (an unintegrated Y.Map cannot be read back, so the id is returned). */
function columnMap(c: NewColumn): { map: Y.Map<string>; id: string } {
  if (!c.name.trim()) throw new ProjectSchemaError('column name must not be empty');
  checkDigits(c.digits);
  const id = newId('c', 7);
  const m = new Y.Map<string>();
  m.set('id', id);
  m.set('name', c.name.trim());
  m.set('unit', c.unit.trim());
  if (c.digits !== undefined) (m as Y.Map<unknown>).set('digits', c.digits);
  if (c.key) m.set('key', c.key);
  return { map: m, id };
}

/** A column map as data (digits and key only when set). */
function readColumn(m: Y.Map<unknown>): TableColumn {
  const col: TableColumn = { id: String(m.get('id')), name: String(m.get('name') ?? ''), unit: String(m.get('unit') ?? '') };
  const d = m.get('digits');
  if (typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 15) col.digits = d;
  const k = m.get('key');
  if (typeof k === 'string' && k) col.key = k;
  return col;
}

/** The id of a layout holding exactly `colIds`, added to `layouts` if there is none yet (in a transaction). */
function layoutFor(layouts: Y.Map<string[]>, colIds: string[]): string {
  for (const [id, ids] of layouts.entries()) {
    if (Array.isArray(ids) && ids.length === colIds.length && ids.every((x, i) => x === colIds[i])) return id;
  }
  let id = newId('', 6);
  while (layouts.has(id)) id = newId('', 6);
  layouts.set(id, [...colIds]);
  return id;
}

/** Checked rows as `data` entries (ids from `ids`, or new). */
function rowEntries(colIds: string[], rows: (number | null)[][], layoutId: string, where: (i: number, j: number) => string, ids?: string[]): RowEntry[] {
  return rows.map((r, i) => {
    if (r.length !== colIds.length) throw new ProjectSchemaError(`row ${i + 1} has ${r.length} values; the table has ${colIds.length} columns`);
    const entry: RowEntry = [ids?.[i] ?? newId('r', 7), layoutId];
    for (let j = 0; j < r.length; j++) entry.push(checkNumber(r[j], where(i, j)));
    return entry;
  });
}

export function addTableCell(
  doc: Y.Doc,
  init: { name: string; columns: NewColumn[]; rows?: (number | null)[][]; provenance?: TableProvenance },
  opts: InsertOptions = {},
): string {
  if (init.columns.length > MAX_TABLE_COLUMNS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_COLUMNS} columns; got ${init.columns.length}`);
  if ((init.rows?.length ?? 0) > MAX_TABLE_ROWS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_ROWS} rows`);
  const cm = init.columns.map(columnMap);
  const colIds = cm.map((c) => c.id);
  // checked before the transaction, so a bad row adds nothing
  const checked = rowEntries(colIds, init.rows ?? [], '', (i, j) => `row ${i + 1}, column "${init.columns[j].name}"`);
  return insertCell(
    doc,
    'table',
    (cell) => {
      cell.set('name', init.name);
      if (init.provenance) cell.set('provenance', { ...init.provenance });
      const cols = new Y.Array<Y.Map<string>>();
      cell.set('columns', cols);
      cols.push(cm.map((c) => c.map));
      const layouts = new Y.Map<string[]>();
      cell.set('layouts', layouts);
      const data = new Y.Array<RowEntry>();
      cell.set('data', data);
      cell.set('edits', new Y.Map<number | null>());
      if (checked.length) {
        const layoutId = layoutFor(layouts, colIds);
        for (const e of checked) e[1] = layoutId;
        data.push(checked);
      }
    },
    opts,
  );
}

/**
 * "Send to notebook" from the lab: a recorder table becomes a table cell. String values (choices)
 * are not numeric: such columns are kept out and listed in `skippedColumns`. A lab column keeps its
 * parameter or measurement name as `key`; `columns[j]` gives column j the name students read (its
 * translated label) and the significant digits to show.
 */
export function addDataTableCell(
  doc: Y.Doc,
  table: DataTable,
  provenance: { name: string; simulationId?: string; simulationVersion?: string; experimentCellId?: string; recordedAt?: number; columns?: { name?: string; digits?: number }[] },
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
      columns: keep.map((j) => {
        const c = table.columns[j];
        const shown = provenance.columns?.[j];
        return { name: shown?.name || c.name, unit: c.unit, digits: shown?.digits, key: c.source === 'manual' ? undefined : c.name };
      }),
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

function asValue(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function readTable(doc: Y.Doc, cellId: string): TableData {
  const cell = cellOf(doc, cellId);
  const columns = columnsOf(cell)
    .toArray()
    .map((m) => readColumn(m as Y.Map<unknown>));
  const rows: TableData['rows'] = [];
  const legacy = legacyRowsOf(cell);
  if (legacy) {
    for (const r of legacy.toArray()) rows.push({ id: String(r.get('id')), values: columns.map((c) => asValue(r.get(c.id))) });
  }
  const data = cell.get('data');
  if (data instanceof Y.Array && data.length) {
    const layouts = cell.get('layouts') as Y.Map<string[]> | undefined;
    const edits = cell.get('edits') as Y.Map<number | null> | undefined;
    const hasEdits = edits instanceof Y.Map && edits.size > 0 ? edits : null;
    // per layout: where each current column's value sits in a row entry (-1: not in that layout)
    const positions = new Map<string, number[]>();
    const positionsOf = (layoutId: string): number[] => {
      let p = positions.get(layoutId);
      if (!p) {
        const ids = layouts?.get(layoutId);
        p = columns.map((c) => (Array.isArray(ids) ? ids.indexOf(c.id) : -1)).map((i) => (i < 0 ? -1 : i + 2));
        positions.set(layoutId, p);
      }
      return p;
    };
    for (const e of (data as Y.Array<RowEntry>).toArray()) {
      if (!Array.isArray(e)) continue;
      const id = String(e[0]);
      const pos = positionsOf(String(e[1]));
      const values = pos.map((p) => (p < 0 ? null : asValue(e[p])));
      if (hasEdits) {
        for (let j = 0; j < columns.length; j++) {
          const k = editKey(id, columns[j].id);
          if (hasEdits.has(k)) values[j] = asValue(hasEdits.get(k));
        }
      }
      rows.push({ id, values });
    }
  }
  const provenance = cell.get('provenance') as TableProvenance | undefined;
  return { name: String(cell.get('name') ?? ''), columns, rows, provenance };
}

/** Number of rows, without reading them. */
export function tableRowCount(doc: Y.Doc, cellId: string): number {
  return rowCount(cellOf(doc, cellId));
}

export function renameTable(doc: Y.Doc, cellId: string, name: string): void {
  const cell = cellOf(doc, cellId);
  transact(doc, () => cell.set('name', name));
}

export function addColumn(doc: Y.Doc, cellId: string, col: NewColumn): string {
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

export function updateColumn(doc: Y.Doc, cellId: string, columnId: string, patch: { name?: string; unit?: string; digits?: number; key?: string }): void {
  const cols = columnsOf(cellOf(doc, cellId));
  const m = cols.get(findColumn(cols, columnId)) as Y.Map<unknown>;
  if (patch.name !== undefined && !patch.name.trim()) throw new ProjectSchemaError('column name must not be empty');
  checkDigits(patch.digits);
  transact(doc, () => {
    if (patch.name !== undefined) m.set('name', patch.name.trim());
    if (patch.unit !== undefined) m.set('unit', patch.unit.trim());
    if (patch.digits !== undefined && m.get('digits') !== patch.digits) m.set('digits', patch.digits);
    if (patch.key !== undefined && m.get('key') !== patch.key) m.set('key', patch.key);
  });
}

/** Deletes the column; values stored for it in compact rows stay in the document but are never read again. */
export function deleteColumn(doc: Y.Doc, cellId: string, columnId: string): void {
  const cell = cellOf(doc, cellId);
  const cols = columnsOf(cell);
  const i = findColumn(cols, columnId);
  transact(doc, () => {
    cols.delete(i, 1);
    const legacy = legacyRowsOf(cell);
    if (legacy) {
      for (const r of legacy.toArray()) if (r.has(columnId)) r.delete(columnId);
    } else {
      const { edits } = compactOf(cell);
      for (const k of [...edits.keys()]) if (k.endsWith(` ${columnId}`)) edits.delete(k);
    }
  });
}

/** A row in the old layout: one map, `id` plus a key per non-empty value. */
function legacyRowMap(colIds: string[], entry: RowEntry): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set('id', entry[0]);
  colIds.forEach((id, j) => {
    if (entry[j + 2] !== null) m.set(id, entry[j + 2]);
  });
  return m;
}

/** Append rows of values in column order (null = empty); returns the new row ids. */
export function appendRows(doc: Y.Doc, cellId: string, rows: (number | null)[][]): string[] {
  const cell = cellOf(doc, cellId);
  const colIds = columnIds(cell);
  if (rowCount(cell) + rows.length > MAX_TABLE_ROWS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_ROWS} rows`);
  const entries = rowEntries(colIds, rows, '', (i, j) => `row ${i + 1}, column ${j + 1}`);
  const legacy = legacyRowsOf(cell);
  transact(doc, () => {
    if (legacy) {
      legacy.push(entries.map((e) => legacyRowMap(colIds, e)));
      return;
    }
    const { data, layouts } = compactOf(cell);
    const layoutId = layoutFor(layouts, colIds);
    for (const e of entries) e[1] = layoutId;
    data.push(entries);
  });
  return entries.map((e) => String(e[0]));
}

/** Where a row is: its map in the old layout, or its index in `data`. */
function findRow(cell: Y.Map<unknown>, rowId: string): { legacy: Y.Map<unknown>; index: number } | { legacy: null; index: number } | null {
  const legacy = legacyRowsOf(cell);
  if (legacy) {
    const arr = legacy.toArray();
    const i = arr.findIndex((r) => r.get('id') === rowId);
    return i < 0 ? null : { legacy: arr[i], index: i };
  }
  const arr = compactOf(cell).data.toArray();
  for (let i = 0; i < arr.length; i++) if (Array.isArray(arr[i]) && arr[i][0] === rowId) return { legacy: null, index: i };
  return null;
}

export function setTableValue(doc: Y.Doc, cellId: string, rowId: string, columnId: string, value: number | null): void {
  const cell = cellOf(doc, cellId);
  findColumn(columnsOf(cell), columnId);
  const row = findRow(cell, rowId);
  if (!row) throw new ProjectSchemaError(`no row with id "${rowId}"`);
  const v = checkNumber(value, `value of column "${columnId}"`);
  transact(doc, () => {
    if (row.legacy) {
      if (v === null) row.legacy.delete(columnId);
      else row.legacy.set(columnId, v);
    } else {
      // null is written too: it hides a value the row was added with
      compactOf(cell).edits.set(editKey(rowId, columnId), v);
    }
  });
}

export function deleteRow(doc: Y.Doc, cellId: string, rowId: string): void {
  const cell = cellOf(doc, cellId);
  const row = findRow(cell, rowId);
  if (!row) throw new ProjectSchemaError(`no row with id "${rowId}"`);
  transact(doc, () => {
    if (row.legacy) {
      legacyRowsOf(cell)!.delete(row.index, 1);
      return;
    }
    const { data, edits } = compactOf(cell);
    data.delete(row.index, 1);
    for (const k of [...edits.keys()]) if (k.startsWith(`${rowId} `)) edits.delete(k);
  });
}

/** Replace columns and rows at once (CSV import). */
export function replaceTableData(doc: Y.Doc, cellId: string, columns: NewColumn[], rows: (number | null)[][]): void {
  const cell = cellOf(doc, cellId);
  const cm = columns.map(columnMap);
  const colIds = cm.map((c) => c.id);
  if (rows.length > MAX_TABLE_ROWS) throw new ProjectSchemaError(`a table has at most ${MAX_TABLE_ROWS} rows`);
  const entries = rowEntries(colIds, rows, '', (i, j) => `row ${i + 1}, column ${j + 1}`);
  const legacy = legacyRowsOf(cell);
  transact(doc, () => {
    const cols = columnsOf(cell);
    cols.delete(0, cols.length);
    cols.push(cm.map((c) => c.map));
    if (legacy) {
      legacy.delete(0, legacy.length);
      legacy.push(entries.map((e) => legacyRowMap(colIds, e)));
      return;
    }
    const { data, layouts, edits } = compactOf(cell);
    data.delete(0, data.length);
    for (const k of [...edits.keys()]) edits.delete(k);
    if (entries.length) {
      const layoutId = layoutFor(layouts, colIds);
      for (const e of entries) e[1] = layoutId;
      data.push(entries);
    }
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

/** Cell map keys that hold table rows (either layout): for code that counts rows from Yjs events. */
export const TABLE_ROW_KEYS = ['data', 'rows'] as const;
