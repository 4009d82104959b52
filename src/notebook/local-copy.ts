/**
 * A project's Y.Doc kept in this browser (local-store.ts), so a notebook opens, and can be edited,
 * without the network. Replaces y-indexeddb's IndexeddbPersistence (same database layout) because
 * the copy is read by the app's entry chunk, in parallel with loading the notebook's code, and only
 * applied here (one Yjs transaction, origin: this LocalCopy).
 */
import * as Y from 'yjs';
import { appendUpdate, replaceWithState, writeUnsent, type StoredCopy } from './local-store';

/** Like y-indexeddb: past this many stored updates, they are merged into one. */
export const MERGE_AFTER_UPDATES = 500;
const MERGE_DELAY_MS = 1000;

export class LocalCopy {
  private db: IDBDatabase | null = null;
  private nextKey = 0;
  private count = 0;
  private keeping = false;
  private destroyed = false;
  /** Local changes not yet sent, as stored. */
  private unsent = 0;
  private mergeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Writes in flight (for tests and for a clean close). */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly doc: Y.Doc,
    private readonly stored: Promise<StoredCopy>,
  ) {}

  /** Applies the stored copy to the document; resolves with whether there was one. */
  async load(): Promise<boolean> {
    const copy = await this.stored;
    if (this.destroyed) return false;
    this.db = copy.db;
    this.nextKey = copy.nextKey;
    this.unsent = copy.unsent;
    this.count = copy.updates.length;
    if (copy.updates.length > 0) {
      Y.transact(this.doc, () => {
        for (const u of copy.updates) Y.applyUpdate(this.doc, u);
      }, this);
    }
    return copy.updates.length > 0;
  }

  /** From now on every change to the document (other than the copy's own) is stored as it happens. */
  keep(): void {
    if (this.keeping || this.destroyed) return;
    this.keeping = true;
    this.doc.on('update', this.onUpdate);
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || !this.db) return;
    this.write(appendUpdate(this.db, update));
    if (++this.count >= MERGE_AFTER_UPDATES && this.mergeTimer === undefined) {
      this.mergeTimer = setTimeout(() => {
        this.mergeTimer = undefined;
        void this.storeState();
      }, MERGE_DELAY_MS);
    }
  };

  private write(p: Promise<unknown>): Promise<unknown> {
    // a failed write (quota, a closed database) must not stop the next ones; the server has the change
    this.writes = this.writes.then(() => p).catch(() => undefined);
    return this.writes;
  }

  /**
   * Stores the whole document as one update in place of everything stored (after taking in what
   * other tabs stored meanwhile). Used after a first visit and when the stored updates pile up.
   */
  async storeState(): Promise<void> {
    const db = this.db;
    if (!db || this.destroyed) return;
    await this.write(
      replaceWithState(db, this.nextKey, (newer) => {
        if (newer.length) Y.transact(this.doc, () => newer.forEach((u) => Y.applyUpdate(this.doc, u)), this);
        return Y.encodeStateAsUpdate(this.doc);
      }).then((next) => {
        this.nextKey = next;
        this.count = 1;
      }),
    );
  }

  /**
   * Remembers how many changes wait to be sent to the server (the notebook's pending count), so that
   * log-out can say so even offline and after the notebook was closed (local-copy-logout.ts).
   */
  get unsentChanges(): number {
    return this.unsent;
  }

  setUnsent(n: number): void {
    if (this.db && !this.destroyed && n !== this.unsent) {
      this.unsent = n;
      void this.write(writeUnsent(this.db, n));
    }
  }

  /** Resolves when the writes made so far are stored. */
  flushed(): Promise<unknown> {
    return this.writes;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.mergeTimer);
    this.doc.off('update', this.onUpdate);
    const db = this.db;
    void this.writes.then(() => db?.close());
  }
}
