/**
 * Document-update writes, the hot path of the sync server: every edit a student makes is one Yjs update
 * that must be stored before the server relays it to anyone.
 *
 * For a file database an update is stored when it is in the update log (update-log.ts: one write() of a
 * few bytes, ~3 µs, survives a kill -9 of the server); every 100 ms the logged updates move into SQLite,
 * hundreds per transaction, through a connection of their own at `synchronous = NORMAL` (the server's main
 * connection stays FULL for accounts, reviews and submissions). A SQLite commit per update would cost
 * 50–150 µs of event-loop time, taken from every other connection.
 *
 * The flush policy (`FlushPolicy`, config SYNC_FLUSH) says when an update counts as stored:
 * - `background` (default): once logged; an fdatasync of the log follows within 20 ms on libuv's thread
 *   pool. A power cut can lose those last milliseconds; the clients still hold the updates and send them
 *   again when they reconnect (y-websocket's sync step 2 answers the server's state vector with
 *   everything the server lacks).
 * - `before-relay`: once the log is fdatasynced, so it survives a power cut too, at the price of the
 *   disk's flush time in every relay.
 *
 * A log file is emptied only after the SQLite commit holding its records is on disk (fdatasync of the
 * WAL: recovery keeps every transaction whose frames are in the WAL with valid checksums,
 * https://www.sqlite.org/wal.html). The last seq moved in is recorded in the same transaction, so at start
 * the leftover records are moved in exactly once. Reads (loading or compacting a document) first move in
 * everything logged. Checkpoints run on a worker thread (sqlite-checkpointer.ts), never in these commits.
 *
 * Tried and measured (test/bench/sync.ts): a commit per update on the event loop (p99 1.5–2× the reference
 * server), and SQLite commits on a worker thread (worse on this 2-core machine: thread hops and contention).
 */
import type Database from 'better-sqlite3';
import { closeSync, existsSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';
import { UpdateLog, type LoggedUpdate } from './update-log';

export type FlushPolicy = 'background' | 'before-relay';

/** A project's "last edited" time is written at most this often while it is being edited. */
export const TOUCH_EVERY_MS = 10_000;
/** How often logged updates move into SQLite, and how many make it happen at once. */
const INGEST_EVERY_MS = 100;
const INGEST_AT_COUNT = 2000;
const BACKGROUND_SYNC_MS = 20;

export interface DocWrites {
  append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]>;
  compact(projectId: string, snapshot: Uint8Array, upToId: number, now: number): Promise<void>;
  /** Makes everything appended so far visible to reads of the store's connection. */
  settle(): void;
  /** Forgets logged updates not yet in SQLite (the store is being wiped). */
  discard(): void;
  close(): void;
}

interface Statements {
  insert: Database.Statement;
  touch: Database.Statement;
  upsertSnapshot: Database.Statement;
  deleteUpdates: Database.Statement;
}

function prepare(db: Database.Database, withId: boolean): Statements {
  return {
    // Logged updates carry their id (seq); one for a project deleted meanwhile is dropped.
    insert: withId
      ? db.prepare('INSERT OR IGNORE INTO doc_updates (id, project_id, data, created_at) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM projects WHERE id = ?)')
      : db.prepare('INSERT INTO doc_updates (project_id, data, created_at) VALUES (?, ?, ?)'),
    touch: db.prepare('UPDATE projects SET updated_at = ? WHERE id = ?'),
    upsertSnapshot: db.prepare(
      'INSERT INTO doc_snapshots (project_id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(project_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
    ),
    deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE project_id = ? AND id <= ?'),
  };
}

const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Shared by both kinds of writer: the "last edited" throttle and compaction. */
abstract class DocWritesBase implements DocWrites {
  private readonly lastTouched = new Map<string, number>();
  private readonly compactTx: (projectId: string, snapshot: Uint8Array, upTo: number, now: number) => void;

  constructor(
    protected readonly db: Database.Database,
    protected readonly sql: Statements,
  ) {
    this.compactTx = db.transaction((projectId: string, snapshot: Uint8Array, upTo: number, now: number) => {
      sql.upsertSnapshot.run(projectId, Buffer.from(snapshot), now);
      sql.deleteUpdates.run(projectId, upTo);
    });
  }

  protected touch(projectIds: Iterable<string>, now: number): void {
    for (const id of projectIds) {
      if (now - (this.lastTouched.get(id) ?? -Infinity) < TOUCH_EVERY_MS) continue;
      this.sql.touch.run(now, id);
      this.lastTouched.set(id, now);
    }
  }

  abstract append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]>;
  abstract settle(): void;
  abstract discard(): void;
  abstract close(): void;

  async compact(projectId: string, snapshot: Uint8Array, upTo: number, now: number): Promise<void> {
    this.settle();
    this.compactTx(projectId, snapshot, upTo, now);
  }
}

/** In-memory stores: one transaction per batch on the store's own connection, nothing to flush. */
export class MemoryDocWrites extends DocWritesBase {
  private readonly appendTx: (batch: { projectId: string; update: Uint8Array }[], now: number) => number[];

  constructor(db: Database.Database) {
    super(db, prepare(db, false));
    this.appendTx = db.transaction((batch: { projectId: string; update: Uint8Array }[], now: number) => {
      const ids = batch.map(({ projectId, update }) => Number(this.sql.insert.run(projectId, bytes(update), now).lastInsertRowid));
      this.touch(new Set(batch.map((b) => b.projectId)), now);
      return ids;
    });
  }

  async append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    return this.appendTx(batch, now);
  }

  settle(): void {}
  discard(): void {}
  close(): void {}
}

/** File databases: the update log in front, batches into SQLite through `db` (a connection at NORMAL). */
export class LoggedDocWrites extends DocWritesBase {
  private readonly log: UpdateLog;
  private seq: number;
  private pending: (LoggedUpdate & { at: number })[] = [];
  private ingestTimer: NodeJS.Timeout | null = null;
  private walFd: number | null = null;
  private walSyncing: Promise<void> | null = null;
  private readonly ingestTx: (records: (LoggedUpdate & { at: number })[]) => void;
  private closed = false;

  constructor(
    db: Database.Database,
    private readonly dbPath: string,
    private readonly policy: FlushPolicy = 'background',
    private readonly onError: (e: unknown) => void = (e) => console.error(`Sprout Lab: storing document updates: ${(e as Error).stack ?? e}`),
  ) {
    super(db, prepare(db, true));
    const setIngested = db.prepare("INSERT INTO doc_log_state (k, v) VALUES ('ingested_seq', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v");
    this.ingestTx = db.transaction((records: (LoggedUpdate & { at: number })[]) => {
      const touched = new Map<string, number>();
      for (const r of records) {
        this.sql.insert.run(r.seq, r.projectId, bytes(r.update), r.at, r.projectId);
        touched.set(r.projectId, r.at);
      }
      for (const [id, at] of touched) this.touch([id], at);
      setIngested.run(records[records.length - 1].seq);
    });
    this.log = new UpdateLog([`${dbPath}-updates-a.log`, `${dbPath}-updates-b.log`], onError);
    const ingested = (db.prepare("SELECT v FROM doc_log_state WHERE k = 'ingested_seq'").get() as { v: number } | undefined)?.v ?? 0;
    const rowSeq = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'doc_updates'").get() as { seq: number } | undefined)?.seq ?? 0;
    const leftover = this.log.leftover.filter((r) => r.seq > ingested);
    this.seq = this.log.leftover.reduce((m, r) => Math.max(m, r.seq), Math.max(ingested, rowSeq));
    if (leftover.length) {
      const now = Date.now();
      this.ingestTx(leftover.map((r) => ({ ...r, at: now })));
      this.syncWalNow();
    }
    this.log.recovered();
  }

  async append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    const records = batch.map(({ projectId, update }) => ({ seq: ++this.seq, projectId, update, at: now }));
    this.log.append(records);
    for (const r of records) this.pending.push(r);
    this.scheduleIngest();
    if (this.policy === 'before-relay') await this.log.sync();
    else this.log.syncSoon(BACKGROUND_SYNC_MS);
    return records.map((r) => r.seq);
  }

  private scheduleIngest(): void {
    if (this.pending.length >= INGEST_AT_COUNT) {
      if (this.ingestTimer) clearTimeout(this.ingestTimer);
      this.ingestTimer = null;
      setImmediate(() => this.ingestSafely());
    } else if (!this.ingestTimer) {
      this.ingestTimer = setTimeout(() => this.ingestSafely(), INGEST_EVERY_MS);
    }
  }

  private ingestSafely(): void {
    try {
      this.settle();
    } catch (e) {
      this.onError(e); // the records stay pending (and logged); the next append tries again
    }
  }

  /** Moves every logged update into SQLite now; the log file they were in is emptied once that is on disk. */
  settle(): void {
    if (this.ingestTimer) clearTimeout(this.ingestTimer);
    this.ingestTimer = null;
    if (!this.pending.length) return;
    this.log.rotate(); // no-op while the other file still waits to be emptied: then these stay logged longer
    this.ingestTx(this.pending);
    this.pending = [];
    // Every record of the file rotated out (now or at a failed earlier try) is in SQLite now.
    if (this.log.retiring) this.syncWal().then(() => this.log.retired(), (e: unknown) => this.closed || this.onError(e));
  }

  private walDescriptor(): number | null {
    if (this.walFd === null && existsSync(`${this.dbPath}-wal`)) this.walFd = openSync(`${this.dbPath}-wal`, 'r');
    return this.walFd;
  }

  /**
   * fdatasync of the WAL on the thread pool. The WAL file is not replaced while a connection is open
   * (SQLite deletes it only when the last one closes; a checkpoint resets it in place).
   */
  private syncWal(): Promise<void> {
    const previous = this.walSyncing ?? Promise.resolve();
    const next = previous.then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (this.closed) return reject(new Error('the store is closed'));
          const fd = this.walDescriptor();
          if (fd === null) return resolve();
          fdatasync(fd, (e) => (e ? reject(e) : resolve()));
        }),
    );
    const settled: Promise<void> = next
      .catch(() => {}) // the caller of syncWal handles the failure
      .then(() => {
        if (this.walSyncing === settled) this.walSyncing = null;
      });
    this.walSyncing = settled;
    return next;
  }

  private syncWalNow(): void {
    const fd = this.walDescriptor();
    if (fd !== null) fdatasyncSync(fd);
  }

  discard(): void {
    this.pending = [];
    this.log.recovered();
  }

  close(): void {
    if (this.closed) return;
    try {
      this.settle();
      this.syncWalNow();
      this.log.recovered();
    } finally {
      this.closed = true;
      this.log.close();
      if (this.walFd !== null) closeSync(this.walFd);
      this.walFd = null;
      if (this.db.open) this.db.close();
    }
  }
}
