/**
 * Contributions per member per day: cells created, characters written, data rows recorded, and edits
 * (local changes to the cells of any kind, moving a cell included: a member who only rearranges shows as
 * active without being credited with characters). Process evaluation reads these
 * (server/evaluation/contribution.ts).
 *
 * Each replica counts only its OWN local edits and writes them under a key nobody else writes
 * (`<day>|<userId>|<clientID>`), so concurrent counting never conflicts or loses increments; the
 * panel sums the entries. Counts are batched (`flush`) to keep update traffic small.
 */
import * as Y from 'yjs';
import { TABLE_ROW_KEYS } from './cells/table';
import { cellsArray, LOCAL_ORIGIN } from './schema';

export interface ContributionCounts {
  cells: number;
  chars: number;
  rows: number;
}
/** As stored per key: `edits` is absent in entries written before edits were counted. */
interface StoredCounts extends ContributionCounts {
  edits?: number;
}
export interface ContributionRow extends ContributionCounts {
  day: string;
  userId: string;
  /** Local changes to the cells (each transaction once, whatever it added). */
  edits: number;
}

/** Transactions with this origin write the counters themselves; they are not counted nor undone. */
export const CONTRIBUTION_ORIGIN = 'sprout-contributions';

function contributionsMap(doc: Y.Doc): Y.Map<StoredCounts> {
  return doc.getMap<StoredCounts>('contributions');
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function textChars(t: unknown): number {
  if (t instanceof Y.XmlText || t instanceof Y.Text) {
    let n = 0;
    for (const d of t.toDelta() as { insert: unknown }[]) if (typeof d.insert === 'string') n += d.insert.length;
    return n;
  }
  if (t instanceof Y.XmlElement || t instanceof Y.XmlFragment) return t.toArray().reduce((n, c) => n + textChars(c), 0);
  return 0;
}

/** Content that arrives as a whole new cell: its text and, for tables, its rows. */
function countNewCell(cell: unknown, c: ContributionCounts): void {
  if (!(cell instanceof Y.Map)) return;
  c.cells++;
  c.chars += textChars(cell.get('content'));
  for (const key of TABLE_ROW_KEYS) {
    const rows = cell.get(key);
    if (rows instanceof Y.Array) c.rows += rows.length;
  }
}

/**
 * Count what one local transaction added: new cells, inserted characters, new table rows. Types
 * created in the same transaction fire no events of their own, so their content is counted here
 * from the item that added them.
 */
export function countTransaction(events: Y.YEvent<Y.AbstractType<unknown>>[]): ContributionCounts {
  const c = { cells: 0, chars: 0, rows: 0 };
  for (const ev of events) {
    const target = ev.target;
    if (target instanceof Y.XmlText || target instanceof Y.Text) {
      for (const d of ev.delta) if (typeof d.insert === 'string') c.chars += d.insert.length;
      continue;
    }
    const topLevel = target instanceof Y.Array && target.parent === null;
    const parent = target.parent;
    const rowsArray = target instanceof Y.Array && parent instanceof Y.Map && parent.get('kind') === 'table' && TABLE_ROW_KEYS.some((k) => parent.get(k) === target);
    for (const item of ev.changes.added) {
      for (const v of item.content.getContent()) {
        if (topLevel) countNewCell(v, c);
        else if (rowsArray) c.rows++;
        else c.chars += textChars(v);
      }
    }
  }
  return c;
}

export interface ContributionTracker {
  /** Counted but not yet written. */
  pending(): ContributionCounts & { edits: number };
  /** Count this origin's transactions too (an editor's, known only once its code is loaded). */
  addLocalOrigin(origin: unknown): void;
  flush(): void;
  stop(): void;
}

/**
 * Count this replica's local edits (origins in `localOrigins`) for `userId`. Call `flush` on a timer
 * and before unload; `stop` flushes and detaches.
 */
export function trackContributions(doc: Y.Doc, userId: string, opts: { now?: () => number; localOrigins?: unknown[] } = {}): ContributionTracker {
  const now = opts.now ?? Date.now;
  const origins = new Set<unknown>([LOCAL_ORIGIN, null, ...(opts.localOrigins ?? [])]);
  const zero = () => ({ cells: 0, chars: 0, rows: 0, edits: 0 });
  let pend = zero();
  const cells = cellsArray(doc);
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (!tr.local || !origins.has(tr.origin)) return;
    const c = countTransaction(events);
    pend = { cells: pend.cells + c.cells, chars: pend.chars + c.chars, rows: pend.rows + c.rows, edits: pend.edits + 1 };
  };
  cells.observeDeep(onChange);
  const flush = () => {
    if (!pend.cells && !pend.chars && !pend.rows && !pend.edits) return;
    const key = `${dayOf(now())}|${userId}|${doc.clientID}`;
    const add = pend;
    pend = zero();
    doc.transact(() => {
      const m = contributionsMap(doc);
      const old = m.get(key) ?? zero();
      m.set(key, { cells: old.cells + add.cells, chars: old.chars + add.chars, rows: old.rows + add.rows, edits: (old.edits ?? 0) + add.edits });
    }, CONTRIBUTION_ORIGIN);
  };
  return {
    pending: () => ({ ...pend }),
    addLocalOrigin: (origin) => void origins.add(origin),
    flush,
    stop: () => {
      flush();
      cells.unobserveDeep(onChange);
    },
  };
}

/** A stored count as a whole number ≥ 0 (any replica may write the map: a malformed value counts 0). */
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

/** Summed per day and member, newest day first. Malformed keys are skipped. */
export function readContributions(doc: Y.Doc): ContributionRow[] {
  const sums = new Map<string, ContributionRow>();
  contributionsMap(doc).forEach((stored, key) => {
    const [day, userId] = key.split('|');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day ?? '') || !userId) return;
    const raw = (stored ?? {}) as Partial<Record<keyof StoredCounts, unknown>>;
    const v = { cells: count(raw.cells), chars: count(raw.chars), rows: count(raw.rows), edits: count(raw.edits) };
    const k = `${day}|${userId}`;
    const row = sums.get(k) ?? { day, userId, cells: 0, chars: 0, rows: 0, edits: 0 };
    row.cells += v.cells;
    row.chars += v.chars;
    row.rows += v.rows;
    row.edits += v.edits;
    sums.set(k, row);
  });
  return [...sums.values()].sort((a, b) => (a.day === b.day ? a.userId.localeCompare(b.userId) : b.day.localeCompare(a.day)));
}
