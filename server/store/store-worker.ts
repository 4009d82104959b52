/**
 * The store's worker thread: everything about document storage that need not happen on the event loop.
 *
 * - Ingest: moves the records of a rotated-out update-log file into SQLite (one transaction, ids = seqs,
 *   with the bookmark of the last seq moved in), makes that commit durable (fdatasync of the WAL), then
 *   empties the file. Compactions go through here as well, so the worker is the only writer of
 *   doc_updates and doc_snapshots.
 * - Background flush: every `syncMs`, an fdatasync of each update-log file that grew since its last one.
 * - Checkpoints: SQLite checkpoints automatically inside the commit that pushes the WAL past 1000 pages,
 *   on the committing thread, and a checkpoint syncs the WAL and the database file. The server's
 *   connection turns that off and this worker runs a PASSIVE checkpoint every `checkpointMs` (PASSIVE
 *   never waits for the writer or readers; what it cannot copy yet it copies next time).
 *
 * The worker is plain JavaScript in a string, so it needs no TypeScript loader wherever the server runs
 * (tsx, Vitest). Its record decoder mirrors decodeRecords in update-log.ts; the crash tests in
 * sqlite-doc-writer.test.ts go through both.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { crc32 } = require('node:zlib');
const Database = require(workerData.driver);
const { path, logPaths, sql, touchEveryMs, syncMs, checkpointMs, background } = workerData;

const db = new Database(path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
db.pragma('wal_autocheckpoint = 0');
db.pragma('synchronous = NORMAL');
db.pragma('journal_size_limit = ' + 64 * 1024 * 1024);
const insert = db.prepare(sql.insert);
const touch = db.prepare(sql.touch);
const readBookmark = db.prepare(sql.readBookmark);
const bookmark = db.prepare(sql.writeBookmark);
const upsertSnapshot = db.prepare(sql.upsertSnapshot);
const deleteUpdates = db.prepare(sql.deleteUpdates);
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const lastTouched = new Map();

// Mirrors decodeRecords in update-log.ts: [u32 len][u32 crc32(body)][body = f64 seq, u8 id length, id, update].
function decode(buf) {
  const out = [];
  let at = 0;
  while (at + 8 <= buf.length) {
    const len = buf.readUInt32LE(at);
    if (len < 9 || at + 8 + len > buf.length) break;
    const body = buf.subarray(at + 8, at + 8 + len);
    if (crc32(body) !== buf.readUInt32LE(at + 4)) break;
    const idLen = body.readUInt8(8);
    if (9 + idLen > len) break;
    out.push({ seq: body.readDoubleLE(0), projectId: body.toString('utf8', 9, 9 + idLen), update: body.subarray(9 + idLen) });
    at += 8 + len;
  }
  return out;
}

const ingestTx = db.transaction((all, now) => {
  const done = (readBookmark.get() || { v: 0 }).v;
  const records = all.filter((r) => r.seq > done);
  const touched = new Set();
  for (const r of records) {
    insert.run(r.seq, r.projectId, r.update, now, r.projectId);
    touched.add(r.projectId);
  }
  for (const id of touched) {
    if (now - (lastTouched.get(id) ?? -Infinity) < touchEveryMs) continue;
    touch.run(now, id);
    lastTouched.set(id, now);
  }
  if (records.length) bookmark.run(records[records.length - 1].seq);
  return records.length;
});
const compactTx = db.transaction((projectId, snapshot, upTo, now) => {
  upsertSnapshot.run(projectId, snapshot, now);
  deleteUpdates.run(projectId, upTo);
});

let walFd = null;
function syncWal() {
  if (walFd === null && fs.existsSync(path + '-wal')) walFd = fs.openSync(path + '-wal', 'r');
  if (walFd !== null) fs.fdatasyncSync(walFd);
}

const logFds = logPaths.map((p) => fs.openSync(p, 'r+'));
const syncedSize = logPaths.map(() => 0);
function syncLogs() {
  for (let i = 0; i < logFds.length; i++) {
    const size = fs.fstatSync(logFds[i]).size;
    if (size === syncedSize[i]) continue;
    fs.fdatasyncSync(logFds[i]);
    syncedSize[i] = size;
  }
}

function handle(m) {
  if (m.op === 'ingest') {
    const count = ingestTx(decode(fs.readFileSync(logPaths[m.file])), m.now);
    syncWal();
    fs.ftruncateSync(logFds[m.file], 0);
    syncedSize[m.file] = 0;
    return { count };
  }
  if (m.op === 'compact') {
    compactTx(m.projectId, Buffer.from(m.snapshot.buffer, m.snapshot.byteOffset, m.snapshot.byteLength), m.upTo, m.now);
    return {};
  }
  if (m.op === 'checkpoint') return checkpoint.get();
  throw new Error('unknown request ' + m.op);
}

const timers = [setInterval(() => safely(() => checkpoint.get()), checkpointMs)];
if (background) timers.push(setInterval(() => safely(syncLogs), syncMs));
function safely(fn) {
  try { fn(); } catch (e) { parentPort.postMessage({ seq: -1, error: String((e && e.message) || e) }); }
}

parentPort.on('message', (m) => {
  if (m.op === 'close') {
    for (const t of timers) clearInterval(t);
    safely(syncLogs);
    db.close();
    parentPort.postMessage({ seq: m.seq, result: {} });
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ seq: m.seq, result: handle(m) });
  } catch (e) {
    parentPort.postMessage({ seq: m.seq, error: String((e && e.message) || e) });
  }
});
`;

export interface CheckpointResult {
  /** 1 if the checkpoint could not finish (a reader or writer was in the way). */
  busy: number;
  log: number;
  checkpointed: number;
}

interface Reply {
  seq: number;
  result?: unknown;
  error?: string;
}

export interface StoreWorkerOptions {
  /** The database file (WAL mode, schema applied). */
  path: string;
  /** The two update-log files (they must exist). */
  logPaths: [string, string];
  /** The statements (LOG_SQL in sqlite-doc-writer.ts). */
  sql: Record<string, string>;
  touchEveryMs: number;
  /** Flush the log files every `syncMs` (the 'background' policy), or not at all (the event loop does it). */
  background: boolean;
  syncMs?: number;
  checkpointMs?: number;
  onError?: (message: string) => void;
}

export class StoreWorker {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, (r: Reply) => void>();
  private closing = false;
  private dead: Error | null = null;
  private readonly exited: Promise<void>;

  constructor(opts: StoreWorkerOptions) {
    const onError = opts.onError ?? ((m) => console.error(`Sprout Lab: store worker: ${m}`));
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: opts.path,
        logPaths: opts.logPaths,
        sql: opts.sql,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        touchEveryMs: opts.touchEveryMs,
        background: opts.background,
        syncMs: opts.syncMs ?? 20,
        checkpointMs: opts.checkpointMs ?? 1000,
      },
    });
    this.worker.unref();
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('message', (r: Reply) => {
      if (r.seq === -1) return onError(r.error ?? 'unknown error');
      const resolve = this.pending.get(r.seq);
      this.pending.delete(r.seq);
      resolve?.(r);
    });
    const fail = (e: Error) => {
      this.dead = e;
      if (!this.closing) onError(e.message);
      for (const resolve of this.pending.values()) resolve({ seq: -1, error: e.message });
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('the store worker has stopped')));
  }

  private request<T>(message: Record<string, unknown>): Promise<T> {
    if (this.dead) return Promise.reject(this.dead);
    const seq = ++this.seq;
    return new Promise<Reply>((resolve) => {
      this.pending.set(seq, resolve);
      this.worker.postMessage({ ...message, seq });
    }).then((r) => {
      if (r.error !== undefined) throw new Error(`document storage failed: ${r.error}`);
      return r.result as T;
    });
  }

  /** Moves log file `file` into SQLite durably and empties it. Requests run in the order made. */
  ingest(file: number, now: number): Promise<{ count: number }> {
    return this.request({ op: 'ingest', file, now });
  }

  compact(projectId: string, snapshot: Uint8Array, upTo: number, now: number): Promise<void> {
    return this.request({ op: 'compact', projectId, snapshot, upTo, now });
  }

  checkpoint(): Promise<CheckpointResult> {
    return this.request({ op: 'checkpoint' });
  }

  /**
   * Stops the worker after the requests already made (it flushes the log files and closes its
   * connection, which removes SQLite's -wal and -shm files). Resolves when the thread has exited.
   */
  close(): Promise<void> {
    if (!this.closing && !this.dead) {
      this.closing = true;
      this.worker.ref(); // the process now waits for the worker to finish, instead of exiting under it
      this.worker.postMessage({ op: 'close', seq: ++this.seq });
    }
    return this.exited;
  }
}
