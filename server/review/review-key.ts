/**
 * The school's review key: a 32-byte secret kept in a file outside the database, with which the server
 * signs (HMAC-SHA256, node:crypto) every review-log entry, each project's head, the store-wide count of
 * entries, and the receipts people keep. Someone who can edit the database but not read this file cannot
 * re-hash a changed log so that it verifies again, nor move a head back, nor hide a deleted log.
 *
 * Where: REVIEW_KEY_FILE, by default `<DATA_DIR>.review-key` — next to the data directory, not in it,
 * so a copy or backup of the data directory does not carry the key (back the key up separately: without
 * it the signatures cannot be checked). Written once, mode 0600, through a temporary file and a rename.
 *
 * Receipts: a short code for one entry of one project's log (`12-K3F9Q-7XW2M`: the entry number, then
 * 10 Crockford base-32 characters of an HMAC of the project, number and entry hash), shown on decisions
 * and portfolios. `npm run verify-reviews -- --receipt <code>` finds the entry again, or says that the
 * entry it was issued for is gone or changed — which catches even a rewrite by someone holding the key.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const FORMAT = 'sprout-review-key';
const KEY_BYTES = 32;

export class ReviewKeyError extends Error {}

/** What a signature is about; each purpose signs its own kind of statement (domain separation). */
type Purpose = 'entry' | 'head' | 'legacy' | 'totals' | 'receipt';

export class ReviewKey {
  /** A short public name of the key (SHA-256 of the secret, 12 hex digits), stored with every signature. */
  readonly id: string;

  private constructor(private readonly secret: Buffer) {
    this.id = createHash('sha256').update('sprout-review-key-id\0').update(secret).digest('hex').slice(0, 12);
  }

  static generate(): ReviewKey {
    return new ReviewKey(randomBytes(KEY_BYTES));
  }

  /** Reads the file's text; throws ReviewKeyError naming the file when it is not a key. */
  static parse(text: string, path: string): ReviewKey {
    let secret: Buffer | undefined;
    try {
      const j = JSON.parse(text) as { format?: unknown; version?: unknown; key?: unknown };
      if (j.format === FORMAT && j.version === 1 && typeof j.key === 'string') secret = Buffer.from(j.key, 'base64url');
    } catch {
      /* reported below */
    }
    if (!secret || secret.length !== KEY_BYTES) throw new ReviewKeyError(`${path} is not a Sprout Lab review key (expected JSON with format "${FORMAT}", version 1 and a ${KEY_BYTES}-byte key)`);
    return new ReviewKey(secret);
  }

  fileText(createdAt = new Date()): string {
    return JSON.stringify({ format: FORMAT, version: 1, created: createdAt.toISOString(), key: this.secret.toString('base64url') }) + '\n';
  }

  private mac(purpose: Purpose, parts: readonly (string | number)[]): Buffer {
    const h = createHmac('sha256', this.secret).update(`sprout-review/${purpose}`);
    for (const p of parts) h.update('\0').update(String(p));
    return h.digest();
  }

  sign(purpose: Exclude<Purpose, 'receipt'>, ...parts: (string | number)[]): string {
    return this.mac(purpose, parts).toString('hex');
  }

  verify(purpose: Exclude<Purpose, 'receipt'>, sig: string | null | undefined, ...parts: (string | number)[]): boolean {
    if (typeof sig !== 'string' || !/^[0-9a-f]{64}$/.test(sig)) return false;
    return timingSafeEqual(Buffer.from(sig, 'hex'), this.mac(purpose, parts));
  }

  /** The receipt code of entry `seq` (with hash `hash`) of a project's log. */
  receipt(projectId: string, seq: number, hash: string): string {
    const code = crockford(this.mac('receipt', [projectId, seq, hash])).slice(0, 10);
    return `${seq}-${code.slice(0, 5)}-${code.slice(5)}`;
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function crockford(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/**
 * A receipt as someone typed it (any case, spaces, O for 0, I or L for 1), or null when it is not one.
 * Returns the entry number and the canonical form.
 */
export function parseReceipt(text: string): { seq: number; code: string } | null {
  const s = text.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const m = /^(\d{1,9})-?([0-9A-HJKMNP-TV-Z]{5})-?([0-9A-HJKMNP-TV-Z]{5})$/.exec(s);
  if (!m) return null;
  const seq = Number(m[1]);
  return seq >= 1 ? { seq, code: `${seq}-${m[2]}-${m[3]}` } : null;
}

export const defaultReviewKeyFile = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, '')}.review-key`;

/** The file's key, or undefined when there is no file. Warns (through `warn`) when others may read it. */
export function readReviewKey(path: string, warn: (message: string) => void = () => {}): ReviewKey | undefined {
  if (!existsSync(path)) return undefined;
  const key = ReviewKey.parse(readFileSync(path, 'utf8'), path);
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    warn(`the review key ${path} can be read by other users of this machine (mode ${(statSync(path).mode & 0o777).toString(8)}); run: chmod 600 ${path}`);
  }
  return key;
}

/** Writes `key` to `path` (mode 0600) durably: a temporary file, fsync, then rename (and fsync of the folder). */
export function writeReviewKey(path: string, key: ReviewKey, tmpPath = `${path}.new`): void {
  writeFileDurably(tmpPath, key.fileText());
  commitReviewKey(tmpPath, path);
}

export function writeFileDurably(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600, flag: 'w' });
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Moves a written temporary key file into place. */
export function commitReviewKey(tmpPath: string, path: string): void {
  renameSync(tmpPath, path);
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some systems cannot fsync a folder; the rename itself is atomic */
  }
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}
