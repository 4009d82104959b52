/**
 * Where "Send to notebook" can put recorded data in one project: into each table whose columns the
 * data fits (projects/cells/lab-data.ts), after the cell the lab was opened from or the student last
 * worked in, or at the end. Pure over the document, so the dialog only shows and sends.
 */
import type * as Y from 'yjs';
import { columnFit, sentColumns, type ColumnFit } from '../../projects/cells/lab-data';
import { readTable } from '../../projects/cells/table';
import { cellText } from '../../projects/diff';
import { listCells, type CellInfo } from '../../projects/schema';
import type { DataTable } from '../../simulations/core/recorder';
import { describeAnyExperiment } from './export-labels';

export type Placement =
  | { kind: 'table'; cellId: string; name: string; columns: { name: string; unit: string }[]; fit: ColumnFit }
  | { kind: 'after'; cellId: string; index: number; cell: CellInfo; title: string }
  | { kind: 'end' };

export function placements(doc: Y.Doc, table: DataTable | null, afterCellId: string | null): Placement[] {
  const cells = listCells(doc);
  const out: Placement[] = [];
  if (table && table.rows.length) {
    const sent = sentColumns(table);
    const fitting: (Placement & { kind: 'table' })[] = [];
    for (const c of cells) {
      if (c.kind !== 'table') continue;
      const t = readTable(doc, c.id);
      const fit = columnFit(t.columns, sent);
      if (fit) fitting.push({ kind: 'table', cellId: c.id, name: t.name, columns: t.columns, fit });
    }
    // empty tables first (a template's, waiting for this data), then the one whose columns the runs varied
    // (lengths recorded: the period–length table, not the period–mass one)
    const varied = (p: { fit: ColumnFit }) => p.fit.from.filter((j) => new Set(table.rows.map((r) => r[j])).size > 1).length;
    const empty = (p: { cellId: string }) => (readTable(doc, p.cellId).rows.some((r) => r.values.some((v) => v !== null)) ? 0 : 1);
    out.push(...fitting.map((p, i) => ({ p, i, e: empty(p), v: varied(p) })).sort((a, b) => b.e - a.e || b.v - a.v || a.i - b.i).map((x) => x.p));
  }
  const index = afterCellId ? cells.findIndex((c) => c.id === afterCellId) : -1;
  if (index >= 0 && index < cells.length - 1) {
    let title = '';
    try {
      title = cellText(doc, cells[index].id, cells[index].kind, { describeExperiment: describeAnyExperiment }).title;
    } catch {
      /* an unreadable cell: named by its kind */
    }
    out.push({ kind: 'after', cellId: cells[index].id, index, cell: cells[index], title });
  }
  out.push({ kind: 'end' });
  return out;
}

/** Where new cells go for a placement: the notebook index to insert at (before a filled table, after a cell, or at the end). */
export function insertIndex(doc: Y.Doc, p: Placement): number {
  const cells = listCells(doc);
  if (p.kind === 'end') return cells.length;
  const i = cells.findIndex((c) => c.id === p.cellId);
  if (i < 0) return cells.length;
  return p.kind === 'table' ? i : i + 1;
}
