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
 *   PATCH /api/assignments/:id                        class teacher: edit title, instructions, due date, questions,
 *                                                     checks; add students or teams (an audience only grows).
 *                                                     The students it is set for get an 'assignment_changed' notice,
 *                                                     the added ones 'assignment_set'; hand-ins are checked again
 *                                                     under edited checks.
 *
 * An assignment may carry a saved bench setup (with its locked parts, hidden tools and mystery parts: a
 * notebook experiment cell's, a share link's or a file's), a range for each mystery value (each student
 * gets their own, seeded by assignment and student: simulations/bench/mystery-values.ts), questions the
 * hand-in answers, and checks the server runs at hand-in (./assignment-checks.ts).
 */
import { z } from 'zod';
import { CheckSpec, MAX_CHECKS, MAX_QUESTIONS, type CheckResult, type TrueValue } from './assignment-checks';
import { ruleIssue } from './field-rules';

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
  /** A bench setup (simulations/bench/setup.ts, any version) of the experiment's bench; checked against its parts on the server. */
  setup: z.record(z.string(), z.unknown()).nullable().optional(),
  /** A range per mystery property of the setup: each student gets a value in it. */
  mystery: z
    .array(z.object({ part: z.string().min(1).max(24), prop: z.string().min(1).max(40), min: z.number().finite('must be a number'), max: z.number().finite('must be a number') }).strict())
    .max(20, 'at most 20 ranges')
    .optional(),
  /** Questions the hand-in answers in text, in order (checks name them by position from 0). */
  questions: z.array(z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters')).max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`).optional(),
  checks: z.array(CheckSpec).max(MAX_CHECKS, `at most ${MAX_CHECKS} checks`).optional(),
  /** Set for part of the class only: these students and the members of these teams of the class. Both absent or empty: the whole class. */
  studentIds: z.array(Id).max(200, 'at most 200 students').optional(),
  teamIds: z.array(Id).max(50, 'at most 50 teams').optional(),
});
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentBody>;

const Title = CreateAssignmentBody.shape.title;
const Instructions = CreateAssignmentBody.shape.instructions;

/** What a teacher may change after assigning: every field optional, at least one given; students and teams are only added. */
export const EditAssignmentBody = z
  .object({
    title: Title.optional(),
    instructions: Instructions.optional(),
    dueAt: Time.optional(),
    questions: z.array(z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters')).max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`).optional(),
    checks: z.array(CheckSpec).max(MAX_CHECKS, `at most ${MAX_CHECKS} checks`).optional(),
    /** Students and teams of the class to add to an assignment set for part of the class (nobody is taken off). */
    addStudentIds: z.array(Id).max(200, 'at most 200 students').optional(),
    addTeamIds: z.array(Id).max(50, 'at most 50 teams').optional(),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), ruleIssue('change_something'));
export type EditAssignmentInput = z.infer<typeof EditAssignmentBody>;

/** What an edit changed, as the 'assignment_changed' notice names it. */
export const ASSIGNMENT_CHANGES = ['title', 'instructions', 'dueAt', 'questions', 'checks', 'audience'] as const;
export type AssignmentChange = (typeof ASSIGNMENT_CHANGES)[number];

const Cell = z.union([z.number().finite('must be a finite number'), z.string().max(200, 'at most 200 characters')]);
export const HandInBody = z.object({
  table: z.object({
    columns: z.array(z.object({ name: z.string().min(1).max(80), unit: z.string().max(20), labelKey: z.string().max(120).optional() })).min(1, 'record at least one column').max(MAX_HAND_IN_COLUMNS, `at most ${MAX_HAND_IN_COLUMNS} columns`),
    rows: z.array(z.array(Cell)).min(1, 'record at least one row before handing in').max(MAX_HAND_IN_ROWS, `at most ${MAX_HAND_IN_ROWS} rows`),
  }),
  note: z.string().max(2000, 'at most 2000 characters').optional(),
  /** Answers to the assignment's questions, in their order. */
  answers: z.array(z.string().max(2000, 'at most 2000 characters')).max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} answers`).optional(),
  /** The lab's plot of the recorded data: which column against which (the teacher's page draws it from the table). */
  graph: z.object({ x: z.string().min(1).max(80), y: z.string().min(1).max(80) }).strict().optional(),
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

/** What was handed in: the table, and the answers, the plot and the checks' results when there are. */
export interface HandedIn {
  table: HandedInTable;
  note?: string;
  answers?: string[];
  graph?: { x: string; y: string };
  checks?: CheckResult[];
}

export type { CheckResult, CheckSpec, TrueValue };

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
  /** Whether it opens a saved setup (the student's own copy: `StudentAssignment.setup`). */
  hasSetup: boolean;
  /** Whom it is set for: null for the whole class; else students and teams (a team's members as they are now). */
  to: { studentIds: number[]; teamIds: number[] } | null;
  questions: string[];
  checks: CheckSpec[];
}

/** An assignment as a student sees it: their own due date (an extension included), status and work. */
export interface StudentAssignment extends AssignmentView {
  myDueAt: number;
  status: AssignmentStatus;
  openedAt: number | null;
  handedInAt: number | null;
  handedIn: HandedIn | null;
  /** The setup as this student opens it (their mystery values in it); only in the answer about one assignment. */
  setup?: Record<string, unknown> | null;
}

export interface StudentWork {
  student: { id: number; displayName: string; username: string };
  dueAt: number;
  extended: boolean;
  status: AssignmentStatus;
  openedAt: number | null;
  handedInAt: number | null;
  handedIn: HandedIn | null;
  /** This student's true mystery values. */
  trueValues: TrueValue[];
}

/** An assignment as its teacher sees it. */
export interface TeacherAssignment extends AssignmentView {
  counts: Record<AssignmentStatus, number>;
  work?: StudentWork[];
  /** The assigned setup and ranges (in the answer about one assignment). */
  setup?: Record<string, unknown> | null;
  mystery?: { part: string; prop: string; min: number; max: number }[];
}

export interface ClassProgress {
  class: { id: number; name: string };
  students: { id: number; displayName: string; username: string }[];
  assignments: { id: number; title: string; dueAt: number }[];
  /** cells[s][a]: the status of student s on assignment a (students and assignments in the order above); null when it is not set for them. */
  cells: ({ status: AssignmentStatus; dueAt: number; handedInAt: number | null } | null)[][];
}
