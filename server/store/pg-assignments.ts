/** Assignments, students' work on them and extensions in PostgreSQL (same rows and answers as sqlite-assignments.ts). */
import type { PgDb } from './pg-db';
import type { AssignmentExtensionRecord, AssignmentRecord, AssignmentWorkRecord } from './records';
import { ASSIGNMENT_COLUMNS, toAssignment, toWork, type AssignmentRow, type WorkRow } from './sqlite-assignments';
import type { AssignmentStore } from './store';

export const ASSIGNMENT_SCHEMA_PG = `
CREATE TABLE assignments (
  id SERIAL PRIMARY KEY,
  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  instructions TEXT NOT NULL,
  experiment_id TEXT NOT NULL,
  catalog_ref TEXT,
  due_at BIGINT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX assignments_class ON assignments (class_id, due_at);
CREATE TABLE assignment_work (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  opened_at BIGINT,
  handed_in_at BIGINT,
  data TEXT,
  PRIMARY KEY (assignment_id, student_id)
);
CREATE TABLE assignment_extensions (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  due_at BIGINT NOT NULL,
  PRIMARY KEY (assignment_id, student_id)
);
`;

/** Migration 8: an assignment's setup, mystery ranges, questions and checks (JSON). */
export const ASSIGNMENT_SPEC_PG = 'ALTER TABLE assignments ADD COLUMN IF NOT EXISTS spec TEXT;';

const uniq = (xs: readonly number[]) => [...new Set(xs)];

export class PgAssignments implements AssignmentStore {
  constructor(private readonly db: PgDb) {}

  async createAssignment(a: Omit<AssignmentRecord, 'id'>): Promise<AssignmentRecord> {
    const r = (await this.db.one<{ id: number }>(
      'INSERT INTO assignments (class_id, title, instructions, experiment_id, catalog_ref, due_at, created_by, created_at, spec) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id',
      [a.classId, a.title, a.instructions, a.experimentId, a.catalogRef, a.dueAt, a.createdBy, a.createdAt, a.spec ?? null],
    ))!;
    return { ...a, spec: a.spec ?? null, id: r.id };
  }

  async assignmentById(id: number): Promise<AssignmentRecord | undefined> {
    const r = await this.db.one<AssignmentRow>(`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE id = $1`, [id]);
    return r && toAssignment(r);
  }

  async assignmentsOfClasses(classIds: readonly number[]): Promise<AssignmentRecord[]> {
    if (!classIds.length) return [];
    return (await this.db.query<AssignmentRow>(`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE class_id = ANY($1::int[]) ORDER BY due_at, id`, [uniq(classIds)])).map(toAssignment);
  }

  async workOf(assignmentIds: readonly number[]): Promise<AssignmentWorkRecord[]> {
    if (!assignmentIds.length) return [];
    const rows = await this.db.query<WorkRow>('SELECT assignment_id, student_id, opened_at, handed_in_at, data FROM assignment_work WHERE assignment_id = ANY($1::int[])', [uniq(assignmentIds)]);
    return rows.map(toWork);
  }

  async extensionsOf(assignmentIds: readonly number[]): Promise<AssignmentExtensionRecord[]> {
    if (!assignmentIds.length) return [];
    const rows = await this.db.query<{ assignment_id: number; student_id: number; due_at: string }>(
      'SELECT assignment_id, student_id, due_at FROM assignment_extensions WHERE assignment_id = ANY($1::int[])',
      [uniq(assignmentIds)],
    );
    return rows.map((r) => ({ assignmentId: r.assignment_id, studentId: r.student_id, dueAt: Number(r.due_at) }));
  }

  async markOpened(assignmentId: number, studentId: number, at: number): Promise<void> {
    await this.db.run(
      'INSERT INTO assignment_work (assignment_id, student_id, opened_at) VALUES ($1, $2, $3) ON CONFLICT (assignment_id, student_id) DO UPDATE SET opened_at = COALESCE(assignment_work.opened_at, excluded.opened_at)',
      [assignmentId, studentId, at],
    );
  }

  async handIn(assignmentId: number, studentId: number, at: number, data: string): Promise<boolean> {
    const n = await this.db.run(
      `INSERT INTO assignment_work (assignment_id, student_id, opened_at, handed_in_at, data) VALUES ($1, $2, $3, $3, $4)
       ON CONFLICT (assignment_id, student_id) DO UPDATE SET handed_in_at = excluded.handed_in_at, data = excluded.data, opened_at = COALESCE(assignment_work.opened_at, excluded.opened_at)
       WHERE assignment_work.handed_in_at IS NULL`,
      [assignmentId, studentId, at, data],
    );
    return n > 0;
  }

  async setExtension(assignmentId: number, studentId: number, dueAt: number): Promise<void> {
    await this.db.run(
      'INSERT INTO assignment_extensions (assignment_id, student_id, due_at) VALUES ($1, $2, $3) ON CONFLICT (assignment_id, student_id) DO UPDATE SET due_at = excluded.due_at',
      [assignmentId, studentId, dueAt],
    );
  }

  async updateAssignment(a: Pick<AssignmentRecord, 'id' | 'title' | 'instructions' | 'dueAt' | 'spec'>, rechecked: readonly { studentId: number; data: string }[]): Promise<void> {
    await this.db.tx(async (q) => {
      await q.run('UPDATE assignments SET title = $1, instructions = $2, due_at = $3, spec = $4 WHERE id = $5', [a.title, a.instructions, a.dueAt, a.spec ?? null, a.id]);
      if (rechecked.length) {
        await q.run(
          `UPDATE assignment_work w SET data = r.data FROM jsonb_to_recordset($1::jsonb) AS r(student_id integer, data text)
           WHERE w.assignment_id = $2 AND w.student_id = r.student_id AND w.handed_in_at IS NOT NULL`,
          [JSON.stringify(rechecked.map((r) => ({ student_id: r.studentId, data: r.data }))), a.id],
        );
      }
    });
  }
}
