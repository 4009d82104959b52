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
import { closeSync, fdatasync, openSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class WalSync {
  private fd: number | null = null;
  private ino = -1;
  private running = false;
  private waiting: Waiter[] = [];

  constructor(
    private readonly db: Database.Database,
    private readonly walPath: string,
  ) {}

  /** Runs `write` (synchronous, e.g. a better-sqlite3 transaction) unflushed, then resolves once it is on disk. */
  async commit<T>(write: () => T): Promise<T> {
    this.db.pragma('synchronous = NORMAL');
    let result: T;
    try {
      result = write();
    } finally {
      this.db.pragma('synchronous = FULL');
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

  private start(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.running = true;
    let fd: number;
    try {
      fd = this.walFd();
    } catch (e) {
      this.finish(batch, e);
      return;
    }
    fdatasync(fd, (err) => this.finish(batch, err));
  }

  private finish(batch: Waiter[], err: unknown): void {
    this.running = false;
    for (const w of batch) (err ? w.reject(err) : w.resolve());
    if (this.waiting.length) this.start();
  }

  /** The WAL file's descriptor, reopened if the file was replaced (SQLite deletes it when the last connection closes). */
  private walFd(): number {
    const { ino } = statSync(this.walPath);
    if (this.fd === null || ino !== this.ino) {
      if (this.fd !== null) closeSync(this.fd);
      this.fd = openSync(this.walPath, 'r');
      this.ino = ino;
    }
    return this.fd;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
