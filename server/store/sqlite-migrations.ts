/**
 * The SQLite schema's versions. `PRAGMA user_version` holds the last one applied; at open, every later
 * migration runs in order, each in one transaction with the version bump (so a crash leaves either the old
 * or the new version, never half of one). One process writes a SQLite file (data-dir-lock.ts), so no
 * other lock is needed.
 *
 * Adding a table or a column: append a migration here AND one to pg-migrations.ts (same number and name,
 * each in its store's dialect), never edit one that has shipped. docs/deploy.md ("Adding a table") has the
 * checklist.
 */
import type Database from 'better-sqlite3';
import { SCHEMA } from './sqlite-schema';
import { addReviewColumns, REVIEW_SCHEMA } from './sqlite-reviews-schema';

export interface SqliteMigration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const SQLITE_MIGRATIONS: SqliteMigration[] = [
  { version: 1, name: 'accounts, classes, projects, documents, images', up: (db) => db.exec(SCHEMA) },
  {
    // Databases from before versioned migrations are at user_version 1 whatever their review tables look
    // like (the schema then grew in place), so this brings any of them up to date; on a new database
    // every statement finds its table or column already there.
    version: 2,
    name: 'reviews and the signed review log',
    up: (db) => {
      db.exec(SCHEMA);
      db.exec(REVIEW_SCHEMA);
      addReviewColumns(db);
    },
  },
];

export const SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;

/** Applies the migrations after the database's user_version; returns the versions applied now. */
export function migrateSqlite(db: Database.Database, migrations: SqliteMigration[] = SQLITE_MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}

/** Brings the database to the newest schema (the name SqliteStore has always called). */
export function applySchema(db: Database.Database): void {
  migrateSqlite(db);
}
