/**
 * Versioned SQLite migrations: a new database gets every version, an old one the versions it lacks, a
 * second run nothing, and a failing migration leaves the database at the version before it (its
 * statements rolled back with the version bump). Both stores list the same versions under the same names
 * (sqlite-migrations.ts, pg-migrations.ts: "same number and name").
 *
 * Migration 3 rebuilds the users table (SQLite cannot change a CHECK constraint in place): a database
 * from before keeps every person, their sessions and class places, and the foreign keys still hold.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PG_MIGRATIONS } from './pg-migrations';
import { migrateSqlite, SCHEMA_VERSION, SQLITE_MIGRATIONS, type SqliteMigration } from './sqlite-migrations';

function databaseAtVersion2() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  expect(migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 2))).toEqual([1, 2]);
  db.exec(`
    INSERT INTO schools (id, name) VALUES (1, 'S');
    INSERT INTO users (id, username, display_name, role, school_id, password_hash, created_at) VALUES
      (1, 'teacher', 'T', 'teacher', 1, 'h', 5), (2, 'Kid', 'K', 'student', 1, 'h', 6);
    INSERT INTO classes (id, school_id, name, invite_code, teacher_id, created_at) VALUES (1, 1, 'C', 'ABCD2345', 1, 7);
    INSERT INTO class_students (class_id, student_id) VALUES (1, 2);
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('t', 2, 1, 99);
  `);
  return db;
}

describe('SQLite migration 3: school administrators, student numbers', () => {
  it('keeps the people and what refers to them, and lets administrators in', () => {
    const db = databaseAtVersion2();
    expect(migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3))).toEqual([3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, username, role, created_at, student_number, must_change_password FROM users ORDER BY id').all()).toEqual([
      { id: 1, username: 'teacher', role: 'teacher', created_at: 5, student_number: null, must_change_password: 0 },
      { id: 2, username: 'Kid', role: 'student', created_at: 6, student_number: null, must_change_password: 0 },
    ]);
    db.prepare("INSERT INTO users (username, display_name, role, school_id, password_hash, created_at) VALUES ('office', 'O', 'admin', 1, 'h', 8)").run();
    expect(() => db.prepare("INSERT INTO users (username, display_name, role, school_id, password_hash, created_at) VALUES ('x', 'X', 'principal', 1, 'h', 8)").run()).toThrow(/CHECK/);
    // usernames stay unique ignoring case
    expect(() => db.prepare("INSERT INTO users (username, display_name, role, school_id, password_hash, created_at) VALUES ('KID', 'X', 'student', 1, 'h', 8)").run()).toThrow(/UNIQUE/);
    // the other tables' foreign keys point at the new table: deleting a person still cascades
    db.prepare('DELETE FROM users WHERE id = 2').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM class_students').get()).toEqual({ n: 0 });
    expect(() => db.prepare('INSERT INTO class_students (class_id, student_id) VALUES (1, 42)').run()).toThrow(/FOREIGN KEY/);
    expect(migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3))).toEqual([]);
  });
});

describe('SQLite migration 4: process evaluation', () => {
  it('keeps the review log, its heads and the append-only rule, and lets a class’s evaluation log in', () => {
    const db = databaseAtVersion2();
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3));
    db.exec(`
      INSERT INTO teams (id, class_id, name) VALUES (1, 1, 'A');
      INSERT INTO projects (id, team_id, title, template_id, status, created_by, created_at, updated_at) VALUES ('p', 1, 'P', NULL, 'draft', 2, 1, 1);
      INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig) VALUES ('p', 1, 'submit', 2, 1, '{}', '0', 'h1', 'k', 's');
      INSERT INTO review_log_heads (project_id, seq, hash, key_id, sig) VALUES ('p', 1, 'h1', 'k', 's');
    `);
    expect(() => db.prepare("INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash) VALUES ('class:1', 1, 'weights', 1, 2, '{}', '0', 'h')").run()).toThrow(/FOREIGN KEY/);
    expect(migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 4))).toEqual([4]);
    expect(db.prepare('SELECT project_id, seq, hash, key_id, sig FROM review_log').all()).toEqual([{ project_id: 'p', seq: 1, hash: 'h1', key_id: 'k', sig: 's' }]);
    expect(db.prepare('SELECT project_id, seq FROM review_log_heads').all()).toEqual([{ project_id: 'p', seq: 1 }]);
    expect(() => db.prepare("UPDATE review_log SET hash = 'x'").run()).toThrow(/append-only/);
    db.prepare("INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash) VALUES ('class:1', 1, 'weights', 1, 2, '{}', '0', 'h')").run();
    db.prepare("INSERT INTO evaluation_ratings (class_id, student_id, indicator, rater_id, level, remark, rated_at) VALUES (1, 2, 'inquiry', 1, 3, '', 9)").run();
    expect(() => db.prepare("INSERT INTO evaluation_ratings (class_id, student_id, indicator, rater_id, level, remark, rated_at) VALUES (1, 2, 'persistence', 1, 5, '', 9)").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const version = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

describe('SQLite migrations', () => {
  it('a new database gets every version in order; a second run applies nothing', () => {
    const db = new Database(':memory:');
    expect(migrateSqlite(db)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    expect(version(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['users', 'projects', 'doc_snapshots', 'review_log', 'review_log_heads']));
    expect(migrateSqlite(db)).toEqual([]);
    db.close();
  });

  it('a database at version 1 is brought up to date (the review tables appear)', () => {
    const db = new Database(':memory:');
    expect(migrateSqlite(db, SQLITE_MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(version(db)).toBe(1);
    expect(tables(db)).not.toContain('review_log');
    expect(migrateSqlite(db)).toEqual(SQLITE_MIGRATIONS.slice(1).map((m) => m.version));
    expect(tables(db)).toContain('review_log');
    expect(version(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('a failing migration leaves the version and the schema as they were', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    const before = tables(db);
    const broken: SqliteMigration = {
      version: SCHEMA_VERSION + 1,
      name: 'a broken one',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        d.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => migrateSqlite(db, [...SQLITE_MIGRATIONS, broken])).toThrow(`SQLite migration ${SCHEMA_VERSION + 1} (a broken one) failed: no such table: no_such_table`);
    expect(version(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(before);
    db.close();
  });

  it('both stores list the same versions under the same names', () => {
    expect(SQLITE_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(PG_MIGRATIONS.map((m) => [m.version, m.name]));
  });
});
