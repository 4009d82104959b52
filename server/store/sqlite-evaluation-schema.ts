/**
 * SQLite tables of process evaluation (migration 3): ratings of soft indicators and each class's weight
 * scheme. Their log entries go to the review log under `class:<id>` (server/evaluation/evaluation-records.ts),
 * so the review log's tables no longer reference projects: SQLite cannot drop a foreign key, so they are
 * rebuilt without it (rows, signatures and the append-only trigger kept).
 */
import type Database from 'better-sqlite3';

export const EVALUATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS evaluation_ratings (
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  rater_id INTEGER NOT NULL REFERENCES users(id),
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  remark TEXT NOT NULL,
  rated_at INTEGER NOT NULL,
  PRIMARY KEY (class_id, student_id, indicator, rater_id)
);
CREATE TABLE IF NOT EXISTS evaluation_schemes (
  class_id INTEGER PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
  scheme TEXT NOT NULL,
  floor_pct INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
);
`;

/** The review log tables as they are, minus `REFERENCES projects(id)`. */
const UNLINKED_LOG = `
CREATE TABLE review_log_v3 (
  project_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, actor_id INTEGER NOT NULL, at INTEGER NOT NULL,
  payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, key_id TEXT, sig TEXT, PRIMARY KEY (project_id, seq)
);
INSERT INTO review_log_v3 (project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig)
  SELECT project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig FROM review_log;
DROP TABLE review_log;
ALTER TABLE review_log_v3 RENAME TO review_log;
CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TABLE review_log_heads_v3 (project_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL, key_id TEXT, sig TEXT);
INSERT INTO review_log_heads_v3 SELECT project_id, seq, hash, key_id, sig FROM review_log_heads;
DROP TABLE review_log_heads;
ALTER TABLE review_log_heads_v3 RENAME TO review_log_heads;
CREATE TABLE review_log_legacy_v3 (project_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL, key_id TEXT NOT NULL, sig TEXT NOT NULL);
INSERT INTO review_log_legacy_v3 SELECT project_id, seq, hash, key_id, sig FROM review_log_legacy;
DROP TABLE review_log_legacy;
ALTER TABLE review_log_legacy_v3 RENAME TO review_log_legacy;
`;

export function migrateEvaluation(db: Database.Database): void {
  db.exec(EVALUATION_SCHEMA);
  db.exec(UNLINKED_LOG);
}

/** Migration 11: each school's evaluation policy (floor and default scheme), logged under `school:<id>`. */
export const SCHOOL_POLICY_SQLITE = `
CREATE TABLE IF NOT EXISTS school_policies (
  school_id INTEGER PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
  floor_pct INTEGER NOT NULL CHECK (floor_pct BETWEEN 40 AND 100),
  scheme TEXT NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
);
`;

export const EVALUATION_TABLES_CHILD_FIRST = ['evaluation_ratings', 'evaluation_schemes', 'school_policies'];
