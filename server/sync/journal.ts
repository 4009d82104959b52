/**
 * Group commit for document updates: every update that arrives in one turn of the event loop goes into
 * one store transaction (one fsync), and each caller's promise resolves only when its update is on disk.
 * Batches are committed one after another, so row order equals arrival order.
 */
import type { DocStore } from '../store/store';

interface Pending {
  projectId: string;
  update: Uint8Array;
  resolve: (id: number) => void;
  reject: (e: unknown) => void;
}

export class UpdateJournal {
  private batch: Pending[] = [];
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  /** Updates waiting or being written. */
  inFlight = 0;

  constructor(
    private readonly docs: DocStore,
    private readonly now: () => number = Date.now,
  ) {}

  append(projectId: string, update: Uint8Array): Promise<number> {
    this.inFlight++;
    return new Promise<number>((resolve, reject) => {
      this.batch.push({ projectId, update, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    }).finally(() => this.inFlight--);
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.batch;
    this.batch = [];
    if (!batch.length) return;
    this.chain = this.chain.then(async () => {
      try {
        const ids = await this.docs.appendUpdates(batch.map(({ projectId, update }) => ({ projectId, update })), this.now());
        batch.forEach((p, i) => p.resolve(ids[i]));
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
    });
  }

  /** Resolves when everything appended so far is on disk (or failed). */
  async drain(): Promise<void> {
    if (this.scheduled) this.flush();
    await this.chain;
  }
}
