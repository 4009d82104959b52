/**
 * The signed review log in SQLite: each project's hash chain (`review_log`), its head, the seal of a log
 * written before signing began, and the store-wide count of entries — every one signed with the review
 * key (server/review/review-key.ts), and every entry carrying the SHA-256 of the record it wrote.
 *
 * The key file is created with the first review event (or, for a database that already has a log from
 * before signing, when the store opens: the old logs are sealed in the same step, so that they verify as
 * "unsigned (legacy)"). A store whose key file has gone missing while its log is signed does not open:
 * a new key would make every old signature look forged.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { nextEntry, type StoredChainEntry } from '../review/hash-chain';
import { factSha256, recordKeyOf } from '../review/record-kinds';
import { commitReviewKey, readReviewKey, removeQuietly, ReviewKey, ReviewKeyError, writeFileDurably, writeReviewKey } from '../review/review-key';
import type { LegacySeal, LogHead, LogTotals, ReviewEvent } from './review-records';
import type { SqliteReviewFacts } from './sqlite-review-facts';
import { toEntry, type LogRow } from './sqlite-review-rows';


export interface ReviewKeyOptions {
  /** The key file; null for a throwaway key kept in memory (':memory:' stores). */
  file: string | null;
  /** false: only read the key (tools beside a live server); nothing can be appended then. */
  writable: boolean;
  warn?: (message: string) => void;
}

export class SqliteReviewLog {
  private currentKey: ReviewKey | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly facts: SqliteReviewFacts,
    private readonly keyOpts: ReviewKeyOptions,
  ) {
    this.currentKey = this.openKey();
  }

  /** The review key, when there is one yet. */
  get key(): ReviewKey | undefined {
    return this.currentKey;
  }

  private openKey(): ReviewKey | undefined {
    const { file, writable } = this.keyOpts;
    if (file === null) return ReviewKey.generate();
    const warn = this.keyOpts.warn ?? ((m: string) => console.warn(`review key: ${m}`));
    const tmp = `${file}.new`;
    const key = readReviewKey(file, warn);
    if (key) {
      if (writable) removeQuietly(tmp); // left over by a start that stopped after writing the file
      return key;
    }
    const signedBy = this.signedKeyIds();
    if (writable && existsSync(tmp)) {
      // a start that sealed the old logs and stopped before moving the key into place
      const pending = readReviewKey(tmp);
      if (pending && signedBy.length > 0 && signedBy.every((id) => id === pending.id)) {
        commitReviewKey(tmp, file);
        return pending;
      }
      removeQuietly(tmp);
    }
    if (signedBy.length > 0) {
      throw new ReviewKeyError(
        `the review key ${file} is missing, but the review log was signed with key ${signedBy.join(', ')}; restore the file from your backup ` +
          '(or point REVIEW_KEY_FILE at it). A new key would make every earlier signature look forged.',
      );
    }
    if (!writable) return undefined;
    const hasLog = this.db.prepare('SELECT 1 FROM review_log LIMIT 1').get() !== undefined;
    if (!hasLog) return undefined; // made with the first review event
    const fresh = ReviewKey.generate();
    writeFileDurably(tmp, fresh.fileText());
    this.sealLegacy(fresh);
    commitReviewKey(tmp, file);
    return fresh;
  }

  private ensureKey(): ReviewKey {
    if (this.currentKey) return this.currentKey;
    if (!this.keyOpts.writable || this.keyOpts.file === null) throw new ReviewKeyError('this store opened the review log read-only; it cannot append');
    const fresh = ReviewKey.generate();
    writeReviewKey(this.keyOpts.file, fresh);
    this.currentKey = fresh;
    return fresh;
  }

  /** Key ids found on any signature in the database. */
  signedKeyIds(): string[] {
    const sql = `SELECT key_id FROM review_log WHERE key_id IS NOT NULL UNION SELECT key_id FROM review_log_heads WHERE key_id IS NOT NULL
                 UNION SELECT key_id FROM review_log_legacy UNION SELECT key_id FROM review_log_totals`;
    return (this.db.prepare(sql).all() as { key_id: string }[]).map((r) => r.key_id);
  }

  /** Signs where each existing (unsigned) log ends, every head, and the count of entries: once, when the key is made. */
  private sealLegacy(key: ReviewKey): void {
    this.db.transaction(() => {
      const heads = this.db
        .prepare('SELECT r.project_id, r.seq, r.hash FROM review_log r WHERE r.seq = (SELECT MAX(seq) FROM review_log WHERE project_id = r.project_id)')
        .all() as { project_id: string; seq: number; hash: string }[];
      for (const h of heads) {
        this.db
          .prepare('INSERT OR REPLACE INTO review_log_legacy (project_id, seq, hash, key_id, sig) VALUES (?, ?, ?, ?, ?)')
          .run(h.project_id, h.seq, h.hash, key.id, key.sign('legacy', h.project_id, h.seq, h.hash));
        this.writeHead(key, h.project_id, h.seq, h.hash);
      }
      const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM review_log').get() as { n: number };
      this.writeTotals(key, heads.length, n);
    })();
  }

  private writeHead(key: ReviewKey, projectId: string, seq: number, hash: string): void {
    this.db
      .prepare(
        `INSERT INTO review_log_heads (project_id, seq, hash, key_id, sig) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(project_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, key_id = excluded.key_id, sig = excluded.sig`,
      )
      .run(projectId, seq, hash, key.id, key.sign('head', projectId, seq, hash));
  }

  private writeTotals(key: ReviewKey, projects: number, entries: number): void {
    this.db
      .prepare('INSERT OR REPLACE INTO review_log_totals (id, projects, entries, key_id, sig) VALUES (1, ?, ?, ?, ?)')
      .run(projects, entries, key.id, key.sign('totals', projects, entries));
  }

  /**
   * Appends one event to its project's chain, with the SHA-256 of the record it wrote, signed; moves the
   * head and the count. Call inside the transaction that writes the record, after writing it.
   */
  append(event: ReviewEvent): StoredChainEntry {
    const key = this.ensureKey();
    const record = recordKeyOf(event);
    if (!record) throw new Error(`unknown review event type "${event.type}" (add it to REVIEW_EVENTS in server/review/record-kinds.ts)`);
    const fact = this.facts.one(record.kind, record.id);
    const last = this.db.prepare('SELECT * FROM review_log WHERE project_id = ? ORDER BY seq DESC LIMIT 1').get(event.projectId) as LogRow | undefined;
    const e = nextEntry(last ? toEntry(last) : null, { ...event, payload: { ...event.payload, recordSha256: fact ? factSha256(fact) : null } });
    const sig = key.sign('entry', e.hash);
    this.db
      .prepare('INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.projectId, e.seq, e.type, e.actorId, e.at, JSON.stringify(e.payload), e.prevHash, e.hash, key.id, sig);
    this.writeHead(key, e.projectId, e.seq, e.hash);
    const totals = this.totals();
    this.writeTotals(key, (totals?.projects ?? 0) + (e.seq === 1 ? 1 : 0), (totals?.entries ?? 0) + 1);
    return { ...e, keyId: key.id, sig };
  }

  entries(projectId: string): StoredChainEntry[] {
    return (this.db.prepare('SELECT * FROM review_log WHERE project_id = ? ORDER BY seq').all(projectId) as LogRow[]).map(toEntry);
  }

  /** The entries of many projects, by project then seq. */
  entriesOf(projectIds: readonly string[]): StoredChainEntry[] {
    if (!projectIds.length) return [];
    const sql = 'SELECT * FROM review_log WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, seq';
    return (this.db.prepare(sql).all(JSON.stringify([...new Set(projectIds)])) as LogRow[]).map(toEntry);
  }

  head(projectId: string): LogHead | undefined {
    return this.db.prepare('SELECT seq, hash, key_id AS keyId, sig FROM review_log_heads WHERE project_id = ?').get(projectId) as LogHead | undefined;
  }

  legacy(projectId: string): LegacySeal | undefined {
    return this.db.prepare('SELECT seq, hash, key_id AS keyId, sig FROM review_log_legacy WHERE project_id = ?').get(projectId) as LegacySeal | undefined;
  }

  totals(): LogTotals | undefined {
    return this.db.prepare('SELECT projects, entries, key_id AS keyId, sig FROM review_log_totals WHERE id = 1').get() as LogTotals | undefined;
  }

  /** What the logs hold now: projects with at least one entry, and entries. */
  counted(): { projects: number; entries: number } {
    return this.db.prepare('SELECT COUNT(DISTINCT project_id) AS projects, COUNT(*) AS entries FROM review_log').get() as { projects: number; entries: number };
  }

  projectsWithLog(): string[] {
    const sql = 'SELECT project_id FROM review_log UNION SELECT project_id FROM review_log_heads UNION SELECT project_id FROM review_log_legacy ORDER BY project_id';
    return (this.db.prepare(sql).all() as { project_id: string }[]).map((r) => r.project_id);
  }

  /** The receipt of entry `seq` of the project's log; null when there is no such entry or no key yet. */
  receipt(projectId: string, seq: number): string | null {
    const row = this.db.prepare('SELECT hash FROM review_log WHERE project_id = ? AND seq = ?').get(projectId, seq) as { hash: string } | undefined;
    return row && this.currentKey ? this.currentKey.receipt(projectId, seq, row.hash) : null;
  }
}
