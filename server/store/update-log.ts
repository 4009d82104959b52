/**
 * The update log: an append-only file in front of SQLite for document updates.
 *
 * Relaying an update requires that it survives a crash of the server first. A SQLite commit costs
 * 50–150 µs of event-loop time (B-tree inserts, WAL frames of whole 4 KB pages); one write() of the update
 * to this log costs ~3 µs and survives a kill -9 just the same (the bytes are in the operating system's
 * hands). The store worker moves logged updates into SQLite in batches (every second, or sooner when
 * asked), hundreds per transaction, off the event loop.
 *
 * Format: records, each [u32 body length][u32 CRC-32 of body][body], body = [f64 seq][u8 project id
 * length][project id, UTF-8][update bytes], little-endian. A record cut short or with a bad checksum (a
 * crash in the middle of a write) ends the readable part of a file.
 *
 * Two files, used in turn: while the records of one are being moved into SQLite (by the store worker,
 * store-worker.ts), new ones go to the other; a file is emptied only after the SQLite commit holding its
 * records is on disk. At start, records of both files whose seq is above the last one SQLite recorded
 * are moved in again.
 */
import { closeSync, fdatasync, fdatasyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface LoggedUpdate {
  seq: number;
  projectId: string;
  update: Uint8Array;
}

const HEADER = 8;

export function encodeRecords(records: LoggedUpdate[]): Buffer {
  // One buffer for the whole batch: ids as UTF-8 measured first, bodies written in place.
  const ids = records.map((r) => {
    const length = Buffer.byteLength(r.projectId, 'utf8');
    if (length > 255) throw new Error(`project id longer than 255 bytes: ${r.projectId.slice(0, 40)}…`);
    return length;
  });
  let size = 0;
  for (let i = 0; i < records.length; i++) size += HEADER + 9 + ids[i] + records[i].update.byteLength;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const bodyLength = 9 + ids[i] + r.update.byteLength;
    const body = at + HEADER;
    out.writeUInt32LE(bodyLength, at);
    out.writeDoubleLE(r.seq, body);
    out.writeUInt8(ids[i], body + 8);
    out.write(r.projectId, body + 9, 'utf8');
    out.set(r.update, body + 9 + ids[i]);
    out.writeUInt32LE(crc32(out.subarray(body, body + bodyLength)), at + 4);
    at = body + bodyLength;
  }
  return out;
}

/** The records of `data` up to the first incomplete or damaged one, and how many bytes they take. */
export function decodeRecords(data: Uint8Array): { records: LoggedUpdate[]; validBytes: number } {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const records: LoggedUpdate[] = [];
  let at = 0;
  while (at + HEADER <= buf.length) {
    const len = buf.readUInt32LE(at);
    if (len < 9 || at + HEADER + len > buf.length) break;
    const body = buf.subarray(at + HEADER, at + HEADER + len);
    if (crc32(body) !== buf.readUInt32LE(at + 4)) break;
    const idLen = body.readUInt8(8);
    if (9 + idLen > len) break;
    records.push({ seq: body.readDoubleLE(0), projectId: body.toString('utf8', 9, 9 + idLen), update: new Uint8Array(body.subarray(9 + idLen)) });
    at += HEADER + len;
  }
  return { records, validBytes: at };
}

export class UpdateLog {
  private readonly fds: [number, number];
  /** Files written since their last fdatasync began. */
  private readonly dirty = [false, false];
  private active = 0;
  /** The file rotated out, until its records are in SQLite and it is empty again. */
  private handedOver: number | null = null;
  private syncing = false;
  private closed = false;
  private syncWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  /** Records left over from the previous run (both files), in seq order, until `recovered()` empties the files. */
  readonly leftover: LoggedUpdate[];

  constructor(readonly paths: [string, string]) {
    const found: LoggedUpdate[] = [];
    this.fds = paths.map((p) => {
      let data: Buffer;
      try {
        data = readFileSync(p);
      } catch {
        data = Buffer.alloc(0);
      }
      found.push(...decodeRecords(data).records); // a torn tail from a crash mid-write is left out
      return openSync(p, 'a+');
    }) as [number, number];
    this.leftover = found.sort((a, b) => a.seq - b.seq);
  }

  /** Empties both files: their records are committed and synced in SQLite (or discarded). */
  recovered(): void {
    for (const fd of this.fds) ftruncateSync(fd, 0);
    this.leftover.length = 0;
  }

  /** Writes the records to the active file (one write() call); they survive a kill -9 when this returns. */
  append(records: LoggedUpdate[]): void {
    writeSync(this.fds[this.active], encodeRecords(records));
    this.dirty[this.active] = true;
  }

  /**
   * Hands the active file over (its records are to move into SQLite; new ones go to the other file) and
   * returns its index, or null while the other file is still handed over.
   */
  rotate(): number | null {
    if (this.handedOver !== null) return null;
    this.handedOver = this.active;
    this.active = 1 - this.active;
    return this.handedOver;
  }

  /** The handed-over file has been moved into SQLite and emptied: it can take records again. */
  returned(): void {
    this.handedOver = null;
  }

  /** Resolves when every record appended before the call is on disk (fdatasync on the thread pool, coalesced). */
  sync(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the update log is closed'));
    return new Promise<void>((resolve, reject) => {
      this.syncWaiters.push({ resolve, reject });
      if (!this.syncing) this.startSync();
    });
  }

  private startSync(): void {
    const batch = this.syncWaiters;
    this.syncWaiters = [];
    this.syncing = true;
    // Each file written since its last sync (a record may have gone to either).
    const fds = this.fds.filter((_, i) => this.dirty[i]);
    this.dirty.fill(false);
    let left = Math.max(1, fds.length);
    let failure: unknown = null;
    const done = (e: unknown) => {
      if (e) failure = e;
      if (--left > 0) return;
      this.syncing = false;
      for (const w of batch) (failure ? w.reject(failure) : w.resolve());
      if (this.syncWaiters.length) this.startSync();
    };
    if (this.closed) return done(new Error('the update log is closed'));
    if (!fds.length) return done(null);
    for (const fd of fds) fdatasync(fd, done);
  }

  /** Flushes and closes both files (shutdown); what they hold moves into SQLite at the next start. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const fd of this.fds) {
      try {
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
}
