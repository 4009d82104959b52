/**
 * The signed review log in PostgreSQL (same entries, heads, totals and signatures as sqlite-review-log.ts).
 *
 * Several processes append to one database: an append takes the project's advisory lock for its
 * transaction, so each project's log stays one chain (seq 1, 2, 3 … each on the hash of the one before)
 * whichever process writes; the store-wide totals row is updated under its row lock in the same
 * transaction.
 *
 * The review key: every process must sign with the same one. The first process to open the database
 * creates the key file if there is none (exclusively: two processes on one machine starting at once end
 * up with the same file) and records the key's id in `store_settings`; a process whose key file holds
 * another key does not start (a copy of the file belongs on every machine: docs/deploy.md). PostgreSQL
 * databases never held unsigned logs, so there is nothing to seal as legacy.
 */
import { linkSync } from 'node:fs';
import { nextEntry, type StoredChainEntry } from '../review/hash-chain';
import { factSha256, recordKeyOf } from '../review/record-kinds';
import { readReviewKey, removeQuietly, ReviewKey, ReviewKeyError, writeFileDurably } from '../review/review-key';
import type { LegacySeal, LogHead, LogTotals, ReviewEvent } from './review-records';
import type { PgDb, Queryable } from './pg-db';
import type { PgReviewFacts } from './pg-review-facts';
import type { ReviewKeyOptions } from './sqlite-review-log';
import { toEntry, type LogRow } from './sqlite-review-rows';

const KEY_SETTING = 'review_key_id';

export class PgReviewLog {
  private constructor(
    private readonly db: PgDb,
    private readonly facts: PgReviewFacts,
    readonly key: ReviewKey | undefined,
  ) {}

  static async open(db: PgDb, facts: PgReviewFacts, opts: ReviewKeyOptions): Promise<PgReviewLog> {
    const recorded = (await db.one<{ v: string }>('SELECT v FROM store_settings WHERE k = $1', [KEY_SETTING]))?.v;
    let key: ReviewKey | undefined;
    if (opts.file === null) key = ReviewKey.generate();
    else {
      key = readReviewKey(opts.file, opts.warn ?? ((m) => console.warn(`review key: ${m}`)));
      if (!key && recorded) {
        throw new ReviewKeyError(
          `the review key ${opts.file} is missing, but this database's review log is signed with key ${recorded}; copy the key file from the server ` +
            'that made it (or point REVIEW_KEY_FILE at it). A new key would make every earlier signature look forged.',
        );
      }
      if (!key && opts.writable) key = createKeyFile(opts.file);
    }
    if (key && opts.writable) {
      await db.run('INSERT INTO store_settings (k, v) VALUES ($1, $2) ON CONFLICT (k) DO NOTHING', [KEY_SETTING, key.id]);
      const agreed = (await db.one<{ v: string }>('SELECT v FROM store_settings WHERE k = $1', [KEY_SETTING]))!.v;
      if (agreed !== key.id && opts.file !== null) {
        throw new ReviewKeyError(
          `the review key ${opts.file} (id ${key.id}) is not the key that signs this database's review log (id ${agreed}); every process must use ` +
            'the same key file: copy it from the first server.',
        );
      }
    }
    return new PgReviewLog(db, facts, key);
  }

  async signedKeyIds(): Promise<string[]> {
    const sql = `SELECT key_id FROM review_log WHERE key_id IS NOT NULL UNION SELECT key_id FROM review_log_heads WHERE key_id IS NOT NULL
                 UNION SELECT key_id FROM review_log_legacy UNION SELECT key_id FROM review_log_totals`;
    return (await this.db.query<{ key_id: string }>(sql)).map((r) => r.key_id);
  }

  /**
   * Appends one event to its project's chain, with the SHA-256 of the record it wrote, signed; moves the
   * head and the count. Call inside the transaction that writes the record, after writing it.
   */
  async append(q: Queryable, event: ReviewEvent): Promise<StoredChainEntry> {
    const key = this.key;
    if (!key) throw new ReviewKeyError('this store opened the review log read-only; it cannot append');
    const record = recordKeyOf(event);
    if (!record) throw new Error(`unknown review event type "${event.type}" (add it to REVIEW_EVENTS in server/review/record-kinds.ts)`);
    // one appender per project at a time, whichever process: the chain never forks
    await q.query("SELECT pg_advisory_xact_lock(hashtext('sprout-review-log:' || $1))", [event.projectId]);
    const fact = await this.facts.one(q, record.kind, record.id);
    const last = await q.one<LogRow>('SELECT * FROM review_log WHERE project_id = $1 ORDER BY seq DESC LIMIT 1', [event.projectId]);
    const e = nextEntry(last ? toEntry(last) : null, { ...event, payload: { ...event.payload, recordSha256: fact ? factSha256(fact) : null } });
    const sig = key.sign('entry', e.hash);
    await q.run('INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
      e.projectId, e.seq, e.type, e.actorId, e.at, JSON.stringify(e.payload), e.prevHash, e.hash, key.id, sig,
    ]);
    await q.run(
      `INSERT INTO review_log_heads (project_id, seq, hash, key_id, sig) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (project_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, key_id = excluded.key_id, sig = excluded.sig`,
      [e.projectId, e.seq, e.hash, key.id, key.sign('head', e.projectId, e.seq, e.hash)],
    );
    // the totals row is locked until commit: appends to different projects count one after the other
    const totals = await q.one<{ projects: number; entries: number }>('SELECT projects, entries FROM review_log_totals WHERE id = 1 FOR UPDATE');
    const projects = (totals?.projects ?? 0) + (e.seq === 1 ? 1 : 0);
    const entries = (totals?.entries ?? 0) + 1;
    await q.run(
      `INSERT INTO review_log_totals (id, projects, entries, key_id, sig) VALUES (1, $1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET projects = excluded.projects, entries = excluded.entries, key_id = excluded.key_id, sig = excluded.sig`,
      [projects, entries, key.id, key.sign('totals', projects, entries)],
    );
    return { ...e, keyId: key.id, sig };
  }

  async entries(projectId: string): Promise<StoredChainEntry[]> {
    return (await this.db.query<LogRow>('SELECT * FROM review_log WHERE project_id = $1 ORDER BY seq', [projectId])).map(toEntry);
  }

  /** The entries of many projects, by project then seq. */
  async entriesOf(projectIds: readonly string[]): Promise<StoredChainEntry[]> {
    if (!projectIds.length) return [];
    const sql = 'SELECT * FROM review_log WHERE project_id = ANY($1::text[]) ORDER BY project_id, seq';
    return (await this.db.query<LogRow>(sql, [[...new Set(projectIds)]])).map(toEntry);
  }

  async head(projectId: string): Promise<LogHead | undefined> {
    return this.db.one<LogHead>('SELECT seq, hash, key_id AS "keyId", sig FROM review_log_heads WHERE project_id = $1', [projectId]);
  }

  async legacy(projectId: string): Promise<LegacySeal | undefined> {
    return this.db.one<LegacySeal>('SELECT seq, hash, key_id AS "keyId", sig FROM review_log_legacy WHERE project_id = $1', [projectId]);
  }

  async totals(): Promise<LogTotals | undefined> {
    return this.db.one<LogTotals>('SELECT projects, entries, key_id AS "keyId", sig FROM review_log_totals WHERE id = 1');
  }

  async counted(): Promise<{ projects: number; entries: number }> {
    return (await this.db.one<{ projects: number; entries: number }>('SELECT COUNT(DISTINCT project_id) AS projects, COUNT(*) AS entries FROM review_log'))!;
  }

  async projectsWithLog(): Promise<string[]> {
    const sql = 'SELECT project_id FROM review_log UNION SELECT project_id FROM review_log_heads UNION SELECT project_id FROM review_log_legacy ORDER BY project_id';
    return (await this.db.query<{ project_id: string }>(sql)).map((r) => r.project_id);
  }

  async receipt(projectId: string, seq: number): Promise<string | null> {
    const row = await this.db.one<{ hash: string }>('SELECT hash FROM review_log WHERE project_id = $1 AND seq = $2', [projectId, seq]);
    return row && this.key ? this.key.receipt(projectId, seq, row.hash) : null;
  }
}

/** Writes a new key to `file` unless one is there already (link(2) fails on an existing name); returns the file's key. */
function createKeyFile(file: string): ReviewKey {
  const fresh = ReviewKey.generate();
  const tmp = `${file}.${process.pid}.new`;
  writeFileDurably(tmp, fresh.fileText());
  try {
    linkSync(tmp, file);
    return fresh;
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') throw e;
    return readReviewKey(file)!; // another process made it first
  } finally {
    removeQuietly(tmp);
  }
}
