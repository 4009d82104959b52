/**
 * The store a test runs on: SQLite in a temporary directory, or PostgreSQL in a schema of its own
 * (SPROUT_TEST_STORE=postgres, set by the `integration-postgres` Vitest project), dropped afterwards, so
 * parallel test files and other people's runs on the same database never meet.
 *
 * TEST_DATABASE_URL overrides the PostgreSQL server (default: the development and CI machines' local one,
 * trust auth, database `test`). `sql()` runs a statement on either store with `?` placeholders, for the
 * few tests that look at rows directly.
 */
import { createHash } from 'node:crypto';
import { PgStore } from '../../server/store/pg';
import { SqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/store';

export type TestStoreKind = 'sqlite' | 'postgres';
export const TEST_STORE: TestStoreKind = process.env.SPROUT_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** The PostgreSQL schema of the test store for a data directory (the same directory opens the same store again). */
export const testSchemaName = (dataDir: string) => `sprout_t_${createHash('sha256').update(dataDir).digest('hex').slice(0, 20)}`;

export interface TestStore {
  store: Store;
  kind: TestStoreKind;
  /** The PostgreSQL schema (postgres only). */
  schema?: string;
  /** The environment a server process needs to open the same store (DATABASE_URL … or DATA_DIR). */
  env: Record<string, string>;
  /** Closes the store; drops its schema (postgres) unless `keep` (a test opens the same store again). */
  dispose(opts?: { keep?: boolean }): Promise<void>;
}

export async function openTestStore(dataDir: string, opts: { kind?: TestStoreKind; reviewKeyFile?: string } = {}): Promise<TestStore> {
  const kind = opts.kind ?? TEST_STORE;
  if (kind === 'sqlite') {
    const store = new SqliteStore({ dataDir, reviewKeyFile: opts.reviewKeyFile });
    return { store, kind, env: { DATA_DIR: dataDir }, dispose: async () => store.close() };
  }
  const schema = testSchemaName(dataDir);
  const store = await PgStore.open({ url: TEST_DATABASE_URL, schema, dataDir, reviewKeyFile: opts.reviewKeyFile, poolSize: 6 });
  return {
    store,
    kind,
    schema,
    env: { DATA_DIR: dataDir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    async dispose({ keep = false } = {}) {
      await store.close();
      if (!keep) await PgStore.dropSchema(TEST_DATABASE_URL, schema);
    },
  };
}

/** Drops what a kept test store left (the schema of a data directory's PostgreSQL store); nothing for SQLite. */
export async function dropTestStore(dataDir: string, kind: TestStoreKind = TEST_STORE): Promise<void> {
  if (kind === 'postgres') await PgStore.dropSchema(TEST_DATABASE_URL, testSchemaName(dataDir));
}

/**
 * Runs one statement written with `?` placeholders on either store; returns its rows (none for a
 * statement that returns none). PostgreSQL gets `$1, $2 …`.
 */
// `any`: rows of many shapes, read field by field in the tests
export async function sql(store: Store, text: string, ...params: unknown[]): Promise<any[]> {
  if (store instanceof SqliteStore) {
    const st = store.db.prepare(text);
    return st.reader ? st.all(...params) : (st.run(...params), []);
  }
  if (store instanceof PgStore) {
    let n = 0;
    return store.db.query(text.replace(/\?/g, () => `$${++n}`), params as never[]);
  }
  throw new Error(`sql(): no raw access to a ${store.kind} store`);
}

/** Drops a trigger, as someone with direct access to the database would. */
export async function dropTrigger(store: Store, name: string, table: string): Promise<void> {
  await sql(store, store.kind === 'postgres' ? `DROP TRIGGER ${name} ON ${table}` : `DROP TRIGGER ${name}`);
}
