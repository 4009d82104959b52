/** SQLite store (better-sqlite3, WAL): the embedded default, one file in the data directory. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

  constructor(opts: SqliteStoreOptions) {
    if (opts.dataDir === ':memory:') {
      this.path = ':memory:';
    } else {
      mkdirSync(opts.dataDir, { recursive: true });
      this.path = join(opts.dataDir, opts.fileName ?? 'sprout-lab.db');
    }
    this.db = new Database(this.path);
    this.db.pragma('journal_mode = WAL');
    // FULL: a transaction is on disk before commit returns, so an acknowledged update survives kill -9.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  status(): StoreStatus {
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true, kind: 'sqlite', location: this.path };
    } catch (e) {
      return { ok: false, kind: 'sqlite', location: this.path, detail: (e as Error).message };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
