/**
 * The HTTP contract of project review (server/review/*-routes.ts): submissions, comments, scores against the
 * school's rubric, decisions, defenses, the review log, portfolios and a student's feedback.
 *
 *   POST /api/projects/:id/submissions       students of the team: freeze the project for review (SubmitBody)
 *   GET  /api/projects/:id/submissions       review readers: every submission, oldest first
 *   GET  /api/reviews/queue                  mentor or teacher: ?status&schoolId&classId&limit, newest first (Queue)
 *   GET  /api/submissions/:id                SubmissionDetail
 *   GET  /api/submissions/:id/diff           what changed since the previous submission (DiffResult)
 *   POST /api/submissions/:id/decision       the mentor, once per submission (DecisionBody)
 *   POST /api/submissions/:id/comments       the mentor (CommentBody)
 *   POST /api/comments/:id/replies           the team's students and the mentor (ReplyBody)
 *   POST /api/comments/:id/resolve           the team's students and the mentor (ResolveBody)
 *   GET  /api/projects/:id/review-comments   the latest submission and its threads by cell (ProjectReview)
 *   PUT  /api/submissions/:id/score          the mentor (ScoreBody)
 *   GET  /api/schools/:id/rubric             the school's people and its mentors: {rubric, custom}
 *   PUT  /api/schools/:id/rubric             the school's teachers (RubricSchema)
 *   POST /api/projects/:id/defenses          the mentor (ScheduleDefenseBody)
 *   PUT  /api/defenses/:id/record            the mentor (RecordDefenseBody)
 *   GET  /api/projects/:id/defenses          review readers
 *   GET  /api/projects/:id/review-history    the project's review log and its chain check (History)
 *   GET  /api/students/:id/portfolio         the student, their teacher, their mentors (Portfolio)
 *   GET  /api/feedback                       a student: what reached each of their projects (ProjectFeedback[])
 *
 * (GET /api/submissions/:id/snapshot answers the frozen bytes, not JSON.) The server's views are built in
 * server/review/review-views.ts; the answer types here are what the app reads of them.
 */
import { z } from 'zod';
import { CONTRACT_RULES, ruleIssue } from './field-rules';

export const SUBMISSION_STATUSES = ['submitted', 'in_review', 'revise', 'approved'] as const;
export const DEFENSE_OUTCOMES = ['passed', 'revise', 'failed'] as const;
export type DefenseOutcome = (typeof DEFENSE_OUTCOMES)[number];

export const RUBRIC_LOCALES = ['zh-CN', 'en'] as const;
const Localized = z.object({
  'zh-CN': z.string().trim().min(1, 'must not be empty').max(400, 'at most 400 characters'),
  en: z.string().trim().min(1, 'must not be empty').max(400, 'at most 400 characters'),
});
export type LocalizedText = z.infer<typeof Localized>;

export const RubricSchema = z
  .object({
    criteria: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, CONTRACT_RULES.criterion_id),
          group: z.enum(['product', 'process']),
          name: Localized,
          weight: z.number().finite('must be a finite number').min(0, 'must be 0 or more').max(100, 'at most 100'),
          levels: z.array(z.object({ description: Localized })).min(2, 'at least 2 levels').max(6, 'at most 6 levels'),
        }),
      )
      .min(1, 'at least one criterion')
      .max(20, 'at most 20 criteria'),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], ...ruleIssue('used_twice', { value: c.id }) });
      seen.add(c.id);
    });
    if (r.criteria.every((c) => c.weight === 0)) ctx.addIssue({ code: 'custom', path: ['criteria'], ...ruleIssue('some_weight') });
  });
export type Rubric = z.infer<typeof RubricSchema>;
export type RubricCriterion = Rubric['criteria'][number];

const CommentText = z.string().trim().min(1, 'must not be empty').max(4000, 'at most 4000 characters');
export const CommentBody = z.object({
  cellId: z.string().min(1, 'choose the cell this comment is about').max(64, 'at most 64 characters'),
  range: z
    .object({ start: z.number().int('must be a whole number').min(0, 'must be 0 or more'), end: z.number().int('must be a whole number').min(1, 'must be 1 or more') })
    .refine((r) => r.end > r.start, { ...ruleIssue('end_after_start'), path: ['end'] })
    .optional(),
  body: CommentText,
});
export const ReplyBody = z.object({ body: CommentText });
export const ResolveBody = z.object({ resolved: z.boolean() });

export const ScheduleDefenseBody = z
  .object({
    scheduledAt: z.number().int('must be milliseconds since 1970 (UTC)').min(946_684_800_000, 'must be a time after the year 2000'),
    durationMin: z.number().int('must be a whole number of minutes').min(5, 'at least 5 minutes').max(240, 'at most 240 minutes').optional(),
    place: z.string().trim().max(200, 'at most 200 characters').optional(),
    videoUrl: z
      .string()
      .trim()
      .max(500, 'at most 500 characters')
      .regex(/^https:\/\/[^\s]+$/, CONTRACT_RULES.https_link)
      .optional(),
    submissionId: z.string().max(64).optional(),
  })
  .refine((b) => !!(b.place || b.videoUrl), { ...ruleIssue('place_or_video'), path: ['place'] });

export const RecordDefenseBody = z.object({
  questions: z
    .array(z.object({ question: z.string().trim().min(1, 'must not be empty').max(2000, 'at most 2000 characters'), answer: z.string().trim().max(4000, 'at most 4000 characters') }))
    .min(1, 'record at least one question')
    .max(50, 'at most 50 questions'),
  outcome: z.enum(DEFENSE_OUTCOMES),
  notes: z.string().trim().max(4000, 'at most 4000 characters').optional(),
});

export const ScoreBody = z.object({
  levels: z.record(z.string().max(40, 'criterion ids are at most 40 characters'), z.number()),
  remarks: z.record(z.string().max(40, 'criterion ids are at most 40 characters'), z.string().trim().max(2000, 'at most 2000 characters')).optional(),
});

export const SubmitBody = z.object({ note: z.string().trim().max(2000, 'at most 2000 characters').optional() });
export const DecisionBody = z.object({
  decision: z.enum(['approve', 'revise']),
  summary: z.string().trim().min(1, 'write a short summary for the team').max(4000, 'at most 4000 characters'),
});


export interface Person {
  id: number;
  displayName: string;
  role: string;
}
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export interface Submission {
  id: string;
  projectId: string;
  number: number;
  sha256: string;
  bytes: number;
  note: string;
  submittedAt: number;
  submittedBy: Person | null;
  mentor: Person | null;
  status: SubmissionStatus;
  decision: { decision: 'approve' | 'revise'; summary: string; /** null only for a decision recorded without its time (the store allows it) */ decidedAt: number | null; decidedBy: Person | null } | null;
  /** The receipt of the log entry that recorded the decision (GET /api/submissions/:id and the decision answer). */
  decisionReceipt?: { seq: number; code: string | null } | null;
}
export interface Reply {
  id: string;
  body: string;
  author: Person | null;
  createdAt: number;
}
export interface CommentThread extends Reply {
  cellId: string | null;
  range: { start: number; end: number; quote: string } | null;
  resolved: { at: number; by: Person | null } | null;
  replies: Reply[];
}
export interface Score {
  scorer: Person | null;
  levels: Record<string, number>;
  remarks: Record<string, string>;
  total: number;
  rubric: Rubric;
  scoredAt: number;
}
export interface SubmissionDetail {
  submission: Submission;
  project: { id: string; title: string; status: string; team: { id: number; name: string } };
  previous: { id: string; number: number; sha256: string } | null;
  latestId: string;
  rubric: Rubric;
  rubricCustom: boolean;
  scores: Score[];
  comments: CommentThread[];
  may: { write: boolean; reply: boolean; submit: boolean };
}
export interface QueueItem {
  submission: Submission;
  project: { id: string; title: string; status: string };
  team: { id: number; name: string };
  class: { id: number; name: string };
  school: { id: number; name: string };
}
export interface Queue {
  items: QueueItem[];
  total: number;
  facets: { schools: { id: number; name: string }[]; classes: { id: number; name: string; schoolId: number }[] };
}
export type WordOp = { op: 'same' | 'added' | 'removed'; text: string };
export interface DiffResult {
  previous: { id: string; number: number; submittedAt: number } | null;
  diff: {
    titleChanged: { before: string; after: string } | null;
    cells: { cellId: string; kind: string; title: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; moved: boolean; words: WordOp[] }[];
    counts: { added: number; removed: number; changed: number; unchanged: number; moved: number };
  } | null;
}
export interface Defense {
  id: string;
  projectId: string;
  submissionId: string | null;
  scheduledAt: number;
  durationMin: number;
  place: string;
  videoUrl: string;
  createdBy: Person | null;
  questions: { question: string; answer: string }[];
  outcome: DefenseOutcome | null;
  notes: string;
  recordedAt: number | null;
}
export interface HistoryEntry {
  seq: number;
  type: string;
  at: number;
  actor: Person | null;
  payload: Record<string, unknown>;
  hash: string;
  prevHash: string;
}
export interface History {
  chain: { ok: boolean; entries: number; legacy?: number; brokenAt?: number | null; reason?: string; receipt?: string | null; problems?: { seq?: number; record?: string; message: string }[] };
  entries: HistoryEntry[];
}
export interface PortfolioProject {
  id: string;
  title: string;
  status: string;
  team: { id: number; name: string };
  createdAt: number;
  submissions: (Submission & { scores: Score[]; comments: CommentThread[] })[];
  defenses: Defense[];
  /** The receipt of the newest entry of the project's review log; null before its first review event. */
  receipt: { seq: number; code: string | null } | null;
}
export interface Portfolio {
  student: { id: number; displayName: string };
  generatedAt: number;
  projects: PortfolioProject[];
}

/** The latest submission of a project and its comment threads by cell (for the notebook). */
export interface ProjectReview {
  submission: (Pick<Submission, 'id' | 'number' | 'status' | 'mentor' | 'decision'>) | null;
  byCell: Record<string, CommentThread[]>;
}

/** What reached one of the student's projects from its mentor (GET /api/feedback). */
export interface ProjectFeedback {
  project: { id: string; title: string; status: string };
  submission: Submission | null;
  comments: { total: number; open: number };
  /** The newest comment, reply, score, decision or defense by the mentor (or a teacher); null before any. */
  latestFeedbackAt: number | null;
}

