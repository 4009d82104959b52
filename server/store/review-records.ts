/** Review rows (submissions, comments, scores, decisions, defenses, rubrics, the hash-chained log) and the store interface for them. */
import type { ChainEntryBody, StoredChainEntry } from '../review/hash-chain';
import type { ReviewFact } from '../review/record-kinds';
import type { ReviewKey } from '../review/review-key';
import type { Rubric } from '../review/rubric';
import type { RatingRecord, SchoolPolicyRecord, WeightsRecord } from '../evaluation/evaluation-records';

import { DEFENSE_OUTCOMES, SUBMISSION_STATUSES } from '../../projects/contracts/review';

export { DEFENSE_OUTCOMES, SUBMISSION_STATUSES };
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const DECISIONS = ['approve', 'revise'] as const;
export type Decision = (typeof DECISIONS)[number];
export type DefenseOutcome = (typeof DEFENSE_OUTCOMES)[number];

/** A frozen submission (the bytes themselves are read separately: `submissionState`). */
export interface SubmissionRecord {
  id: string;
  projectId: string;
  /** 1, 2, 3 … per project. */
  number: number;
  sha256: string;
  bytes: number;
  submittedBy: number;
  submittedAt: number;
  note: string;
  /** The mentor it was handed to. */
  mentorId: number | null;
  status: SubmissionStatus;
  decision: Decision | null;
  decisionSummary: string | null;
  decidedBy: number | null;
  decidedAt: number | null;
}

export interface CommentRecord {
  id: string;
  submissionId: string;
  projectId: string;
  /** null for a reply (it hangs on its parent). */
  cellId: string | null;
  /** Character range within the text cell's plain text, with the text it covered. */
  range: { start: number; end: number; quote: string } | null;
  parentId: string | null;
  authorId: number;
  body: string;
  createdAt: number;
  resolvedAt: number | null;
  resolvedBy: number | null;
}

export interface ScoreRecord {
  submissionId: string;
  scorerId: number;
  levels: Record<string, number>;
  /** Optional remark per criterion. */
  remarks: Record<string, string>;
  total: number;
  /** The rubric as it was when scored: later edits by the school do not change past scores. */
  rubric: Rubric;
  scoredAt: number;
}

export interface DefenseRecord {
  id: string;
  projectId: string;
  submissionId: string | null;
  scheduledAt: number;
  durationMin: number;
  place: string;
  videoUrl: string;
  createdBy: number;
  createdAt: number;
  questions: { question: string; answer: string }[];
  outcome: DefenseOutcome | null;
  notes: string;
  recordedAt: number | null;
}

export interface QueueFilter {
  /** Projects handed to this mentor (team mentor or submitted to them). */
  mentorId?: number;
  /** Projects of this teacher's classes. */
  teacherId?: number;
  status?: SubmissionStatus;
  schoolId?: number;
  classId?: number;
  limit: number;
}

export interface QueueRow {
  submission: SubmissionRecord;
  projectTitle: string;
  projectStatus: string;
  teamId: number;
  teamName: string;
  classId: number;
  className: string;
  schoolId: number;
  schoolName: string;
  submitterName: string;
}

/** What a review event appends to the project's log (seq and prevHash are the store's to fill in, atomically). */
export type ReviewEvent = Omit<ChainEntryBody, 'seq' | 'prevHash'>;

/** The newest entry of a project's log, signed with the review key (null signature: written before signing began). */
export interface LogHead {
  seq: number;
  hash: string;
  keyId: string | null;
  sig: string | null;
}

/** Where a log written before signing ended, signed once when the review key was made. */
export interface LegacySeal {
  seq: number;
  hash: string;
  keyId: string;
  sig: string;
}

/** The store-wide count of log entries, signed. */
export interface LogTotals {
  projects: number;
  entries: number;
  keyId: string;
  sig: string;
}

export interface ReviewStore {
  /** The key that signs the log (undefined before the first review event). */
  readonly key: ReviewKey | undefined;
  addSubmission(s: SubmissionRecord, state: Uint8Array, event: ReviewEvent): Promise<void>;
  submission(id: string): Promise<SubmissionRecord | undefined>;
  submissionState(id: string): Promise<Uint8Array | undefined>;
  /** Oldest first. */
  submissionsOfProject(projectId: string): Promise<SubmissionRecord[]>;
  /** The submissions of many projects in one query, oldest first each (projects without any are absent). */
  submissionsOfProjects(projectIds: readonly string[]): Promise<Map<string, SubmissionRecord[]>>;
  /** Newest first. */
  queue(filter: QueueFilter): Promise<QueueRow[]>;
  setSubmissionStatus(id: string, status: SubmissionStatus): Promise<void>;
  decide(id: string, d: { decision: Decision; summary: string; by: number; at: number }, event: ReviewEvent): Promise<void>;

  addComment(c: CommentRecord, event: ReviewEvent): Promise<void>;
  comment(id: string): Promise<CommentRecord | undefined>;
  /** Oldest first, replies included. */
  commentsOfSubmission(submissionId: string): Promise<CommentRecord[]>;
  /** The comments of many submissions in one query, oldest first each, replies included. */
  commentsOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, CommentRecord[]>>;
  setResolved(id: string, resolved: { by: number; at: number } | null, event: ReviewEvent): Promise<void>;

  saveScore(s: ScoreRecord, event: ReviewEvent): Promise<void>;
  scoresOfSubmission(submissionId: string): Promise<ScoreRecord[]>;
  /** The scores of many submissions in one query, by submission id. */
  scoresOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, ScoreRecord[]>>;

  addDefense(d: DefenseRecord, event: ReviewEvent): Promise<void>;
  recordDefense(id: string, r: Pick<DefenseRecord, 'questions' | 'outcome' | 'notes' | 'recordedAt'>, event: ReviewEvent): Promise<void>;
  defense(id: string): Promise<DefenseRecord | undefined>;
  defensesOfProject(projectId: string): Promise<DefenseRecord[]>;
  /** The defenses of many projects in one query, by project id. */
  defensesOfProjects(projectIds: readonly string[]): Promise<Map<string, DefenseRecord[]>>;

  /** Process evaluation: a rating (replacing the rater's last of that student and indicator), with its entry in the class's evaluation log. */
  saveRating(r: RatingRecord, event: ReviewEvent): Promise<void>;
  /** Every student's latest rating by each rater, of one class. */
  ratingsOfClass(classId: number): Promise<RatingRecord[]>;
  /** A class's weight scheme, with its entry in the class's evaluation log. */
  saveWeights(w: WeightsRecord, event: ReviewEvent): Promise<void>;
  /** Undefined while the class uses the school's default scheme. */
  weightsOfClass(classId: number): Promise<WeightsRecord | undefined>;
  /** A school's evaluation policy (floor, default scheme), with its entry in the school's policy log. */
  saveSchoolPolicy(p: SchoolPolicyRecord, event: ReviewEvent): Promise<void>;
  /** Undefined while the school uses DEFAULT_POLICY. */
  policyOfSchool(schoolId: number): Promise<SchoolPolicyRecord | undefined>;
  /** The class schemes of a school's classes (one query), by class id. */
  weightsOfSchool(schoolId: number): Promise<Map<number, WeightsRecord>>;

  rubricOfSchool(schoolId: number): Promise<Rubric | undefined>;
  setRubricOfSchool(schoolId: number, rubric: Rubric, by: number, at: number): Promise<void>;

  /** The project's review log in order. */
  log(projectId: string): Promise<StoredChainEntry[]>;
  /** The review logs of many projects in one query, each in order (projects without entries are absent). */
  logsOf(projectIds: readonly string[]): Promise<Map<string, StoredChainEntry[]>>;
  /** The newest entry written to the project's log (kept apart from the log, to detect entries removed from its end). */
  logHead(projectId: string): Promise<LogHead | undefined>;
  /** The heads of many projects' logs in one query, by project id. */
  logHeadsOf(projectIds: readonly string[]): Promise<Map<string, LogHead>>;
  legacySeal(projectId: string): Promise<LegacySeal | undefined>;
  /** The signed count of entries, and what the logs hold now. */
  logTotals(): Promise<{ recorded: LogTotals | undefined; counted: { projects: number; entries: number } }>;
  /** Key ids found on any signature in the database. */
  signedKeyIds(): Promise<string[]>;
  /** Every project that has a review log (or had one: a head or seal remains). */
  projectsWithLog(): Promise<string[]>;
  /** Every project that has review records (and every class's evaluation log id, `class:<id>`, with ratings or a scheme). */
  projectsWithRecords(): Promise<string[]>;
  /** The project's review records as the log vouches for them (server/review/record-facts.ts). */
  factsOfProject(projectId: string): Promise<ReviewFact[]>;
  /** The receipt code of entry `seq` of the project's log; null without such an entry or a key. */
  receipt(projectId: string, seq: number): Promise<string | null>;
}
