/**
 * The HTTP contract of assignments (issue #19): a teacher assigns an experiment of the catalogue to a
 * class with instructions and a due date; students open it and hand in the data they recorded; the
 * teacher sees who has done what and gives one student more time. Request schemas (zod) for the server,
 * answer types for the app, and the one rule for an assignment's status that both show.
 *
 *   POST /api/classes/:id/assignments                 class teacher: assign
 *   GET  /api/classes/:id/assignments                 class teacher: the class's assignments with counts
 *   GET  /api/classes/:id/progress                    class teacher: students × assignments
 *   GET  /api/assignments                             student: what is set for them, with their status
 *   GET  /api/assignments/:id                         class teacher (every student's work) or student (own)
 *   POST /api/assignments/:id/open                    student: opened (once is noted)
 *   POST /api/assignments/:id/hand-in                 student: the recorded data, once
 *   PUT  /api/assignments/:id/due-dates/:studentId    class teacher: a later due date for one student
 */
import { z } from 'zod';

export const MAX_HAND_IN_ROWS = 500;
export const MAX_HAND_IN_COLUMNS = 40;

const Id = z.number().int('must be a whole number').positive('must be a positive id');
/** Milliseconds since 1970 (UTC), as Date.getTime() gives. */
const Time = z.number().int('must be a whole number of milliseconds').min(Date.UTC(2000, 0, 1), 'must be a date after 2000').max(Date.UTC(2100, 0, 1), 'must be a date before 2100');

export const CreateAssignmentBody = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters'),
  instructions: z.string().trim().max(4000, 'at most 4000 characters'),
  experimentId: z.string().trim().min(1, 'choose an experiment').max(80, 'at most 80 characters'),
  /** `standard:code` of the catalogue entry (simulations/catalog), when chosen from it. */
  catalogRef: z.string().max(80, 'at most 80 characters').nullable().optional(),
  dueAt: Time,
});
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentBody>;

const Cell = z.union([z.number().finite('must be a finite number'), z.string().max(200, 'at most 200 characters')]);
export const HandInBody = z.object({
  table: z.object({
    columns: z.array(z.object({ name: z.string().min(1).max(80), unit: z.string().max(20), labelKey: z.string().max(120).optional() })).min(1, 'record at least one column').max(MAX_HAND_IN_COLUMNS, `at most ${MAX_HAND_IN_COLUMNS} columns`),
    rows: z.array(z.array(Cell)).min(1, 'record at least one row before handing in').max(MAX_HAND_IN_ROWS, `at most ${MAX_HAND_IN_ROWS} rows`),
  }),
  note: z.string().max(2000, 'at most 2000 characters').optional(),
});
export type HandInInput = z.infer<typeof HandInBody>;
export type HandedInTable = HandInInput['table'];

export const ExtendBody = z.object({ dueAt: Time });

/**
 * not_opened: not yet opened, not yet due · working: opened, not handed in, not yet due ·
 * handed_in: on time · late: handed in after its due date · missing: due, not handed in.
 */
export type AssignmentStatus = 'not_opened' | 'working' | 'handed_in' | 'late' | 'missing';

export function assignmentStatus(work: { openedAt: number | null; handedInAt: number | null } | undefined, dueAt: number, now: number): AssignmentStatus {
  if (work?.handedInAt != null) return work.handedInAt > dueAt ? 'late' : 'handed_in';
  if (now > dueAt) return 'missing';
  return work?.openedAt != null ? 'working' : 'not_opened';
}

export interface AssignmentView {
  id: number;
  classId: number;
  className: string;
  title: string;
  instructions: string;
  experimentId: string;
  catalogRef: string | null;
  /** The class's due date. */
  dueAt: number;
  createdAt: number;
}

/** An assignment as a student sees it: their own due date (an extension included), status and work. */
export interface StudentAssignment extends AssignmentView {
  myDueAt: number;
  status: AssignmentStatus;
  openedAt: number | null;
  handedInAt: number | null;
  handedIn: { table: HandedInTable; note?: string } | null;
}

export interface StudentWork {
  student: { id: number; displayName: string; username: string };
  dueAt: number;
  extended: boolean;
  status: AssignmentStatus;
  openedAt: number | null;
  handedInAt: number | null;
  handedIn: { table: HandedInTable; note?: string } | null;
}

/** An assignment as its teacher sees it. */
export interface TeacherAssignment extends AssignmentView {
  counts: Record<AssignmentStatus, number>;
  work?: StudentWork[];
}

export interface ClassProgress {
  class: { id: number; name: string };
  students: { id: number; displayName: string; username: string }[];
  assignments: { id: number; title: string; dueAt: number }[];
  /** cells[s][a]: the status of student s on assignment a (students and assignments in the order above). */
  cells: { status: AssignmentStatus; dueAt: number; handedInAt: number | null }[][];
}
