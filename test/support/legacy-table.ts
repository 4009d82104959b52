/**
 * A table cell as documents stored it before the compact layout (projects/cells/table.ts): one Y.Map
 * per row, keyed by column id. Used by the unit and browser tests that check old documents still open.
 */
import * as Y from 'yjs';

export const LEGACY_COLUMN_IDS = ['cL000001', 'cT000001'];

/** Appends an old-layout table with columns L (m) and T (s) to `doc`'s cells; returns its id. */
export function addLegacyTable(doc: Y.Doc, opts: { cellId: string; name: string; rows: (number | null)[][] }): string {
  const cells = doc.getArray<Y.Map<unknown>>('cells');
  doc.transact(() => {
    const cell = new Y.Map<unknown>();
    cells.push([cell]);
    cell.set('id', opts.cellId);
    cell.set('kind', 'table');
    cell.set('createdBy', '');
    cell.set('createdAt', 1);
    cell.set('name', opts.name);
    const cols = new Y.Array<Y.Map<string>>();
    cell.set('columns', cols);
    cols.push(
      LEGACY_COLUMN_IDS.map((id, j) => {
        const m = new Y.Map<string>();
        m.set('id', id);
        m.set('name', ['L', 'T'][j]);
        m.set('unit', ['m', 's'][j]);
        return m;
      }),
    );
    const rows = new Y.Array<Y.Map<unknown>>();
    cell.set('rows', rows);
    rows.push(
      opts.rows.map((r, i) => {
        const m = new Y.Map<unknown>();
        m.set('id', `rOld${i}`);
        r.forEach((v, j) => v !== null && m.set(LEGACY_COLUMN_IDS[j], v));
        return m;
      }),
    );
  });
  return opts.cellId;
}
