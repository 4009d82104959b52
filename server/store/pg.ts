/**
 * PostgreSQL store (node-postgres): for a district, when one process on one machine is not enough
 * (DATABASE_URL=postgres://…). Several server processes share one database; with REDIS_URL they share the
 * open documents too (server/cluster). Migrations run at open (pg-migrations.ts), one process at a time.
 *
 * Durability: every write is a committed transaction before its promise resolves, so an update relayed by
 * any process survives that process's kill -9. Document updates follow SYNC_FLUSH (`flush` below); every
 * other write (accounts, reviews, submissions) is flushed to disk before it returns.
 */
import { defaultReviewKeyFile } from '../review/review-key';
import { PgAccounts } from './pg-accounts';
import { PgClasses } from './pg-classes';
import { PgDb, SCHEMA_NAME } from './pg-db';
import { PgDocs } from './pg-docs';
import { migratePg, PG_TABLES_CHILD_FIRST } from './pg-migrations';
import { PgAssignments } from './pg-assignments';
import { PgNotices } from './pg-notices';
import { PgInvites } from './pg-invites';
import { PgLabSessions } from './pg-lab-sessions';
import { PgApiTokens } from './pg-api-tokens';
import { PgProjects } from './pg-projects';
import { PgReviews } from './pg-reviews';
import type { FlushPolicy } from './sqlite-doc-writer';
import type { Store, StoreStatus } from './store';

export interface PgStoreOptions {
  /** postgres://user[:password]@host[:port]/database */
  url: string;
  /** Tables live in this schema (created if missing); default: the connection's search_path (public). */
  schema?: string;
  poolSize?: number;
  /**
   * The review key file (server/review/review-key.ts), the same file for every process; null for a
   * throwaway key (tests). Default `<dataDir>.review-key` when `dataDir` is given.
   */
  reviewKeyFile?: string | null;
  dataDir?: string;
  /** 'read': tools beside live servers (npm run verify-reviews): the review key is only read. */
  documents?: 'write' | 'read';
  /**
   * When a document update counts as stored (SYNC_FLUSH), as for SQLite: 'background' (default) = committed
   * with synchronous_commit off, i.e. in PostgreSQL's memory (a kill of the Sprout process loses nothing;
   * PostgreSQL writes it to disk within 3 × wal_writer_delay, 0.6 s by default, so only a crash of the
   * database machine can lose that last moment, which clients send again when they reconnect);
   * 'before-relay' = flushed to disk before it is relayed. Everything else is always flushed.
   */
  flush?: FlushPolicy;
  warn?: (message: string) => void;
  onQuery?: (text: string) => void;
}

/** The connection target without credentials (for /api/health and logs). */
export function describePgUrl(url: string, schema?: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}${schema ? ` (schema ${schema})` : ''}`;
  } catch {
    return 'postgres (unparsable URL)';
  }
}

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  readonly accounts: PgAccounts;
  readonly classes: PgClasses;
  readonly projects: PgProjects;
  readonly docs: PgDocs;
  readonly assignments: PgAssignments;
  readonly notices: PgNotices;
  readonly invites: PgInvites;
  readonly labSessions: PgLabSessions;
  readonly apiTokens: PgApiTokens;
  readonly location: string;

  private constructor(
    readonly db: PgDb,
    /** Document updates' own connections (their flush policy differs: see `flush`). */
    private readonly docsDb: PgDb,
    readonly reviews: PgReviews,
    opts: PgStoreOptions,
  ) {
    this.accounts = new PgAccounts(db);
    this.classes = new PgClasses(db);
    this.assignments = new PgAssignments(db);
    this.notices = new PgNotices(db);
    this.invites = new PgInvites(db);
    this.labSessions = new PgLabSessions(db);
    this.apiTokens = new PgApiTokens(db);
    this.projects = new PgProjects(db);
    this.docs = new PgDocs(docsDb);
    this.location = describePgUrl(opts.url, opts.schema);
  }

  /** Connects, creates the schema if asked, applies the migrations and opens the review key. */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`schema must match ${SCHEMA_NAME}; got '${opts.schema}'`);
    const db = new PgDb({ url: opts.url, schema: opts.schema, poolSize: opts.poolSize, onQuery: opts.onQuery });
    const docsDb = new PgDb({ url: opts.url, schema: opts.schema, poolSize: 4, onQuery: opts.onQuery, synchronousCommit: opts.flush === 'before-relay' });
    try {
      if (opts.documents !== 'read') await migratePg(db); // creates the schema too, one process at a time
      const file = opts.reviewKeyFile !== undefined ? opts.reviewKeyFile : opts.dataDir ? defaultReviewKeyFile(opts.dataDir) : null;
      const reviews = await PgReviews.open(db, { file, writable: opts.documents !== 'read', warn: opts.warn });
      return new PgStore(db, docsDb, reviews, opts);
    } catch (e) {
      await db.close().catch(() => {});
      await docsDb.close().catch(() => {});
      throw e;
    }
  }

  get queryCount(): number {
    return this.db.queries + this.docsDb.queries;
  }

  async status(): Promise<StoreStatus> {
    try {
      await this.db.query('SELECT 1');
      return { ok: true, kind: 'postgres', location: this.location };
    } catch (e) {
      return { ok: false, kind: 'postgres', location: this.location, detail: (e as Error).message };
    }
  }

  async wipe(): Promise<void> {
    await this.db.run(`TRUNCATE ${PG_TABLES_CHILD_FIRST.join(', ')} RESTART IDENTITY CASCADE`);
  }

  private closing: Promise<void> | undefined;

  close(): Promise<void> {
    return (this.closing ??= Promise.all([this.db.close(), this.docsDb.close()]).then(() => {}));
  }

  /** Drops the schema with everything in it (tests: each run has its own). */
  static async dropSchema(url: string, schema: string): Promise<void> {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`schema must match ${SCHEMA_NAME}; got '${schema}'`);
    const db = new PgDb({ url });
    try {
      await db.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await db.close();
    }
  }
}
