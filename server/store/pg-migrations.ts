/**
 * The PostgreSQL schema, as versioned migrations. Applied in order at start by `migratePg`, each in its
 * own transaction, recorded in `schema_migrations`; several processes starting at once take turns
 * (an advisory lock), so each migration runs exactly once.
 *
 * Adding a table or a column: append a migration here AND one to sqlite-migrations.ts (same number and
 * name, each in its store's dialect), never edit one that has shipped. docs/deploy.md ("Adding a table")
 * has the checklist.
 *
 * Differences from the SQLite schema, on purpose:
 * - usernames are unique case-insensitively through an index on lower(username) (SQLite: COLLATE NOCASE);
 * - image bytes live in `image_data`, apart from the `images` rows that quota sums and listings read;
 * - review_comments and review_defenses carry `ord` (insertion order; SQLite uses its rowid);
 * - times are BIGINT milliseconds, as in SQLite, so every record reads back the same from both stores.
 */
import type { PgDb } from './pg-db';
import { LAB_SESSIONS_PG } from './pg-lab-sessions';
import { API_TOKENS_PG } from './pg-api-tokens';
import { ASSIGNMENT_SCHEMA_PG, ASSIGNMENT_SPEC_PG } from './pg-assignments';
import { NOTICE_SCHEMA_PG } from './pg-notices';
import { INVITE_SCHEMA_PG } from './pg-invites';
import { INVITE_REVOKE_SQL } from './sqlite-invites';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const CORE = `
CREATE TABLE schools (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('student', 'teacher', 'mentor')),
  school_id INTEGER REFERENCES schools(id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_username ON users (lower(username));
CREATE INDEX users_school_role ON users (school_id, role);
CREATE TABLE mentor_schools (
  mentor_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  PRIMARY KEY (mentor_id, school_id)
);
CREATE INDEX mentor_schools_school ON mentor_schools (school_id);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE TABLE classes (
  id SERIAL PRIMARY KEY,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  invite_code TEXT NOT NULL UNIQUE,
  teacher_id INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX classes_teacher ON classes (teacher_id);
CREATE TABLE class_students (
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (class_id, student_id)
);
CREATE INDEX class_students_student ON class_students (student_id);
CREATE TABLE teams (
  id SERIAL PRIMARY KEY,
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mentor_id INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX teams_class ON teams (class_id);
CREATE INDEX teams_mentor ON teams (mentor_id);
CREATE TABLE team_members (
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, student_id)
);
CREATE INDEX team_members_student ON team_members (student_id);
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  template_id TEXT,
  status TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX projects_team ON projects (team_id);
CREATE TABLE project_mentors (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  mentor_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, mentor_id)
);
CREATE INDEX project_mentors_mentor ON project_mentors (mentor_id);
CREATE TABLE doc_snapshots (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  data BYTEA NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE doc_updates (
  id BIGSERIAL PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  data BYTEA NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX doc_updates_project ON doc_updates (project_id, id);
CREATE TABLE images (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  uploaded_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX images_project_size ON images (project_id, size);
CREATE TABLE image_data (
  image_id TEXT PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
  data BYTEA NOT NULL
);
`;

const REVIEWS = `
CREATE TABLE review_submissions (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  state BYTEA NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  submitted_by INTEGER NOT NULL REFERENCES users(id),
  submitted_at BIGINT NOT NULL,
  note TEXT NOT NULL,
  mentor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'in_review', 'revise', 'approved')),
  decision TEXT CHECK (decision IN ('approve', 'revise')),
  decision_summary TEXT,
  decided_by INTEGER REFERENCES users(id),
  decided_at BIGINT,
  UNIQUE (project_id, number)
);
CREATE INDEX review_submissions_time ON review_submissions (submitted_at);
CREATE FUNCTION review_submission_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'a submission is frozen: its snapshot cannot change'; END $$;
CREATE TRIGGER review_submissions_frozen BEFORE UPDATE OF state, sha256, bytes, project_id, number, submitted_by, submitted_at ON review_submissions
  FOR EACH ROW EXECUTE FUNCTION review_submission_frozen();
CREATE TABLE review_comments (
  id TEXT PRIMARY KEY,
  ord BIGSERIAL NOT NULL,
  submission_id TEXT NOT NULL REFERENCES review_submissions(id) ON DELETE CASCADE,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  cell_id TEXT,
  range_start INTEGER,
  range_end INTEGER,
  quote TEXT,
  parent_id TEXT REFERENCES review_comments(id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  resolved_at BIGINT,
  resolved_by INTEGER REFERENCES users(id)
);
CREATE INDEX review_comments_submission ON review_comments (submission_id, created_at);
CREATE INDEX review_comments_project ON review_comments (project_id);
CREATE TABLE review_scores (
  submission_id TEXT NOT NULL REFERENCES review_submissions(id) ON DELETE CASCADE,
  scorer_id INTEGER NOT NULL REFERENCES users(id),
  levels TEXT NOT NULL,
  remarks TEXT NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  rubric TEXT NOT NULL,
  scored_at BIGINT NOT NULL,
  PRIMARY KEY (submission_id, scorer_id)
);
CREATE TABLE review_defenses (
  id TEXT PRIMARY KEY,
  ord BIGSERIAL NOT NULL,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  submission_id TEXT REFERENCES review_submissions(id) ON DELETE SET NULL,
  scheduled_at BIGINT NOT NULL,
  duration_min INTEGER NOT NULL,
  place TEXT NOT NULL,
  video_url TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  questions TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('passed', 'revise', 'failed')),
  notes TEXT NOT NULL,
  recorded_at BIGINT
);
CREATE INDEX review_defenses_project ON review_defenses (project_id);
CREATE TABLE review_rubrics (
  school_id INTEGER PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
  rubric TEXT NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL
);
CREATE TABLE review_log (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor_id INTEGER NOT NULL,
  at BIGINT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  key_id TEXT,
  sig TEXT,
  PRIMARY KEY (project_id, seq)
);
CREATE FUNCTION review_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the review log is append-only'; END $$;
CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log FOR EACH ROW EXECUTE FUNCTION review_log_append_only();
CREATE TABLE review_log_heads (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  key_id TEXT,
  sig TEXT
);
CREATE TABLE review_log_legacy (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  key_id TEXT NOT NULL,
  sig TEXT NOT NULL
);
CREATE TABLE review_log_totals (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  projects INTEGER NOT NULL,
  entries INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  sig TEXT NOT NULL
);
-- Settings the processes sharing this database agree on (e.g. the id of the key that signs the review log).
CREATE TABLE store_settings (
  k TEXT PRIMARY KEY,
  v TEXT NOT NULL
);
`;

/**
 * Process evaluation (server/evaluation): ratings of soft indicators and each class's weight scheme. Their
 * log entries go to the review log under `class:<id>`, so the log's tables no longer reference projects.
 */
const EVALUATION = `
CREATE TABLE evaluation_ratings (
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  rater_id INTEGER NOT NULL REFERENCES users(id),
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  remark TEXT NOT NULL,
  rated_at BIGINT NOT NULL,
  PRIMARY KEY (class_id, student_id, indicator, rater_id)
);
CREATE TABLE evaluation_schemes (
  class_id INTEGER PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
  scheme TEXT NOT NULL,
  floor_pct INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL
);
ALTER TABLE review_log DROP CONSTRAINT IF EXISTS review_log_project_id_fkey;
ALTER TABLE review_log_heads DROP CONSTRAINT IF EXISTS review_log_heads_project_id_fkey;
ALTER TABLE review_log_legacy DROP CONSTRAINT IF EXISTS review_log_legacy_project_id_fkey;
`;

export const PG_MIGRATIONS: PgMigration[] = [
  { version: 1, name: 'accounts, classes, projects, documents, images', sql: CORE },
  { version: 2, name: 'reviews and the signed review log', sql: REVIEWS },
  {
    version: 3,
    name: 'school administrators, student numbers, passwords set by others',
    sql: `
      ALTER TABLE users DROP CONSTRAINT users_role_check;
      ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('student', 'teacher', 'mentor', 'admin'));
      ALTER TABLE users ADD COLUMN student_number TEXT;
      ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT false;
    `,
  },
  { version: 4, name: 'process evaluation', sql: EVALUATION },
  { version: 5, name: 'assignments, students\' work on them, extensions', sql: ASSIGNMENT_SCHEMA_PG },
  { version: 6, name: 'inbox notices', sql: NOTICE_SCHEMA_PG },
  { version: 7, name: 'lab sessions', sql: LAB_SESSIONS_PG },
  { version: 8, name: 'assignments: setup, mystery ranges, questions, checks', sql: ASSIGNMENT_SPEC_PG },
  { version: 9, name: 'mentor invite links', sql: INVITE_SCHEMA_PG },
  { version: 10, name: 'school API tokens', sql: API_TOKENS_PG },
  {
    version: 11,
    name: 'school evaluation policies',
    sql: `
      CREATE TABLE school_policies (
        school_id INTEGER PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
        floor_pct INTEGER NOT NULL CHECK (floor_pct BETWEEN 40 AND 100),
        scheme TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users(id),
        updated_at BIGINT NOT NULL
      );
    `,
  },
  { version: 12, name: 'revoked mentor invite links', sql: INVITE_REVOKE_SQL },
];

/** Tables in an order that lets `wipe` delete children before parents. */
export const PG_TABLES_CHILD_FIRST = [
  'api_tokens', 'mentor_invites', 'lab_sessions',
  'notices', 'assignment_extensions', 'assignment_work', 'assignments',
  'evaluation_ratings', 'evaluation_schemes', 'school_policies',
  'review_log_totals', 'review_log_legacy', 'review_log_heads', 'review_log', 'review_rubrics', 'review_defenses', 'review_scores', 'review_comments', 'review_submissions',
  'image_data', 'images', 'doc_updates', 'doc_snapshots', 'project_mentors', 'projects', 'team_members', 'teams', 'class_students', 'classes', 'sessions', 'mentor_schools',
  'users', 'schools',
];

/** Any number; every process of one database uses the same one, so migrations run one process at a time. */
const MIGRATION_LOCK = 0x5370_726f; // 'Spro'

/** Creates the pool's schema if missing and applies the migrations not yet recorded; returns the versions applied now. */
export async function migratePg(db: PgDb, migrations: PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  const client = await db.pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      // under the lock too: CREATE SCHEMA IF NOT EXISTS from two sessions at once can fail with a unique
      // violation on pg_namespace (it checks, then inserts), so processes starting together would not all start
      if (db.opts.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${db.opts.schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${(e as Error).message}`);
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
  return applied;
}
