/**
 * The process-evaluation API (server/evaluation/routes.ts) as both sides see it: the rating request's
 * schema and the shapes of the gradebook, a student's evaluation and its timeline.
 *
 *   GET /api/classes/:id/evaluation                  teacher of the class: the gradebook (GradebookView) and raters
 *   PUT /api/classes/:id/evaluation/weights          teacher: the class's scheme (WeightScheme; 400 below_floor with floorPct)
 *   PUT /api/classes/:id/evaluation/ratings          teacher or the team's mentor: a soft indicator's rating (RatingRequestSchema)
 *   GET /api/classes/:id/evaluation/students/:sid    the student ('me'), the teacher, the team's mentor (StudentEvaluationView)
 *   GET /api/evaluation/mentored                     a mentor: the students of the teams they mentor
 *   POST /api/lab-sessions                           a student's lab frame (LabSessionReportSchema)
 *   (the school's policy routes are described below, at SchoolPolicyView)
 */
import { z } from 'zod';
import { CONTRACT_RULES } from './field-rules';
import type { IndicatorResult } from '../evaluation/indicator-result';
import { SOFT_INDICATORS, type IndicatorId } from '../evaluation/indicators';
import type { SchoolPolicy, WeightScheme } from '../evaluation/weights';

export { SchoolPolicySchema } from '../evaluation/weights';

export const RatingRequestSchema = z
  .object({
    studentId: z.number().int('must be a whole number').positive('must be a positive id'),
    indicator: z.enum(SOFT_INDICATORS, { message: `must be one of ${SOFT_INDICATORS.join(', ')}` }),
    level: z.number().int('must be a whole number from 1 to 4').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
    remark: z.string().trim().max(500, 'at most 500 characters').default(''),
  })
  .strict();
export type RatingRequest = z.input<typeof RatingRequestSchema>;

export interface EvaluationPerson {
  id: number;
  displayName: string;
  username: string;
}

/** The result part: the rubric's product criteria of the latest scored submission. */
export interface ResultScore {
  score: number | null;
  /** The submission the score comes from. */
  submissionNumber: number | null;
  scorers: number;
}

export interface GradebookRowView {
  student: EvaluationPerson;
  team: { id: number; name: string } | null;
  project: { id: string; title: string; status: string } | null;
  indicators: IndicatorResult[];
  process: number | null;
  /** Each counted indicator's share of the process score (0–1). */
  shares: Partial<Record<IndicatorId, number>>;
  result: ResultScore;
  total: number | null;
}

export interface LogReceipt {
  seq: number;
  receipt: string | null;
}

export interface GradebookView {
  class: { id: number; name: string; schoolId: number; teacherId: number };
  scheme: WeightScheme;
  schemeOf: 'class' | 'school';
  floorPct: number;
  /** The class's own scheme gives the process less than the school's floor (the floor was raised after it was saved). */
  belowFloor: boolean;
  rows: GradebookRowView[];
  log: LogReceipt | null;
  generatedAt: number;
}

export type TimelineEvent =
  | { kind: 'notebook_day'; at: number; day: string; chars: number; cells: number; rows: number; edits: number }
  | { kind: 'lab_session'; at: number; simulationId: string; runs: number; recordedRows: number }
  | { kind: 'assignment'; at: number; title: string; late: boolean }
  | { kind: 'submission'; at: number; number: number; byStudent: boolean }
  | { kind: 'reply'; at: number; submissionNumber: number }
  | { kind: 'decision'; at: number; number: number; decision: string }
  | { kind: 'defense'; at: number; outcome: string | null }
  | { kind: 'rating'; at: number; indicator: string; level: number; raterId: number };

export interface StudentEvaluationView {
  class: GradebookView['class'];
  scheme: WeightScheme;
  schemeOf: 'class' | 'school';
  floorPct: number;
  generatedAt: number;
  log: LogReceipt | null;
  row: GradebookRowView;
  timeline: TimelineEvent[];
  /** Display names of the raters, by id. */
  raters: Record<string, string>;
  canRate: boolean;
}

/** The head of the class's evaluation log after a write: its sequence number and receipt code. */
export interface HeadReceipt {
  seq: number;
  code: string | null;
}

/** GET /api/classes/:id/evaluation */
export interface GradebookAnswer {
  gradebook: GradebookView;
  /** Display names of the raters, by id. */
  raters: Record<string, string>;
}

/** PUT /api/classes/:id/evaluation/weights */
export interface WeightsSaved {
  scheme: WeightScheme;
  floorPct: number;
  receipt: HeadReceipt | null;
}

/** A soft indicator's rating as stored. */
export interface RatingRecordView {
  classId: number;
  studentId: number;
  indicator: string;
  raterId: number;
  level: number;
  remark: string;
  ratedAt: number;
}

/** PUT /api/classes/:id/evaluation/ratings */
export interface RatingSaved {
  rating: RatingRecordView;
  receipt: HeadReceipt | null;
}

/** GET /api/evaluation/mentored: the teams a mentor mentors, each with its class and students. */
export interface MentoredTeams {
  teams: { class: { id: number; name: string }; team: { id: number; name: string }; students: { id: number; displayName: string }[] }[];
}

/** What the lab frame reports of a student's lab session (POST /api/lab-sessions); the server keeps the times. */
export const LabSessionReportSchema = z
  .object({
    sessionId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, CONTRACT_RULES.lab_session_id),
    simulationId: z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, CONTRACT_RULES.simulation_id),
    runs: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000, 'must be 100000 or less'),
    recordedRows: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000, 'must be 100000 or less'),
  })
  .strict();
export type LabSessionReport = z.infer<typeof LabSessionReportSchema>;

/**
 * A school's evaluation policy (server/evaluation/policy-routes.ts), for its administrator:
 *
 *   GET /api/admin/evaluation-policy                        the policy, who set it when, the log's receipt,
 *                                                           and the classes whose own scheme is below the floor
 *   PUT /api/admin/evaluation-policy {floorPct, scheme}     floor 40–100 % (field floorPct), the default
 *                                                           scheme's process share at least the floor
 *                                                           (field scheme.processPct); appended to the
 *                                                           school's log (`school:<id>`), checked by verify-reviews
 */
export interface SchoolPolicyView {
  policy: SchoolPolicy;
  /** False while the school uses the built-in default (process ≥ 40 %). */
  stored: boolean;
  updatedAt: number | null;
  updatedBy: { id: number; displayName: string } | null;
  receipt: LogReceipt | null;
  /** Classes of the school whose own scheme gives the process less than the floor. */
  classesBelowFloor: { id: number; name: string; processPct: number }[];
}
