/**
 * The per-project review log is a hash chain: every entry carries the SHA-256 of the entry before it,
 * and its own hash is SHA-256 over a canonical JSON of the entry including that `prevHash`. Editing,
 * reordering or removing an entry in the middle breaks every hash after it. The chain alone cannot tell
 * a log re-hashed after an edit, nor one cut short at the end: the server also signs every entry, the
 * head and a store-wide count with the school's review key (review-key.ts), and each entry carries the
 * hash of the record it wrote (record-kinds.ts); review-audit.ts checks all of it.
 */
import { createHash } from 'node:crypto';
import type { ReviewEventType } from './record-kinds';

export { REVIEW_EVENT_TYPES, type ReviewEventType } from './record-kinds';

export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** An entry as it is hashed (everything but its own hash). */
export interface ChainEntryBody {
  projectId: string;
  /** 1, 2, 3 … within the project. */
  seq: number;
  type: ReviewEventType;
  actorId: number;
  /** Milliseconds since 1970 (UTC). */
  at: number;
  payload: { [k: string]: JsonValue };
  prevHash: string;
}

export interface ChainEntry extends ChainEntryBody {
  hash: string;
}

/** An entry as stored: with the review key's signature of its hash (null for entries written before signing began). */
export interface StoredChainEntry extends ChainEntry {
  keyId: string | null;
  sig: string | null;
}

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace, so the same
 * value always gives the same bytes. Non-finite numbers and non-JSON values are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function entryHash(body: ChainEntryBody): string {
  const { projectId, seq, type, actorId, at, payload, prevHash } = body;
  return sha256Hex(canonicalJson({ projectId, seq, type, actorId, at, payload, prevHash }));
}

/** The next entry after `last` (or the first one when `last` is null). */
export function nextEntry(last: ChainEntry | null, e: Omit<ChainEntryBody, 'seq' | 'prevHash'>): ChainEntry {
  const body: ChainEntryBody = { ...e, seq: last ? last.seq + 1 : 1, prevHash: last ? last.hash : GENESIS_HASH };
  return { ...body, hash: entryHash(body) };
}

export type ChainCheck =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Checks one project's entries in seq order: numbering, links, each entry's own hash, and, given the head
 * recorded when the newest entry was written, that the log still reaches it (nothing removed from the end).
 */
export function verifyChain(entries: readonly ChainEntry[], head?: { seq: number; hash: string }): ChainCheck {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const n = i + 1;
    if (e.seq !== n) return { ok: false, entries: entries.length, brokenAt: n, reason: `entry ${n} is numbered ${e.seq}` };
    if (e.prevHash !== prev) return { ok: false, entries: entries.length, brokenAt: n, reason: `entry ${n} does not link to entry ${n - 1}` };
    let h: string;
    try {
      h = entryHash(e);
    } catch (err) {
      return { ok: false, entries: entries.length, brokenAt: n, reason: `entry ${n} cannot be hashed: ${(err as Error).message}` };
    }
    if (h !== e.hash) return { ok: false, entries: entries.length, brokenAt: n, reason: `entry ${n} was changed after it was written (hash mismatch)` };
    prev = e.hash;
  }
  const n = entries.length;
  if (head && (head.seq !== n || head.hash !== prev)) {
    const reason = head.seq > n ? `the log ends at entry ${n} but entry ${head.seq} was written (entries removed from the end)` : `the log does not end at its recorded head, entry ${head.seq}`;
    return { ok: false, entries: n, brokenAt: Math.min(head.seq, n) + 1, reason };
  }
  return { ok: true, entries: n, headHash: prev };
}
