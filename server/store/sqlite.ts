/** SQLite store (better-sqlite3, WAL): the embedded default, one file in the data directory. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteAccounts } from './sqlite-accounts';
import { SqliteClasses } from './sqlite-classes';
import { SqliteDocs, SqliteProjects } from './sqlite-projects';
import { SqliteReviews } from './sqlite-reviews';
import { applySchema, TABLES_CHILD_FIRST } from './sqlite-schema';
import { WalSync } from './sqlite-wal-sync';
import type { Store, StoreStatus } from './store';

export interface SqliteStoreOptions {
  /** Directory for the database file; ':memory:' for a throwaway store. */
  dataDir: string;
  fileName?: string;
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
  private readonly walSync: WalSync | null;

  constructor(opts: SqliteStoreOptions) {
    if (opts.dataDir === ':memory:') {
      this.path = ':memory:';
    } else {
      mkdirSync(opts.dataDir, { recursive: true });
      this.path = join(opts.dataDir, opts.fileName ?? 'sprout-lab.db');
    }
    this.db = new Database(this.path);
    const mode = this.db.pragma('journal_mode = WAL', { simple: true });
    // FULL: a transaction is on disk before commit returns, so an acknowledged update survives kill -9
    // and power loss. Document updates take the same guarantee off the event loop (see WalSync).
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    applySchema(this.db);
    this.accounts = new SqliteAccounts(this.db);
    this.classes = new SqliteClasses(this.db);
    this.projects = new SqliteProjects(this.db);
    this.walSync = mode === 'wal' ? new WalSync(this.db, `${this.path}-wal`) : null;
    this.docs = new SqliteDocs(this.db, this.walSync);
    this.reviews = new SqliteReviews(this.db);
  }

  status(): StoreStatus {
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true, kind: 'sqlite', location: this.path };
    } catch (e) {
      return { ok: false, kind: 'sqlite', location: this.path, detail: (e as Error).message };
    }
  }

  async wipe(): Promise<void> {
    this.db.transaction(() => {
      for (const t of TABLES_CHILD_FIRST) this.db.prepare(`DELETE FROM ${t}`).run();
    })();
  }

  close(): void {
    this.walSync?.close();
    if (this.db.open) this.db.close();
  }
}
