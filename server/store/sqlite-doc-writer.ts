/**
 * Document-update writes, the hot path of the sync server: every edit a student makes is one Yjs update
 * that must be written before the server relays it to anyone.
 *
 * They go through a connection of their own with `synchronous = NORMAL`: a commit writes the WAL frames
 * with write() and returns without waiting for the disk (2–8 ms per fsync here, which FULL would spend on
 * the event loop in every commit). The server's main connection stays FULL for accounts, reviews and
 * submissions. When an update counts as stored, by the flush policy (`FlushPolicy`, config SYNC_FLUSH):
 * - `background` (default): after the commit, so it survives a kill -9 or crash of the server; an fdatasync
 *   of the WAL follows within 20 ms on libuv's thread pool. A power cut can lose those last milliseconds;
 *   the clients still hold the updates and send them again when they reconnect (y-websocket's sync step 2
 *   answers the server's state vector with everything the server lacks).
 * - `before-relay`: after that fdatasync, so it survives a power cut too, at the price of the disk's flush
 *   time in every relay.
 *
 * Why NORMAL + fdatasync is enough (https://www.sqlite.org/pragma.html#pragma_synchronous,
 * https://www.sqlite.org/wal.html): a commit is a run of frames appended to the WAL ending in a commit frame;
 * recovery keeps every transaction whose frames are in the file with valid checksums, so once the WAL is
 * synced after a commit's writes, the commit is on disk. Checkpoints run on a worker thread
 * (sqlite-checkpointer.ts), never inside these commits.
 *
 * Tried and measured (test/bench/sync.ts): the same writes on a worker thread with its own connection took
 * them off the event loop, but on this 2-core machine the thread hop and the contention with the clients
 * made the relay latency worse, not better.
 */
import type Database from 'better-sqlite3';
import { closeSync, fdatasync, open } from 'node:fs';

export type FlushPolicy = 'background' | 'before-relay';

/** The statements of the document writes. */
export const DOC_SQL = {
  insertUpdate: 'INSERT INTO doc_updates (project_id, data, created_at) VALUES (?, ?, ?)',
  touchProject: 'UPDATE projects SET updated_at = ? WHERE id = ?',
  upsertSnapshot:
    'INSERT INTO doc_snapshots (project_id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(project_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  deleteUpdates: 'DELETE FROM doc_updates WHERE project_id = ? AND id <= ?',
};

/** A project's "last edited" time is written at most this often while it is being edited. */
export const TOUCH_EVERY_MS = 10_000;

export interface DocWrites {
  append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]>;
  compact(projectId: string, snapshot: Uint8Array, upToId: number, now: number): Promise<void>;
  close(): void;
}

/**
 * Document writes through `db`: a connection of their own at `synchronous = NORMAL` for a file database,
 * or the store's connection for an in-memory one (then `walPath` is null and nothing is flushed).
 */
export class SqliteDocWrites implements DocWrites {
  private readonly lastTouched = new Map<string, number>();
  private readonly appendTx: (batch: { projectId: string; update: Uint8Array }[], now: number) => number[];
  private readonly compactTx: (projectId: string, snapshot: Uint8Array, upTo: number, now: number) => void;
  private readonly flusher: WalFlusher | null;

  /** `walPath`: the WAL file to flush (file databases in WAL mode), null for in-memory stores. */
  constructor(
    private readonly db: Database.Database,
    walPath: string | null,
    private readonly policy: FlushPolicy = 'background',
  ) {
    const insertUpdate = db.prepare(DOC_SQL.insertUpdate);
    const touchProject = db.prepare(DOC_SQL.touchProject);
    const upsertSnapshot = db.prepare(DOC_SQL.upsertSnapshot);
    const deleteUpdates = db.prepare(DOC_SQL.deleteUpdates);
    this.flusher = walPath ? new WalFlusher(walPath) : null;
    this.appendTx = db.transaction((batch: { projectId: string; update: Uint8Array }[], now: number) => {
      const ids: number[] = [];
      const touched = new Set<string>();
      for (const { projectId, update } of batch) {
        ids.push(Number(insertUpdate.run(projectId, Buffer.from(update.buffer, update.byteOffset, update.byteLength), now).lastInsertRowid));
        touched.add(projectId);
      }
      for (const id of touched) {
        if (now - (this.lastTouched.get(id) ?? -Infinity) < TOUCH_EVERY_MS) continue;
        touchProject.run(now, id);
        this.lastTouched.set(id, now);
      }
      return ids;
    });
    this.compactTx = db.transaction((projectId: string, snapshot: Uint8Array, upTo: number, now: number) => {
      upsertSnapshot.run(projectId, Buffer.from(snapshot), now);
      deleteUpdates.run(projectId, upTo);
    });
  }

  /** Resolves once the policy is met: written (`background`, the flush follows within 20 ms) or flushed. */
  private settle<T>(result: T): T | Promise<T> {
    if (!this.flusher) return result;
    if (this.policy === 'before-relay') return this.flusher.flush().then(() => result);
    this.flusher.flushSoon();
    return result;
  }

  async append(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    return this.settle(this.appendTx(batch, now));
  }

  async compact(projectId: string, snapshot: Uint8Array, upTo: number, now: number): Promise<void> {
    this.compactTx(projectId, snapshot, upTo, now);
    await this.settle(undefined);
  }

  close(): void {
    this.flusher?.close();
    if (this.db.open && this.db.name !== ':memory:') this.db.close();
  }
}

/**
 * fdatasync of the WAL file on libuv's thread pool. One at a time; requests made while one runs share the
 * next one (which starts after their writes), and promises resolve in request order. The WAL file is opened
 * on the first flush (SQLite creates it with the first write) and is not replaced while a connection is
 * open: SQLite deletes it only when the last connection closes, and a checkpoint resets it in place.
 */
class WalFlusher {
  private fd: number | null = null;
  private running = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly walPath: string,
    private readonly backgroundFlushMs = 20,
    private readonly onBackgroundError: (e: unknown) => void = (e) => console.error(`Sprout Lab: flushing document updates to disk failed: ${(e as Error).message}`),
  ) {}

  flush(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.start();
    });
  }

  /** A flush within `backgroundFlushMs`, shared by every write until it starts. */
  flushSoon(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(this.onBackgroundError);
    }, this.backgroundFlushMs);
  }

  private start(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.running = true;
    if (this.closed) return this.finish(batch, new Error('the store is closed'));
    if (this.fd !== null) return fdatasync(this.fd, (e) => this.finish(batch, e));
    open(this.walPath, 'r', (e, fd) => {
      if (e) return this.finish(batch, e);
      this.fd = fd;
      fdatasync(fd, (e2) => this.finish(batch, e2));
    });
  }

  private finish(batch: { resolve: () => void; reject: (e: unknown) => void }[], err: unknown): void {
    this.running = false;
    if (this.closed) this.close();
    for (const w of batch) (err ? w.reject(err) : w.resolve());
    if (this.waiting.length) this.start();
  }

  /** Closes the descriptor (after the flush in flight, if any); closing the database syncs the rest. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.closed = true;
    if (this.running || this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
