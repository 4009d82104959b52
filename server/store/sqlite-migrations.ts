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
import { addAssignmentSpecSqlite, ASSIGNMENT_SCHEMA_SQLITE } from './sqlite-assignments';
import { NOTICE_SCHEMA_SQLITE } from './sqlite-notices';
import { addInviteRevokeSqlite, INVITE_SCHEMA_SQLITE } from './sqlite-invites';
import { migrateEvaluation, SCHOOL_POLICY_SQLITE } from './sqlite-evaluation-schema';
import { LAB_SESSIONS_SQLITE } from './sqlite-lab-sessions';
import { API_TOKENS_SQLITE } from './sqlite-api-tokens';
import { addReviewColumns, REVIEW_SCHEMA } from './sqlite-reviews-schema';

export interface SqliteMigration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * Rebuilds a table others refer to (SQLite cannot change a CHECK constraint in place): foreign keys are
   * off while it runs and checked before its transaction commits (https://www.sqlite.org/lang_altertable.html,
   * "Making Other Kinds Of Table Schema Changes").
   */
  rebuildsTables?: true;
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
  {
    version: 3,
    name: 'school administrators, student numbers, passwords set by others',
    rebuildsTables: true,
    up: (db) =>
      db.exec(`
        CREATE TABLE users_new (
          id INTEGER PRIMARY KEY,
          username TEXT NOT NULL UNIQUE COLLATE NOCASE,
          display_name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('student', 'teacher', 'mentor', 'admin')),
          school_id INTEGER REFERENCES schools(id) ON DELETE CASCADE,
          password_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          student_number TEXT,
          must_change_password INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO users_new (id, username, display_name, role, school_id, password_hash, created_at)
          SELECT id, username, display_name, role, school_id, password_hash, created_at FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        CREATE INDEX users_school_role ON users (school_id, role);
      `),
  },
  // ratings of soft indicators, weight schemes; the review log also holds classes' evaluation logs (`class:<id>`)
  { version: 4, name: 'process evaluation', up: migrateEvaluation },
  { version: 5, name: 'assignments, students\' work on them, extensions', up: (db) => db.exec(ASSIGNMENT_SCHEMA_SQLITE) },
  { version: 6, name: 'inbox notices', up: (db) => db.exec(NOTICE_SCHEMA_SQLITE) },
  { version: 7, name: 'lab sessions', up: (db) => db.exec(LAB_SESSIONS_SQLITE) },
  { version: 8, name: 'assignments: setup, mystery ranges, questions, checks', up: addAssignmentSpecSqlite },
  { version: 9, name: 'mentor invite links', up: (db) => db.exec(INVITE_SCHEMA_SQLITE) },
  { version: 10, name: 'school API tokens', up: (db) => db.exec(API_TOKENS_SQLITE) },
  { version: 11, name: 'school evaluation policies', up: (db) => db.exec(SCHOOL_POLICY_SQLITE) },
  { version: 12, name: 'revoked mentor invite links', up: addInviteRevokeSqlite },
];

export const SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;

/** Applies the migrations after the database's user_version; returns the versions applied now. */
export function migrateSqlite(db: Database.Database, migrations: SqliteMigration[] = SQLITE_MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF'); // no effect inside a transaction, so before it
    try {
      db.transaction(() => {
        m.up(db);
        if (m.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length) throw new Error(`SQLite migration ${m.version} (${m.name}) would break ${broken.length} foreign key(s); nothing was changed`);
        }
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (e) {
      const message = (e as Error).message;
      throw message.startsWith('SQLite migration') ? e : new Error(`SQLite migration ${m.version} (${m.name}) failed: ${message}`, { cause: e });
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
    applied.push(m.version);
  }
  return applied;
}

/** Brings the database to the newest schema (the name SqliteStore has always called). */
export function applySchema(db: Database.Database): void {
  migrateSqlite(db);
}
