/**
 * Contributions per member per day: cells created, characters written, data rows recorded.
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
export interface ContributionRow extends ContributionCounts {
  day: string;
  userId: string;
}

/** Transactions with this origin write the counters themselves; they are not counted nor undone. */
export const CONTRIBUTION_ORIGIN = 'sprout-contributions';

function contributionsMap(doc: Y.Doc): Y.Map<ContributionCounts> {
  return doc.getMap<ContributionCounts>('contributions');
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
  pending(): ContributionCounts;
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
  let pend = { cells: 0, chars: 0, rows: 0 };
  const cells = cellsArray(doc);
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (!tr.local || !origins.has(tr.origin)) return;
    const c = countTransaction(events);
    pend = { cells: pend.cells + c.cells, chars: pend.chars + c.chars, rows: pend.rows + c.rows };
  };
  cells.observeDeep(onChange);
  const flush = () => {
    if (!pend.cells && !pend.chars && !pend.rows) return;
    const key = `${dayOf(now())}|${userId}|${doc.clientID}`;
    const add = pend;
    pend = { cells: 0, chars: 0, rows: 0 };
    doc.transact(() => {
      const m = contributionsMap(doc);
      const old = m.get(key) ?? { cells: 0, chars: 0, rows: 0 };
      m.set(key, { cells: old.cells + add.cells, chars: old.chars + add.chars, rows: old.rows + add.rows });
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

/** Summed per day and member, newest day first. */
export function readContributions(doc: Y.Doc): ContributionRow[] {
  const sums = new Map<string, ContributionRow>();
  contributionsMap(doc).forEach((v, key) => {
    const [day, userId] = key.split('|');
    const k = `${day}|${userId}`;
    const row = sums.get(k) ?? { day, userId, cells: 0, chars: 0, rows: 0 };
    row.cells += v.cells;
    row.chars += v.chars;
    row.rows += v.rows;
    sums.set(k, row);
  });
  return [...sums.values()].sort((a, b) => (a.day === b.day ? a.userId.localeCompare(b.userId) : b.day.localeCompare(a.day)));
}
