/** Assignments, students' work on them and extensions in SQLite (migration 5). */
import type Database from 'better-sqlite3';
import type { AssignmentExtensionRecord, AssignmentRecord, AssignmentWorkRecord } from './records';
import type { AssignmentStore } from './store';

export interface AssignmentRow {
  id: number;
  class_id: number;
  title: string;
  instructions: string;
  experiment_id: string;
  catalog_ref: string | null;
  due_at: number;
  created_by: number;
  created_at: number;
  spec: string | null;
}
export interface WorkRow {
  assignment_id: number;
  student_id: number;
  opened_at: number | null;
  handed_in_at: number | null;
  data: string | null;
}

export const ASSIGNMENT_COLUMNS = 'id, class_id, title, instructions, experiment_id, catalog_ref, due_at, created_by, created_at, spec';
export const toAssignment = (r: AssignmentRow): AssignmentRecord => ({
  id: r.id, classId: r.class_id, title: r.title, instructions: r.instructions, experimentId: r.experiment_id, catalogRef: r.catalog_ref,
  dueAt: Number(r.due_at), createdBy: r.created_by, createdAt: Number(r.created_at), spec: r.spec ?? null,
});
export const toWork = (r: WorkRow): AssignmentWorkRecord => ({
  assignmentId: r.assignment_id, studentId: r.student_id, openedAt: r.opened_at === null ? null : Number(r.opened_at),
  handedInAt: r.handed_in_at === null ? null : Number(r.handed_in_at), data: r.data,
});

export const ASSIGNMENT_SCHEMA_SQLITE = `
CREATE TABLE IF NOT EXISTS assignments (
  id INTEGER PRIMARY KEY,
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  instructions TEXT NOT NULL,
  experiment_id TEXT NOT NULL,
  catalog_ref TEXT,
  due_at INTEGER NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS assignments_class ON assignments (class_id, due_at);
CREATE TABLE IF NOT EXISTS assignment_work (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  opened_at INTEGER,
  handed_in_at INTEGER,
  data TEXT,
  PRIMARY KEY (assignment_id, student_id)
);
CREATE TABLE IF NOT EXISTS assignment_extensions (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  due_at INTEGER NOT NULL,
  PRIMARY KEY (assignment_id, student_id)
);
`;

/** Migration 8: an assignment's setup, mystery ranges, questions and checks (JSON). Skipped when the column is there already. */
export function addAssignmentSpecSqlite(db: Database.Database): void {
  const cols = db.prepare('PRAGMA table_info(assignments)').all() as { name: string }[];
  if (!cols.some((c) => c.name === 'spec')) db.exec('ALTER TABLE assignments ADD COLUMN spec TEXT');
}

const ids = (xs: readonly number[]) => JSON.stringify([...new Set(xs)]);

export class SqliteAssignments implements AssignmentStore {
  constructor(private readonly db: Database.Database) {}

  async createAssignment(a: Omit<AssignmentRecord, 'id'>): Promise<AssignmentRecord> {
    const r = this.db
      .prepare('INSERT INTO assignments (class_id, title, instructions, experiment_id, catalog_ref, due_at, created_by, created_at, spec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.classId, a.title, a.instructions, a.experimentId, a.catalogRef, a.dueAt, a.createdBy, a.createdAt, a.spec ?? null);
    return { ...a, spec: a.spec ?? null, id: Number(r.lastInsertRowid) };
  }

  async assignmentById(id: number): Promise<AssignmentRecord | undefined> {
    const r = this.db.prepare(`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE id = ?`).get(id) as AssignmentRow | undefined;
    return r && toAssignment(r);
  }

  async assignmentsOfClasses(classIds: readonly number[]): Promise<AssignmentRecord[]> {
    if (!classIds.length) return [];
    const rows = this.db.prepare(`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE class_id IN (SELECT value FROM json_each(?)) ORDER BY due_at, id`).all(ids(classIds)) as AssignmentRow[];
    return rows.map(toAssignment);
  }

  async workOf(assignmentIds: readonly number[]): Promise<AssignmentWorkRecord[]> {
    if (!assignmentIds.length) return [];
    const rows = this.db
      .prepare('SELECT assignment_id, student_id, opened_at, handed_in_at, data FROM assignment_work WHERE assignment_id IN (SELECT value FROM json_each(?))')
      .all(ids(assignmentIds)) as WorkRow[];
    return rows.map(toWork);
  }

  async extensionsOf(assignmentIds: readonly number[]): Promise<AssignmentExtensionRecord[]> {
    if (!assignmentIds.length) return [];
    const rows = this.db
      .prepare('SELECT assignment_id, student_id, due_at FROM assignment_extensions WHERE assignment_id IN (SELECT value FROM json_each(?))')
      .all(ids(assignmentIds)) as { assignment_id: number; student_id: number; due_at: number }[];
    return rows.map((r) => ({ assignmentId: r.assignment_id, studentId: r.student_id, dueAt: r.due_at }));
  }

  async markOpened(assignmentId: number, studentId: number, at: number): Promise<void> {
    this.db
      .prepare('INSERT INTO assignment_work (assignment_id, student_id, opened_at) VALUES (?, ?, ?) ON CONFLICT (assignment_id, student_id) DO UPDATE SET opened_at = COALESCE(opened_at, excluded.opened_at)')
      .run(assignmentId, studentId, at);
  }

  async handIn(assignmentId: number, studentId: number, at: number, data: string): Promise<boolean> {
    const r = this.db
      .prepare(
        `INSERT INTO assignment_work (assignment_id, student_id, opened_at, handed_in_at, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (assignment_id, student_id) DO UPDATE SET handed_in_at = excluded.handed_in_at, data = excluded.data, opened_at = COALESCE(opened_at, excluded.opened_at)
         WHERE assignment_work.handed_in_at IS NULL`,
      )
      .run(assignmentId, studentId, at, at, data);
    return r.changes > 0;
  }

  async setExtension(assignmentId: number, studentId: number, dueAt: number): Promise<void> {
    this.db
      .prepare('INSERT INTO assignment_extensions (assignment_id, student_id, due_at) VALUES (?, ?, ?) ON CONFLICT (assignment_id, student_id) DO UPDATE SET due_at = excluded.due_at')
      .run(assignmentId, studentId, dueAt);
  }

  async updateAssignment(a: Pick<AssignmentRecord, 'id' | 'title' | 'instructions' | 'dueAt' | 'spec'>, rechecked: readonly { studentId: number; data: string }[]): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE assignments SET title = ?, instructions = ?, due_at = ?, spec = ? WHERE id = ?').run(a.title, a.instructions, a.dueAt, a.spec ?? null, a.id);
      const work = this.db.prepare('UPDATE assignment_work SET data = ? WHERE assignment_id = ? AND student_id = ? AND handed_in_at IS NOT NULL');
      for (const r of rechecked) work.run(r.data, a.id, r.studentId);
    })();
  }
}
