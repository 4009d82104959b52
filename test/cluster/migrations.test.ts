/**
 * Versioned PostgreSQL migrations with several processes (issue #21): processes starting at once on a new
 * database migrate it once (an advisory lock; without it they race to create the same tables), a failed
 * migration leaves nothing half-done, and a database at an older version is brought up to date. The
 * SQLite side is unit-tested beside sqlite-migrations.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg';
import { PgDb } from '../../server/store/pg-db';
import { migratePg, PG_MIGRATIONS } from '../../server/store/pg-migrations';
import { TEST_DATABASE_URL } from '../support/test-store';

const schemas: string[] = [];
const fresh = () => {
  const s = `sprout_mig_${randomBytes(6).toString('hex')}`;
  schemas.push(s);
  return s;
};
afterAll(async () => {
  for (const s of schemas) await PgStore.dropSchema(TEST_DATABASE_URL, s);
});

async function withDb<T>(schema: string, fn: (db: PgDb) => Promise<T>): Promise<T> {
  const db = new PgDb({ url: TEST_DATABASE_URL, schema });
  try {
    await db.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe('PostgreSQL migrations', () => {
  it('three processes opening a new database at once: every one opens, each migration runs once', async () => {
    const schema = fresh();
    const stores = await Promise.all([0, 1, 2].map(() => PgStore.open({ url: TEST_DATABASE_URL, schema, reviewKeyFile: null, poolSize: 2 })));
    try {
      const rows = await stores[0].db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(rows).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      // and they work on the one schema
      const s = await stores[1].accounts.createSchool('one');
      expect((await stores[2].accounts.schools()).map((x) => x.id)).toEqual([s.id]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('migratePg from three pools at once: one applies every version, the others none', async () => {
    const schema = fresh();
    const dbs = [0, 1, 2].map(() => new PgDb({ url: TEST_DATABASE_URL, schema }));
    try {
      await dbs[0].run(`CREATE SCHEMA ${schema}`);
      const applied = await Promise.all(dbs.map((db) => migratePg(db)));
      expect(applied.map((a) => a.length).sort()).toEqual([0, 0, PG_MIGRATIONS.length]);
      expect(await migratePg(dbs[1])).toEqual([]);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });

  it('brings a database at version 1 up to date, and a failing migration leaves no part of itself behind', async () => {
    await withDb(fresh(), async (db) => {
      expect(await migratePg(db, PG_MIGRATIONS.slice(0, 1))).toEqual([1]);
      expect(await db.one("SELECT to_regclass('review_log') AS t")).toEqual({ t: null });
      expect(await migratePg(db)).toEqual(PG_MIGRATIONS.slice(1).map((m) => m.version));
      expect(await db.one("SELECT to_regclass('review_log')::text AS t")).toEqual({ t: 'review_log' });
      const broken = { version: 99, name: 'a broken one', sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' };
      await expect(migratePg(db, [...PG_MIGRATIONS, broken])).rejects.toThrow(/PostgreSQL migration 99 \(a broken one\) failed: function no_such_function\(\) does not exist/);
      expect(await db.one("SELECT to_regclass('half_done') AS t")).toEqual({ t: null });
      expect((await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    });
  });
});
