/**
 * Document-update writes, the hot path of the sync server: every edit a student makes is one Yjs update
 * that must be stored before the server relays it to anyone.
 *
 * For a file database an update is stored when it is in the update log (update-log.ts: one write() of a
 * few bytes, survives a kill -9 of the server). Every second the active log file is handed to the store
 * worker (store-worker.ts), which moves its records into SQLite in one transaction, off the event loop,
 * while new records go to the other file. A SQLite commit per update on the event loop would cost 50–150 µs
 * of it each, taken from every other connection.
 *
 * The flush policy (`FlushPolicy`, config SYNC_FLUSH) says when an update counts as stored:
 * - `background` (default): once logged; the worker fdatasyncs the log within a second. A power cut can
 *   lose that last second; the clients still hold the updates and send them again when they reconnect
 *   (y-websocket's sync step 2 answers the server's state vector with everything the server lacks).
 * - `before-relay`: once the log is fdatasynced (on libuv's thread pool), so it survives a power cut too,
 *   at the price of the disk's flush time in every relay.
 *
 * A log file is emptied only after the SQLite commit holding its records is on disk (fdatasync of the
 * WAL: recovery keeps every transaction whose frames are in the WAL with valid checksums,
 * https://www.sqlite.org/wal.html). The last seq moved in is recorded in the same transaction, so at start
 * the leftover records are moved in exactly once. Reads (loading or compacting a document) first wait
 * until everything logged is in SQLite.
 *
 * Tried and measured (test/bench/sync.ts, 500 clients): a SQLite commit per update on the event loop
 * (p99 1.5–2× the reference server), and relays waiting for commits made on a worker thread (worse still
 * on this 2-core machine: a thread hop per update and contention with the clients).
 */
import type Database from 'better-sqlite3';
import { StoreWorker, type CheckpointResult } from './store-worker';
import { UpdateLog, type LoggedUpdate } from './update-log';

export type FlushPolicy = 'background' | 'before-relay';

/** A project's "last edited" time is written at most this often while it is being edited. */
export const TOUCH_EVERY_MS = 10_000;
/** How often logged updates move into SQLite. */
const INGEST_EVERY_MS = 1000;
/**
 * The 'background' policy's longest wait for an fdatasync of the log: once a second, like Redis's
 * `appendfsync everysec`. Every fdatasync makes the file system commit its journal, and on this 2-core
 * machine flushing every 50 ms (plus a WAL sync per 250 ms ingest) put Sprout's p99 at 2.1× the reference
 * server's; once a second it is 0.6–0.8× (test/bench/sync.ts).
 */
const BACKGROUND_SYNC_MS = 1000;

/** The statements of the update log's move into SQLite (used by the store worker, and at start). */
export const LOG_SQL = {
  // Logged updates carry their id (seq); one for a project deleted meanwhile is dropped.
  insert: 'INSERT OR IGNORE INTO doc_updates (id, project_id, data, created_at) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM projects WHERE id = ?)',
  touch: 'UPDATE projects SET updated_at = ? WHERE id = ?',
  readBookmark: "SELECT v FROM doc_log_state WHERE k = 'ingested_seq'",
  writeBookmark: "INSERT INTO doc_log_state (k, v) VALUES ('ingested_seq', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v",
  upsertSnapshot:
    'INSERT INTO doc_snapshots (project_id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(project_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  deleteUpdates: 'DELETE FROM doc_updates WHERE project_id = ? AND id <= ?',
};

export interface DocWrites {
  append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]>;
  /** One update stored synchronously, or undefined when the flush policy needs a wait (see DocStore.appendNow). */
  appendNow(projectId: string, update: Uint8Array, now: number): number | undefined;
  compact(projectId: string, snapshot: Uint8Array, upToId: number, now: number): Promise<void>;
  /** Makes everything appended so far visible to reads of the store's connection. */
  settle(): Promise<void> | void;
  /** Forgets logged updates not yet in SQLite (the store is being wiped). */
  discard(): void;
  /** Resolves when nothing of the store's own runs any more (its files may then be removed). */
  close(): Promise<void> | void;
}

const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * In-memory stores (tests, the benchmark's "no durable storage" server): updates are kept in a list and
 * moved into the in-memory SQLite every second, or before a read; nothing reaches a disk.
 */
export class MemoryDocWrites implements DocWrites {
  private readonly lastTouched = new Map<string, number>();
  private readonly ingestTx: (records: (LoggedUpdate & { at: number })[]) => void;
  private readonly compactTx: (projectId: string, snapshot: Uint8Array, upTo: number, now: number) => void;
  private pending: (LoggedUpdate & { at: number })[] = [];
  private timer: NodeJS.Timeout | null = null;
  private seq: number;

  constructor(db: Database.Database) {
    const insert = db.prepare(LOG_SQL.insert);
    const touch = db.prepare(LOG_SQL.touch);
    const upsertSnapshot = db.prepare(LOG_SQL.upsertSnapshot);
    const deleteUpdates = db.prepare(LOG_SQL.deleteUpdates);
    this.seq = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'doc_updates'").get() as { seq: number } | undefined)?.seq ?? 0;
    this.ingestTx = db.transaction((records: (LoggedUpdate & { at: number })[]) => {
      const touched = new Map<string, number>();
      for (const r of records) {
        insert.run(r.seq, r.projectId, bytes(r.update), r.at, r.projectId);
        touched.set(r.projectId, r.at);
      }
      for (const [id, at] of touched) {
        if (at - (this.lastTouched.get(id) ?? -Infinity) < TOUCH_EVERY_MS) continue;
        touch.run(at, id);
        this.lastTouched.set(id, at);
      }
    });
    this.compactTx = db.transaction((projectId: string, snapshot: Uint8Array, upTo: number, now: number) => {
      upsertSnapshot.run(projectId, bytes(snapshot), now);
      deleteUpdates.run(projectId, upTo);
    });
  }

  appendNow(projectId: string, update: Uint8Array, now: number): number {
    const seq = ++this.seq;
    this.pending.push({ seq, projectId, update, at: now });
    this.timer ??= setTimeout(() => this.settle(), INGEST_EVERY_MS).unref();
    return seq;
  }

  async append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    return batch.map(({ projectId, update }) => this.appendNow(projectId, update, now));
  }

  settle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending.length) return;
    this.ingestTx(this.pending);
    this.pending = [];
  }

  async compact(projectId: string, snapshot: Uint8Array, upTo: number, now: number): Promise<void> {
    this.settle();
    this.compactTx(projectId, snapshot, upTo, now);
  }

  discard(): void {
    this.pending = [];
  }

  close(): void {
    this.settle();
  }
}

/** For tools that only read (npm run verify-reviews) while a server may be writing the same files. */
export class ReadOnlyDocWrites implements DocWrites {
  async append(): Promise<number[]> {
    throw new Error('this store was opened read-only for documents');
  }

  appendNow(): number {
    throw new Error('this store was opened read-only for documents');
  }

  async compact(): Promise<void> {
    throw new Error('this store was opened read-only for documents');
  }

  settle(): void {}
  discard(): void {}
  close(): void {}
}

/** File databases: the update log in front; the store worker moves it into SQLite and compacts. */
export class LoggedDocWrites implements DocWrites {
  private readonly log: UpdateLog;
  private readonly worker: StoreWorker;
  private seq: number;
  /** Records in the active log file, not yet handed to the worker. */
  private unhanded = 0;
  private ingesting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** The last failure to move a handed-over file into SQLite, until a retry succeeds. */
  private stuck: Error | null = null;
  /** The time of the latest append: rows and "last edited" times moved in get it. */
  private lastAppendAt = 0;

  /** `db`: the store's connection, used once at start to move in what the previous run left logged. */
  constructor(
    db: Database.Database,
    dbPath: string,
    private readonly policy: FlushPolicy = 'background',
    private readonly onError: (e: unknown) => void = (e) => console.error(`Sprout Lab: storing document updates: ${(e as Error).message ?? e}`),
  ) {
    const logPaths: [string, string] = [`${dbPath}-updates-a.log`, `${dbPath}-updates-b.log`];
    // The caller holds the data directory's lock (data-dir-lock.ts): no other process writes these logs.
    this.log = new UpdateLog(logPaths);
    const ingested = (db.prepare(LOG_SQL.readBookmark).get() as { v: number } | undefined)?.v ?? 0;
    const rowSeq = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'doc_updates'").get() as { seq: number } | undefined)?.seq ?? 0;
    this.seq = this.log.leftover.reduce((m, r) => Math.max(m, r.seq), Math.max(ingested, rowSeq));
    const leftover = this.log.leftover.filter((r) => r.seq > ingested);
    if (leftover.length) {
      const insert = db.prepare(LOG_SQL.insert);
      const bookmark = db.prepare(LOG_SQL.writeBookmark);
      const now = Date.now();
      // The store's connection is at synchronous = FULL: this commit is on disk when it returns.
      db.transaction(() => {
        for (const r of leftover) insert.run(r.seq, r.projectId, bytes(r.update), now, r.projectId);
        bookmark.run(leftover[leftover.length - 1].seq);
      })();
    }
    this.log.recovered();
    this.worker = new StoreWorker({
      path: dbPath,
      logPaths,
      sql: LOG_SQL,
      touchEveryMs: TOUCH_EVERY_MS,
      background: policy === 'background',
      syncMs: BACKGROUND_SYNC_MS,
      onError: (m) => this.onError(new Error(m)),
    });
  }

  async append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    const records = batch.map(({ projectId, update }) => ({ seq: ++this.seq, projectId, update }));
    this.logged(records, now);
    if (this.policy === 'before-relay') await this.log.sync();
    return records.map((r) => r.seq);
  }

  appendNow(projectId: string, update: Uint8Array, now: number): number | undefined {
    if (this.policy === 'before-relay') return undefined;
    const seq = ++this.seq;
    this.logged([{ seq, projectId, update }], now);
    return seq;
  }

  private logged(records: LoggedUpdate[], now: number): void {
    this.lastAppendAt = now;
    this.log.append(records);
    this.unhanded += records.length;
    if (!this.timer && !this.ingesting) this.timer = setTimeout(() => this.handOver(), INGEST_EVERY_MS);
  }

  /** Hands the active log file to the worker, unless nothing is in it or the other file is still being moved in. */
  private handOver(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.closed || this.ingesting || !this.unhanded) return;
    const file = this.log.rotate();
    if (file === null) return;
    this.unhanded = 0;
    this.moveIn(file);
  }

  private moveIn(file: number): void {
    this.ingesting = this.worker.ingest(file, this.lastAppendAt || Date.now()).then(
      () => {
        this.stuck = null;
        this.log.returned();
        this.ingesting = null;
        if (this.unhanded && !this.timer) this.timer = setTimeout(() => this.handOver(), INGEST_EVERY_MS);
      },
      (e: unknown) => {
        // The file keeps its records and stays handed over; try again in a second.
        this.stuck = e as Error;
        this.ingesting = null;
        if (this.closed) return;
        this.onError(e);
        setTimeout(() => this.closed || this.ingesting || this.moveIn(file), 1000).unref();
      },
    );
  }

  /** Resolves when every update appended before the call is in SQLite; rejects while the worker fails to move them. */
  async settle(): Promise<void> {
    while (!this.closed) {
      if (this.ingesting) {
        await this.ingesting;
        continue;
      }
      if (this.stuck) throw this.stuck;
      if (!this.unhanded) return;
      this.handOver();
    }
  }

  async compact(projectId: string, snapshot: Uint8Array, upTo: number, now: number): Promise<void> {
    await this.settle(); // every update ≤ upTo is in SQLite before the ones the snapshot holds are deleted
    await this.worker.compact(projectId, snapshot, upTo, now);
  }

  /** Why logged updates cannot currently move into SQLite, if they cannot (for /api/health). */
  get problem(): string | null {
    return this.stuck ? `updates wait in the update log: ${this.stuck.message}` : null;
  }

  checkpoint(): Promise<CheckpointResult> {
    return this.worker.checkpoint();
  }

  discard(): void {
    this.unhanded = 0;
    this.log.recovered();
  }

  /**
   * Flushes the log and stops the worker; what is still only logged moves into SQLite at the next
   * start. Resolves when the worker thread has exited.
   */
  close(): Promise<void> {
    if (this.closed) return this.worker.close();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.log.close();
    return this.worker.close();
  }
}
