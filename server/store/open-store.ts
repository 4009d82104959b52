/** The store the configuration asks for: PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR. */
import type { ServerConfig } from '../config';
import { PgStore } from './pg';
import { SqliteStore } from './sqlite';
import type { Store } from './store';

export interface OpenStoreOptions {
  /** 'read': tools beside a live server (npm run verify-reviews). */
  documents?: 'write' | 'read';
  warn?: (message: string) => void;
}

export async function openStore(config: Pick<ServerConfig, 'dataDir' | 'syncFlush' | 'reviewKeyFile' | 'database'>, opts: OpenStoreOptions = {}): Promise<Store> {
  if (config.database) {
    return PgStore.open({
      url: config.database.url,
      schema: config.database.schema,
      poolSize: config.database.poolSize,
      flush: config.syncFlush,
      reviewKeyFile: config.reviewKeyFile,
      documents: opts.documents,
      warn: opts.warn,
    });
  }
  return new SqliteStore({ dataDir: config.dataDir, flush: config.syncFlush, reviewKeyFile: config.reviewKeyFile, documents: opts.documents, warn: opts.warn });
}
