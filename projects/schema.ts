/**
 * The Yjs layout of one project document (see shared/DESIGN.md, "A project document (Yjs)"):
 *
 *   meta  : Y.Map   title, question, subject, status, templateId, locale, createdAt, team (Y.Map userId → name)
 *   cells : Y.Array<Y.Map>  each cell: id, kind, createdBy, createdAt, pos + the kind's fields (projects/cells/<kind>.ts);
 *           the notebook order is `pos` (see orderedCells), not the array order
 *   versions      : Y.Array<Y.Map>  named versions (projects/versions.ts)
 *   contributions : Y.Map           per member per day counters (projects/contributions.ts)
 *
 * Components never touch raw Y types: everything goes through these accessors and projects/cells/*.
 * Runs in the browser and on the server: imports yjs and fractional-indexing only.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';

export const CELL_KINDS = ['text', 'experiment', 'table', 'chart', 'program', 'image'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export const PROJECT_STATUSES = ['draft', 'submitted', 'in_review', 'revising', 'approved'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const SUBJECTS = ['physics', 'chemistry', 'biology', 'math', 'engineering', 'other'] as const;
export type Subject = (typeof SUBJECTS)[number];

/**
 * Origin of every transaction made by this replica's accessors. The undo manager tracks this origin
 * (plus the editor's), so a user's undo never reverts a teammate's edit (those arrive with the
 * provider as origin).
 */
export const LOCAL_ORIGIN = 'sprout-local';

/** Snapshots (named versions) need the deleted content kept: a project doc must never be garbage-collected. */
export function createProjectDoc(): Y.Doc {
  return new Y.Doc({ gc: false });
}

export interface ProjectMeta {
  title: string;
  question: string;
  subject: Subject;
  status: ProjectStatus;
  templateId: string;
  locale: string;
  createdAt: number;
  team: Record<string, string>;
}

export interface CellInfo {
  id: string;
  kind: CellKind;
  createdBy: string;
  createdAt: number;
}

export class ProjectSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectSchemaError';
  }
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}
export function cellsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>('cells');
}

export function transact(doc: Y.Doc, fn: () => void): void {
  doc.transact(fn, LOCAL_ORIGIN);
}

/**
 * A random id from WebCrypto: `length` base-36 characters (cells use 12; rows and columns, which are
 * repeated in every row's map and so in every update, use 8: 36⁸ ≈ 2.8·10¹² per table).
 */
export function newId(prefix = '', length = 12): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += (b % 36).toString(36);
  return prefix + s;
}

// ---------- meta ----------

export function readMeta(doc: Y.Doc): ProjectMeta {
  const m = metaMap(doc);
  const team = m.get('team');
  const subject = m.get('subject');
  const status = m.get('status');
  return {
    title: String(m.get('title') ?? ''),
    question: String(m.get('question') ?? ''),
    subject: (SUBJECTS as readonly unknown[]).includes(subject) ? (subject as Subject) : 'other',
    status: (PROJECT_STATUSES as readonly unknown[]).includes(status) ? (status as ProjectStatus) : 'draft',
    templateId: String(m.get('templateId') ?? ''),
    locale: String(m.get('locale') ?? ''),
    createdAt: Number(m.get('createdAt') ?? 0),
    team: team instanceof Y.Map ? (team.toJSON() as Record<string, string>) : {},
  };
}

export type MetaPatch = Partial<Pick<ProjectMeta, 'title' | 'question' | 'subject' | 'status' | 'templateId' | 'locale' | 'createdAt'>>;

export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  if (patch.subject !== undefined && !(SUBJECTS as readonly string[]).includes(patch.subject)) {
    throw new ProjectSchemaError(`meta.subject must be one of ${SUBJECTS.join(', ')}; got "${patch.subject}"`);
  }
  if (patch.status !== undefined && !(PROJECT_STATUSES as readonly string[]).includes(patch.status)) {
    throw new ProjectSchemaError(`meta.status must be one of ${PROJECT_STATUSES.join(', ')}; got "${patch.status}"`);
  }
  if (patch.title !== undefined && patch.title.length > 200) throw new ProjectSchemaError('meta.title must be at most 200 characters');
  const m = metaMap(doc);
  transact(doc, () => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && m.get(k) !== v) m.set(k, v);
  });
}

export function setTeamMember(doc: Y.Doc, userId: string, name: string | null): void {
  const m = metaMap(doc);
  transact(doc, () => {
    let team = m.get('team');
    if (!(team instanceof Y.Map)) {
      team = new Y.Map<string>();
      m.set('team', team);
    }
    const tm = team as Y.Map<string>;
    if (name === null) tm.delete(userId);
    else if (tm.get(userId) !== name) tm.set(userId, name);
  });
}

// ---------- cells ----------

export function isCellKind(x: unknown): x is CellKind {
  return typeof x === 'string' && (CELL_KINDS as readonly string[]).includes(x);
}

export function cellInfo(cell: Y.Map<unknown>): CellInfo {
  const kind = cell.get('kind');
  return {
    id: String(cell.get('id') ?? ''),
    kind: isCellKind(kind) ? kind : 'text',
    createdBy: String(cell.get('createdBy') ?? ''),
    createdAt: Number(cell.get('createdAt') ?? 0),
  };
}

/**
 * The cells in notebook order. The order is each cell's `pos`, a fractional index (rocicorp's
 * fractional-indexing: strings that sort between any two others), not its place in the Y.Array:
 * moving a cell rewrites only its `pos`, so a teammate's edit made inside the cell at the same time
 * is kept, and two people moving one cell at once leave one cell where the last writer put it, not
 * two copies. A cell written before `pos` existed follows the nearest earlier array element that
 * has one (a document without any is in array order); equal keys (two replicas inserting at the
 * same place at once) are ordered by the array, which Yjs makes the same on every replica.
 */
function orderedCells(doc: Y.Doc): Y.Map<unknown>[] {
  let base = '';
  const keyed = cellsArray(doc)
    .toArray()
    .map((cell, i) => {
      const pos = cell.get('pos');
      if (typeof pos === 'string' && pos) base = pos;
      return { cell, base, i };
    });
  keyed.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.i - b.i));
  return keyed.map((k) => k.cell);
}

/**
 * The `pos` for a cell placed at `index` of `order` (a list without that cell). Where the neighbours
 * have no usable keys (an old document, equal keys from concurrent inserts, a foreign string), every
 * cell first gets a fresh, evenly spread key in its current order; two replicas doing this for the
 * same order write the same keys.
 */
function posAt(order: Y.Map<unknown>[], index: number, all: Y.Map<unknown>[]): string {
  const key = (c: Y.Map<unknown> | undefined) => (c ? (c.get('pos') as string | undefined) : null);
  const before = key(order[index - 1]);
  const after = key(order[index]);
  if (before !== undefined && after !== undefined) {
    try {
      return generateKeyBetween(before, after);
    } catch {
      /* not valid keys, or not in order: spread them below */
    }
  }
  const fresh = generateNKeysBetween(null, null, all.length);
  all.forEach((c, i) => c.set('pos', fresh[i]));
  return posAt(order, index, all);
}

export function listCells(doc: Y.Doc): CellInfo[] {
  return orderedCells(doc).map(cellInfo);
}

export function cellCount(doc: Y.Doc): number {
  return cellsArray(doc).length;
}

/** The cell's place in notebook order, or -1. */
export function cellIndex(doc: Y.Doc, cellId: string): number {
  return orderedCells(doc).findIndex((c) => c.get('id') === cellId);
}

/** The raw map of a cell, for projects/cells/* only (components use the typed accessors). */
export function cellMap(doc: Y.Doc, cellId: string): Y.Map<unknown> {
  const arr = cellsArray(doc);
  for (let i = 0; i < arr.length; i++) if (arr.get(i).get('id') === cellId) return arr.get(i);
  throw new ProjectSchemaError(`no cell with id "${cellId}"`);
}

export function cellMapOfKind(doc: Y.Doc, cellId: string, kind: CellKind): Y.Map<unknown> {
  const c = cellMap(doc, cellId);
  if (c.get('kind') !== kind) throw new ProjectSchemaError(`cell "${cellId}" is a ${String(c.get('kind'))} cell, not ${kind}`);
  return c;
}

export interface InsertOptions {
  /** Position in the list; default: the end. */
  index?: number;
  createdBy?: string;
  now?: number;
  id?: string;
}

/** Put a new cell map into the array next to the cell it follows in notebook order, at `pos`. */
function placeCell(doc: Y.Doc, cell: Y.Map<unknown>, order: Y.Map<unknown>[], index: number): void {
  const arr = cellsArray(doc);
  const all = orderedCells(doc);
  const pos = posAt(order, index, all);
  const prev = order[index - 1];
  const at = prev ? arr.toArray().indexOf(prev) + 1 : 0;
  arr.insert(at, [cell]);
  cell.set('pos', pos);
}

/**
 * Insert a prepared cell map. `fill` sets the kind's fields; it runs while the map is already in the
 * document, so nested Y types can be created freely.
 */
export function insertCell(doc: Y.Doc, kind: CellKind, fill: (cell: Y.Map<unknown>) => void, opts: InsertOptions = {}): string {
  const order = orderedCells(doc);
  const id = opts.id ?? newId('k');
  const index = opts.index === undefined ? order.length : opts.index;
  if (!Number.isInteger(index) || index < 0 || index > order.length) {
    throw new ProjectSchemaError(`cell index must be an integer from 0 to ${order.length}; got ${index}`);
  }
  transact(doc, () => {
    const cell = new Y.Map<unknown>();
    placeCell(doc, cell, order, index);
    cell.set('id', id);
    cell.set('kind', kind);
    cell.set('createdBy', opts.createdBy ?? '');
    cell.set('createdAt', opts.now ?? Date.now());
    fill(cell);
  });
  return id;
}

export function deleteCell(doc: Y.Doc, cellId: string): void {
  const cell = cellMap(doc, cellId);
  transact(doc, () => cellsArray(doc).delete(cellsArray(doc).toArray().indexOf(cell), 1));
}

/** Deep copy of a Y value into fresh, unintegrated Y types (for duplicate and restore). */
export function cloneYValue(v: unknown): unknown {
  if (v instanceof Y.Map || v instanceof Y.Array || v instanceof Y.XmlFragment || v instanceof Y.XmlElement || v instanceof Y.XmlText || v instanceof Y.Text) {
    return v.clone();
  }
  if (v instanceof Uint8Array) return v.slice();
  return v;
}

/**
 * Move a cell to position `toIndex` (in the list as it is after removing the cell). Only the cell's
 * `pos` changes: the cell itself, and whatever a teammate is typing into it, stays.
 */
export function moveCell(doc: Y.Doc, cellId: string, toIndex: number): void {
  const cell = cellMap(doc, cellId);
  const order = orderedCells(doc);
  const from = order.indexOf(cell);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > order.length - 1) {
    throw new ProjectSchemaError(`target index must be an integer from 0 to ${order.length - 1}; got ${toIndex}`);
  }
  if (from === toIndex) return;
  order.splice(from, 1);
  transact(doc, () => cell.set('pos', posAt(order, toIndex, orderedCells(doc))));
}

/** Copy a cell right below itself with a new id; returns the new id. */
export function duplicateCell(doc: Y.Doc, cellId: string, opts: { createdBy?: string; now?: number } = {}): string {
  const cell = cellMap(doc, cellId);
  const order = orderedCells(doc);
  const id = newId('k');
  transact(doc, () => {
    const copy = cell.clone();
    placeCell(doc, copy, order, order.indexOf(cell) + 1);
    copy.set('id', id);
    copy.set('createdBy', opts.createdBy ?? '');
    copy.set('createdAt', opts.now ?? Date.now());
  });
  return id;
}

/** Calls `fn` after any change to the cell list or any cell's content (local or remote). */
export function observeCells(doc: Y.Doc, fn: (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => void): () => void {
  const arr = cellsArray(doc);
  arr.observeDeep(fn);
  return () => arr.unobserveDeep(fn);
}

/**
 * Calls `fn` when the cell list changes: a cell added or deleted, or moved (its `pos` rewritten).
 * Edits inside a cell do not call it.
 */
export function observeCellList(doc: Y.Doc, fn: () => void): () => void {
  return observeCells(doc, (events) => {
    if (events.some((e) => e.path.length === 0 || (e.path.length === 1 && e instanceof Y.YMapEvent && e.keysChanged.has('pos')))) fn();
  });
}

export function observeMeta(doc: Y.Doc, fn: () => void): () => void {
  const m = metaMap(doc);
  const h = () => fn();
  m.observeDeep(h);
  return () => m.unobserveDeep(h);
}

/** Observe one cell's map (and everything inside it). */
export function observeCell(doc: Y.Doc, cellId: string, fn: () => void): () => void {
  const c = cellMap(doc, cellId);
  const h = () => fn();
  c.observeDeep(h);
  return () => c.unobserveDeep(h);
}
