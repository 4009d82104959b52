/**
 * Group commit for document updates. One store write is in flight at a time; every update that arrives
 * meanwhile goes into the next write: one store call (and one flush) for all of them. When idle, the
 * write starts at the end of the current task (a microtask), so an update waits for no other event-loop
 * phase. Each caller's promise resolves only when its update is stored (see the store's flush policy).
 * Writes follow one another, so row order equals arrival order. Rooms use it when the store cannot store
 * an update synchronously (`SYNC_FLUSH=before-relay`) or when work is queued ahead of the update;
 * otherwise they call the store's `appendNow` directly (room.ts).
 *
 * Waiting for the write in flight costs an update nothing: its own flush could not start before the
 * previous one ends anyway (a flush covers only what was written before it began), so batching behind it
 * only saves transactions.
 *
 * A store whose every write is a round trip to a server (PostgreSQL) also sets `appendGapMs`: a write
 * starts at least that long after the previous one started. An update arriving after a quiet moment is
 * written at once; under a steady stream each waits at most that long and each write carries more of
 * them. A statement and its commit cost the database and this process far more than a row does, so
 * the cluster at 4 000 updates a second spent a fifth of its CPU on the INSERTs of batches of one or two.
 */
import type { DocStore } from '../store/store';

interface Pending {
  projectId: string;
  update: Uint8Array;
  resolve: (id: number) => void;
  reject: (e: unknown) => void;
}

export class UpdateJournal {
  private pending: Pending[] = [];
  private scheduled = false;
  private writing: Promise<void> | null = null;
  /** Updates waiting or being written. */
  inFlight = 0;
  /** When the last write started (performance.now()). */
  private lastStart = -Infinity;
  private readonly gapMs: number;

  constructor(
    private readonly docs: DocStore,
    readonly now: () => number = Date.now,
  ) {
    this.gapMs = docs.appendGapMs ?? 0;
  }

  append(projectId: string, update: Uint8Array): Promise<number> {
    this.inFlight++;
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ projectId, update, resolve, reject });
      if (!this.scheduled && !this.writing) {
        this.scheduled = true;
        queueMicrotask(() => this.write());
      }
    }).finally(() => this.inFlight--);
  }

  /** Starts the next write now, or at the end of the gap since the last one (`force`: now, for drain). */
  private write(force = false): void {
    this.scheduled = false;
    if (this.writing || !this.pending.length) return;
    const wait = this.lastStart + this.gapMs - performance.now();
    if (wait > 0 && !force) {
      this.scheduled = true;
      setTimeout(() => this.write(), wait);
      return;
    }
    this.lastStart = performance.now();
    const batch = this.pending;
    this.pending = [];
    let written: Promise<number[]>;
    try {
      written = this.docs.appendUpdates(
        batch.map(({ projectId, update }) => ({ projectId, update })),
        this.now(),
      );
    } catch (e) {
      written = Promise.reject(e);
    }
    this.writing = written.then(
      (ids) => batch.forEach((p, i) => p.resolve(ids[i])),
      (e: unknown) => batch.forEach((p) => p.reject(e)),
    );
    void this.writing.then(() => {
      this.writing = null;
      this.write(); // everything that arrived during this write, as one batch
    });
  }

  /** Resolves when everything appended so far is on disk (or failed). */
  async drain(): Promise<void> {
    for (;;) {
      if (this.writing) await this.writing;
      else if (this.pending.length) this.write(true);
      else return;
    }
  }
}
