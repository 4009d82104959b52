/**
 * The Yjs layout of one project document (see shared/DESIGN.md, "A project document (Yjs)"):
 *
 *   meta  : Y.Map   title, question, subject, status, templateId, locale, createdAt, team (Y.Map userId → name)
 *   cells : Y.Array<Y.Map>  each cell: id, kind, createdBy, createdAt + the kind's fields (projects/cells/<kind>.ts)
 *   versions      : Y.Array<Y.Map>  named versions (projects/versions.ts)
 *   contributions : Y.Map           per member per day counters (projects/contributions.ts)
 *
 * Components never touch raw Y types: everything goes through these accessors and projects/cells/*.
 * Runs in the browser and on the server: imports yjs only.
 */
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

export function listCells(doc: Y.Doc): CellInfo[] {
  return cellsArray(doc).toArray().map(cellInfo);
}

export function cellCount(doc: Y.Doc): number {
  return cellsArray(doc).length;
}

export function cellIndex(doc: Y.Doc, cellId: string): number {
  const arr = cellsArray(doc);
  for (let i = 0; i < arr.length; i++) if (arr.get(i).get('id') === cellId) return i;
  return -1;
}

/** The raw map of a cell, for projects/cells/* only (components use the typed accessors). */
export function cellMap(doc: Y.Doc, cellId: string): Y.Map<unknown> {
  const i = cellIndex(doc, cellId);
  if (i < 0) throw new ProjectSchemaError(`no cell with id "${cellId}"`);
  return cellsArray(doc).get(i);
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

/**
 * Insert a prepared cell map. `fill` sets the kind's fields; it runs while the map is already in the
 * document, so nested Y types can be created freely.
 */
export function insertCell(doc: Y.Doc, kind: CellKind, fill: (cell: Y.Map<unknown>) => void, opts: InsertOptions = {}): string {
  const arr = cellsArray(doc);
  const id = opts.id ?? newId('k');
  const index = opts.index === undefined ? arr.length : opts.index;
  if (!Number.isInteger(index) || index < 0 || index > arr.length) {
    throw new ProjectSchemaError(`cell index must be an integer from 0 to ${arr.length}; got ${index}`);
  }
  transact(doc, () => {
    const cell = new Y.Map<unknown>();
    arr.insert(index, [cell]);
    cell.set('id', id);
    cell.set('kind', kind);
    cell.set('createdBy', opts.createdBy ?? '');
    cell.set('createdAt', opts.now ?? Date.now());
    fill(cell);
  });
  return id;
}

export function deleteCell(doc: Y.Doc, cellId: string): void {
  const i = cellIndex(doc, cellId);
  if (i < 0) throw new ProjectSchemaError(`no cell with id "${cellId}"`);
  transact(doc, () => cellsArray(doc).delete(i, 1));
}

/** Deep copy of a Y value into fresh, unintegrated Y types (for duplicate, move and restore). */
export function cloneYValue(v: unknown): unknown {
  if (v instanceof Y.Map || v instanceof Y.Array || v instanceof Y.XmlFragment || v instanceof Y.XmlElement || v instanceof Y.XmlText || v instanceof Y.Text) {
    return v.clone();
  }
  if (v instanceof Uint8Array) return v.slice();
  return v;
}

/**
 * Move a cell to position `toIndex` (in the list as it is after removing the cell). Yjs has no move:
 * the cell is deep-copied and re-inserted in one transaction, keeping its id.
 */
export function moveCell(doc: Y.Doc, cellId: string, toIndex: number): void {
  const arr = cellsArray(doc);
  const from = cellIndex(doc, cellId);
  if (from < 0) throw new ProjectSchemaError(`no cell with id "${cellId}"`);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > arr.length - 1) {
    throw new ProjectSchemaError(`target index must be an integer from 0 to ${arr.length - 1}; got ${toIndex}`);
  }
  if (from === toIndex) return;
  transact(doc, () => {
    const copy = arr.get(from).clone();
    arr.delete(from, 1);
    arr.insert(toIndex, [copy]);
  });
}

/** Copy a cell right below itself with a new id; returns the new id. */
export function duplicateCell(doc: Y.Doc, cellId: string, opts: { createdBy?: string; now?: number } = {}): string {
  const arr = cellsArray(doc);
  const from = cellIndex(doc, cellId);
  if (from < 0) throw new ProjectSchemaError(`no cell with id "${cellId}"`);
  const id = newId('k');
  transact(doc, () => {
    const copy = arr.get(from).clone();
    arr.insert(from + 1, [copy]);
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
