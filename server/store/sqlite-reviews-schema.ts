/**
 * The review tables, created idempotently after the core schema (sqlite-schema.ts). Frozen submission
 * bytes and log rows cannot be changed through SQL UPDATE (triggers); the signed hash chain and the
 * record hashes in it catch anyone who drops the triggers or edits the file (server/review/review-audit.ts).
 */
import type Database from 'better-sqlite3';

export const REVIEW_SCHEMA = `
CREATE TABLE IF NOT EXISTS review_submissions (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  state BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  submitted_by INTEGER NOT NULL REFERENCES users(id),
  submitted_at INTEGER NOT NULL,
  note TEXT NOT NULL,
  mentor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'in_review', 'revise', 'approved')),
  decision TEXT CHECK (decision IN ('approve', 'revise')),
  decision_summary TEXT,
  decided_by INTEGER REFERENCES users(id),
  decided_at INTEGER,
  UNIQUE (project_id, number)
);
CREATE INDEX IF NOT EXISTS review_submissions_time ON review_submissions(submitted_at);
CREATE TRIGGER IF NOT EXISTS review_submissions_frozen BEFORE UPDATE OF state, sha256, bytes, project_id, number, submitted_by, submitted_at ON review_submissions
BEGIN SELECT RAISE(ABORT, 'a submission is frozen: its snapshot cannot change'); END;
CREATE TABLE IF NOT EXISTS review_comments (
  id TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES review_submissions(id) ON DELETE CASCADE,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  cell_id TEXT,
  range_start INTEGER,
  range_end INTEGER,
  quote TEXT,
  parent_id TEXT REFERENCES review_comments(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  resolved_at INTEGER,
  resolved_by INTEGER REFERENCES users(id)
);
CREATE INDEX IF NOT EXISTS review_comments_submission ON review_comments(submission_id, created_at);
CREATE TABLE IF NOT EXISTS review_scores (
  submission_id TEXT NOT NULL REFERENCES review_submissions(id) ON DELETE CASCADE,
  scorer_id INTEGER NOT NULL REFERENCES users(id),
  levels TEXT NOT NULL,
  remarks TEXT NOT NULL,
  total REAL NOT NULL,
  rubric TEXT NOT NULL,
  scored_at INTEGER NOT NULL,
  PRIMARY KEY (submission_id, scorer_id)
);
CREATE TABLE IF NOT EXISTS review_defenses (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  submission_id TEXT REFERENCES review_submissions(id) ON DELETE SET NULL,
  scheduled_at INTEGER NOT NULL,
  duration_min INTEGER NOT NULL,
  place TEXT NOT NULL,
  video_url TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  questions TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('passed', 'revise', 'failed')),
  notes TEXT NOT NULL,
  recorded_at INTEGER
);
CREATE INDEX IF NOT EXISTS review_defenses_project ON review_defenses(project_id);
CREATE TABLE IF NOT EXISTS review_rubrics (
  school_id INTEGER PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
  rubric TEXT NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS review_log (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (project_id, seq)
);
CREATE TRIGGER IF NOT EXISTS review_log_append_only BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
-- The newest entry of each project's log, written with it: removing entries from the end of the log
-- leaves the chain intact but no longer reaching this head.
CREATE TABLE IF NOT EXISTS review_log_heads (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
-- Logs written before heads existed get theirs once.
INSERT OR IGNORE INTO review_log_heads (project_id, seq, hash)
  SELECT project_id, seq, hash FROM review_log r WHERE seq = (SELECT MAX(seq) FROM review_log WHERE project_id = r.project_id);
-- Logs written before entries were signed: the review key signs, once, where each one ended (its last
-- unsigned entry), so those entries are checked as "unsigned (legacy)" and cannot be rewritten either.
CREATE TABLE IF NOT EXISTS review_log_legacy (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  key_id TEXT NOT NULL,
  sig TEXT NOT NULL
);
-- How many projects have a log and how many entries all logs hold, signed: a project's whole log
-- deleted (with its head) leaves the count too high.
CREATE TABLE IF NOT EXISTS review_log_totals (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  projects INTEGER NOT NULL,
  entries INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  sig TEXT NOT NULL
);
`;

/** Columns added after the first release of the review tables: [table, column, type]. */
const ADDED_COLUMNS: [string, string, string][] = [
  ['review_log', 'key_id', 'TEXT'],
  ['review_log', 'sig', 'TEXT'],
  ['review_log_heads', 'key_id', 'TEXT'],
  ['review_log_heads', 'sig', 'TEXT'],
];

/** Children first, so `wipe` can delete them before the core tables. */
export const REVIEW_TABLES_CHILD_FIRST = ['review_log_totals', 'review_log_legacy', 'review_log_heads', 'review_log', 'review_rubrics', 'review_defenses', 'review_scores', 'review_comments', 'review_submissions'];

/** The signature columns, on a database whose review tables predate them. */
export function addReviewColumns(db: Database.Database): void {
  for (const [table, column, type] of ADDED_COLUMNS) {
    const has = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
    if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
