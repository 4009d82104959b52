/** SQLite store (better-sqlite3, WAL): the embedded default, one file in the data directory. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { SqliteAccounts } from './sqlite-accounts';
import { SqliteClasses } from './sqlite-classes';
import { SqliteAssignments } from './sqlite-assignments';
import { SqliteNotices } from './sqlite-notices';
import { SqliteInvites } from './sqlite-invites';
import { SqliteLabSessions } from './sqlite-lab-sessions';
import { SqliteApiTokens } from './sqlite-api-tokens';
import { SqliteDocs, SqliteProjects } from './sqlite-projects';
import { defaultReviewKeyFile } from '../review/review-key';
import { SqliteReviews } from './sqlite-reviews';
import { applySchema } from './sqlite-migrations';
import { TABLES_CHILD_FIRST } from './sqlite-schema';
import { LoggedDocWrites, MemoryDocWrites, ReadOnlyDocWrites, type DocWrites, type FlushPolicy } from './sqlite-doc-writer';
import type { CheckpointResult } from './store-worker';
import type { Store, StoreStatus } from './store';

export interface SqliteStoreOptions {
  /** Directory for the database file; ':memory:' for a throwaway store. */
  dataDir: string;
  fileName?: string;
  /** When document updates reach the disk relative to their relay (see sqlite-doc-writer.ts); default 'background'. */
  flush?: FlushPolicy;
  /**
   * 'read': never write documents (tools that run beside a live server); default 'write': takes the data
   * directory's lock (data-dir-lock.ts), so one process only.
   */
  documents?: 'write' | 'read';
  /**
   * The review key file (server/review/review-key.ts); default `<dataDir>.review-key`, a throwaway key for
   * ':memory:'. With `documents: 'read'` the key is only read.
   */
  reviewKeyFile?: string;
  /** Where warnings about the key file go (default: console.warn). */
  warn?: (message: string) => void;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  readonly path: string;
  readonly accounts: SqliteAccounts;
  readonly classes: SqliteClasses;
  readonly projects: SqliteProjects;
  readonly docs: SqliteDocs;
  readonly reviews: SqliteReviews;
  readonly assignments: SqliteAssignments;
  readonly notices: SqliteNotices;
  readonly invites: SqliteInvites;
  readonly labSessions: SqliteLabSessions;
  readonly apiTokens: SqliteApiTokens;
  private readonly docWrites: DocWrites | LoggedDocWrites;
  private readonly unlock: () => void = () => {};
  private queries = 0;

  get queryCount(): number {
    return this.queries;
  }

  constructor(opts: SqliteStoreOptions) {
    if (opts.dataDir === ':memory:') {
      this.path = ':memory:';
    } else {
      mkdirSync(opts.dataDir, { recursive: true });
      this.path = join(opts.dataDir, opts.fileName ?? 'sprout-lab.db');
      if (opts.documents !== 'read') this.unlock = lockDataDir(this.path);
    }
    let db: Database.Database | undefined;
    try {
      // every statement run on this connection is counted (tests count round trips; the worker's are its own)
      this.db = db = new Database(this.path, { verbose: () => this.queries++ });
      const mode = this.db.pragma('journal_mode = WAL', { simple: true });
      // FULL: a transaction is on disk before commit returns (accounts, reviews, submissions survive kill -9
      // and power loss). Document updates are written without waiting for the disk (see sqlite-doc-writer.ts).
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      applySchema(this.db);
      // before the document writer's worker starts, so a refusal (a missing key file) leaves nothing running
      this.reviews = new SqliteReviews(this.db, {
        file: this.path === ':memory:' ? null : (opts.reviewKeyFile ?? defaultReviewKeyFile(opts.dataDir)),
        writable: opts.documents !== 'read',
        warn: opts.warn,
      });
      this.accounts = new SqliteAccounts(this.db);
      this.classes = new SqliteClasses(this.db);
      this.assignments = new SqliteAssignments(this.db);
      this.notices = new SqliteNotices(this.db);
      this.invites = new SqliteInvites(this.db);
      this.labSessions = new SqliteLabSessions(this.db);
      this.apiTokens = new SqliteApiTokens(this.db);
      this.projects = new SqliteProjects(this.db);
      if (opts.documents === 'read') {
        this.docWrites = new ReadOnlyDocWrites();
      } else if (mode === 'wal') {
        // Checkpoints run on the store worker, never inside a commit on the event loop (see store-worker.ts).
        this.db.pragma('wal_autocheckpoint = 0');
        this.db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
        this.docWrites = new LoggedDocWrites(this.db, this.path, opts.flush);
      } else {
        this.docWrites = new MemoryDocWrites(this.db);
      }
      this.docs = new SqliteDocs(this.db, this.docWrites);
    } catch (e) {
      if (db?.open) db.close();
      this.unlock(); // a store that failed to open lets the data directory go
      throw e;
    }
  }

  /** Runs a checkpoint now (tests); undefined for stores without a WAL. */
  checkpointNow(): Promise<CheckpointResult> | undefined {
    return this.docWrites instanceof LoggedDocWrites ? this.docWrites.checkpoint() : undefined;
  }

  status(): StoreStatus {
    try {
      this.db.prepare('SELECT 1').get();
      const problem = this.docWrites instanceof LoggedDocWrites ? this.docWrites.problem : null;
      if (problem) return { ok: false, kind: 'sqlite', location: this.path, detail: problem };
      return { ok: true, kind: 'sqlite', location: this.path };
    } catch (e) {
      return { ok: false, kind: 'sqlite', location: this.path, detail: (e as Error).message };
    }
  }

  async wipe(): Promise<void> {
    this.docWrites.discard();
    this.db.transaction(() => {
      for (const t of TABLES_CHILD_FIRST) this.db.prepare(`DELETE FROM ${t}`).run();
    })();
  }

  /** Closes the connection; resolves when the document writer's worker thread has exited too. */
  async close(): Promise<void> {
    const stopped = this.docWrites.close();
    if (this.db.open) this.db.close();
    await stopped;
    this.unlock(); // after the worker thread has let go of the files
  }
}
