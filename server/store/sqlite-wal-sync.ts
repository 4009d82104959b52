/**
 * Durable commits without blocking the event loop, for the hot path (document updates).
 *
 * With `synchronous = FULL` in WAL mode SQLite calls fsync on the WAL inside every commit, on the main
 * thread: each batch of updates stalls the server for the disk's flush time (2–8 ms here). Instead, a hot
 * write commits with `synchronous = NORMAL` (the frames reach the WAL file with write(), no flush) and then
 * waits for an fdatasync of the WAL file run on libuv's thread pool. Only when that flush returns is the
 * write reported done, so the guarantee is the one FULL gives: on disk before the promise resolves.
 *
 * Why that is enough (https://www.sqlite.org/pragma.html#pragma_synchronous, https://www.sqlite.org/wal.html):
 * a commit is a run of frames appended to the WAL, ending in a commit frame; after a crash, recovery keeps
 * every transaction whose frames are in the file with valid checksums. fdatasync after the commit's writes
 * puts those frames on disk. In NORMAL mode SQLite still syncs the WAL before each checkpoint, the database
 * after it, and the WAL header when the file is reused, so checkpoints never lose a synced commit.
 *
 * Flushes are coalesced: one fdatasync at a time; requests made while one runs share the next one (which
 * starts after their writes), and promises resolve in request order.
 */
import { closeSync, fdatasync, open } from 'node:fs';
import type Database from 'better-sqlite3';

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class WalSync {
  private fd: number | null = null;
  private running = false;
  private closed = false;
  private waiting: Waiter[] = [];
  private readonly normal: Database.Statement;
  private readonly full: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly walPath: string,
  ) {
    // Prepared once: db.pragma() would prepare a statement on every call.
    this.normal = db.prepare('PRAGMA synchronous = NORMAL');
    this.full = db.prepare('PRAGMA synchronous = FULL');
  }

  /** Runs `write` (synchronous, e.g. a better-sqlite3 transaction) unflushed, then resolves once it is on disk. */
  async commit<T>(write: () => T): Promise<T> {
    this.normal.run();
    let result: T;
    try {
      result = write();
    } finally {
      this.full.run();
    }
    await this.flush();
    return result;
  }

  /** Resolves when everything written to the WAL before this call is on disk. */
  flush(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.start();
    });
  }

  /**
   * One fdatasync on the thread pool. The WAL file is opened once, on the first flush (SQLite creates it
   * with the first write). It cannot be replaced while this store is open: SQLite deletes the WAL only when
   * the last connection to the database closes (https://www.sqlite.org/wal.html#the_wal_file), and this
   * store's connection stays open as long as this object is used; a checkpoint truncates it in place.
   */
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

  private finish(batch: Waiter[], err: unknown): void {
    this.running = false;
    if (this.closed) this.close();
    for (const w of batch) (err ? w.reject(err) : w.resolve());
    if (this.waiting.length) this.start();
  }

  /** Closes the WAL descriptor (after the flush in flight, if any). */
  close(): void {
    this.closed = true;
    if (this.running || this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
