/**
 * WAL checkpoints on a worker thread.
 *
 * SQLite checkpoints automatically inside the commit that pushes the WAL past 1000 pages
 * (https://www.sqlite.org/wal.html#automatic_checkpoint), on the thread that commits, and a checkpoint
 * syncs the WAL and then the database file: under a steady stream of document updates that is two fsyncs
 * on the event loop every half second, each stalling every connection for the disk's flush time. So the
 * server's connection turns automatic checkpoints off and this worker, with its own connection to the same
 * file, runs a PASSIVE checkpoint every `intervalMs` (PASSIVE never waits for the writer or readers;
 * what it cannot copy yet it copies next time; it takes no lock a writer needs). Once everything is
 * copied, the next commit starts the WAL over from its beginning, and the server's `journal_size_limit`
 * truncates a WAL file that grew large meanwhile.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
let passive = null;
function checkpoint(reply) {
  try {
    if (!db) {
      db = new Database(workerData.path, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = FULL');
      passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
    }
    const result = passive.get();
    if (reply) parentPort.postMessage({ ok: true, result });
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String(e && e.message || e) });
  }
}
const timer = setInterval(() => checkpoint(false), workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m === 'now') checkpoint(true);
  if (m === 'close') { clearInterval(timer); if (db) db.close(); parentPort.close(); }
});
`;

export interface CheckpointResult {
  /** 1 if the checkpoint could not finish (a reader or writer was in the way). */
  busy: number;
  log: number;
  checkpointed: number;
}

export class Checkpointer {
  private readonly worker: Worker;
  private readonly waiting: ((r: CheckpointResult) => void)[] = [];

  constructor(
    path: string,
    opts: { intervalMs?: number; onError?: (message: string) => void } = {},
  ) {
    const onError = opts.onError ?? ((m) => console.error(`Sprout Lab: WAL checkpoint failed: ${m}`));
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, driver: createRequire(import.meta.url).resolve('better-sqlite3'), intervalMs: opts.intervalMs ?? 1000 },
    });
    this.worker.unref();
    this.worker.on('message', (m: { ok: true; result: CheckpointResult } | { ok: false; message: string }) => {
      if (!m.ok) return onError(m.message);
      this.waiting.shift()?.(m.result);
    });
    this.worker.on('error', (e) => onError(e.message));
  }

  /** A checkpoint now (tests). */
  now(): Promise<CheckpointResult> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage('now');
    });
  }

  /**
   * Stops the worker: it closes its connection after the checkpoint in progress, if any (and, being the
   * last connection when the server's closed first, checkpoints and removes the WAL).
   */
  close(): void {
    this.worker.postMessage('close');
  }
}
