/**
 * The review records of the PostgreSQL store as facts (server/review/record-facts.ts), like
 * sqlite-review-facts.ts: one by kind and id (hashed into the log entry that writes it, read inside that
 * entry's transaction) and all of a project's (checked by verify-reviews).
 */
import { sha256Hex } from '../review/hash-chain';
import { commentFact, decisionFact, defenseFact, defenseRecordFact, resolutionFact, scoreFact, submissionFact } from '../review/record-facts';
import type { ReviewFact } from '../review/record-kinds';
import { ratingFact, schoolPolicyFact, weightsFact } from '../evaluation/evaluation-facts';
import { classOfLog, parseRatingKey, schoolOfLog } from '../evaluation/evaluation-records';
import { toRating, toSchoolPolicy, toWeights, type RatingRow, type SchoolPolicyRow, type WeightsRow } from './evaluation-rows';
import type { Queryable } from './pg-db';
import { SUBMISSION_COLUMNS, toComment, toDefense, toScore, toSubmission, type CommentRow, type DefenseRow, type ScoreRow, type SubmissionRow } from './sqlite-review-rows';

type Reader = (q: Queryable, args: (string | number)[]) => Promise<ReviewFact[]>;

const present = (f: ReviewFact | null): f is ReviewFact => f !== null;

const submissions = async (q: Queryable, where: string, args: (string | number)[]) =>
  (await q.query<SubmissionRow & { state: Buffer }>(`SELECT ${SUBMISSION_COLUMNS}, s.state FROM review_submissions s WHERE ${where} ORDER BY s.number`, args)).map((r) => ({
    record: toSubmission(r),
    stateSha256: sha256Hex(r.state),
  }));
const comments = async (q: Queryable, where: string, args: (string | number)[]) =>
  (await q.query<CommentRow>(`SELECT * FROM review_comments WHERE ${where} ORDER BY created_at, ord`, args)).map(toComment);
const defenses = async (q: Queryable, where: string, args: (string | number)[]) =>
  (await q.query<DefenseRow>(`SELECT * FROM review_defenses WHERE ${where} ORDER BY created_at, ord`, args)).map(toDefense);

const ratings = async (q: Queryable, where: string, args: (string | number)[]) =>
  (await q.query<RatingRow>(`SELECT * FROM evaluation_ratings WHERE ${where} ORDER BY rated_at`, args)).map((r) => ratingFact(toRating(r)));
const schemes = async (q: Queryable, classId: number) => (await q.query<WeightsRow>('SELECT * FROM evaluation_schemes WHERE class_id = $1', [classId])).map((r) => weightsFact(toWeights(r)));
/** A class's evaluation log holds ratings and its scheme; a project's log none. */
const ofClassLog = async (logId: string | number, read: (classId: number) => Promise<ReviewFact[]>) => {
  const classId = classOfLog(String(logId));
  return classId === null ? [] : read(classId);
};

const policies = async (q: Queryable, schoolId: number) =>
  (await q.query<SchoolPolicyRow>('SELECT * FROM school_policies WHERE school_id = $1', [schoolId])).map((r) => schoolPolicyFact(toSchoolPolicy(r)));

/** Per kind: the facts of one record (by its id, `$1`…) and of a project's records (`$1` = project id). */
const READERS: Record<string, { one: Reader; ofProject: Reader }> = {
  policy: {
    one: async (q, a) => policies(q, Number(a[0])),
    ofProject: async (q, a) => {
      const schoolId = schoolOfLog(String(a[0]));
      return schoolId === null ? [] : policies(q, schoolId);
    },
  },
  rating: {
    one: async (q, a) => {
      const k = parseRatingKey(String(a[0]));
      return ratings(q, 'class_id = $1 AND student_id = $2 AND indicator = $3 AND rater_id = $4', [k.classId, k.studentId, k.indicator, k.raterId]);
    },
    ofProject: async (q, a) => ofClassLog(a[0], (c) => ratings(q, 'class_id = $1', [c])),
  },
  weights: { one: async (q, a) => schemes(q, Number(a[0])), ofProject: async (q, a) => ofClassLog(a[0], (c) => schemes(q, c)) },
  submission: {
    one: async (q, a) => (await submissions(q, 's.id = $1', a)).map((s) => submissionFact(s.record, s.stateSha256)),
    ofProject: async (q, a) => (await submissions(q, 's.project_id = $1', a)).map((s) => submissionFact(s.record, s.stateSha256)),
  },
  decision: {
    one: async (q, a) => (await q.query<SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.id = $1`, a)).map((r) => decisionFact(toSubmission(r))).filter(present),
    ofProject: async (q, a) =>
      (await q.query<SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id = $1`, a)).map((r) => decisionFact(toSubmission(r))).filter(present),
  },
  comment: { one: async (q, a) => (await comments(q, 'id = $1', a)).map(commentFact), ofProject: async (q, a) => (await comments(q, 'project_id = $1', a)).map(commentFact) },
  resolution: {
    one: async (q, a) => (await comments(q, 'id = $1', a)).map(resolutionFact).filter(present),
    ofProject: async (q, a) => (await comments(q, 'project_id = $1', a)).map(resolutionFact).filter(present),
  },
  score: {
    one: async (q, a) => scores(q, 'sc.submission_id = $1 AND sc.scorer_id = $2', a),
    ofProject: async (q, a) => scores(q, 's.project_id = $1', a),
  },
  defense: { one: async (q, a) => (await defenses(q, 'id = $1', a)).map(defenseFact), ofProject: async (q, a) => (await defenses(q, 'project_id = $1', a)).map(defenseFact) },
  defense_record: {
    one: async (q, a) => (await defenses(q, 'id = $1', a)).map(defenseRecordFact).filter(present),
    ofProject: async (q, a) => (await defenses(q, 'project_id = $1', a)).map(defenseRecordFact).filter(present),
  },
};

async function scores(q: Queryable, where: string, args: (string | number)[]): Promise<ReviewFact[]> {
  const rows = await q.query<ScoreRow & { project_id: string; number: number }>(
    `SELECT sc.*, s.project_id, s.number FROM review_scores sc JOIN review_submissions s ON s.id = sc.submission_id WHERE ${where} ORDER BY sc.scored_at`,
    args,
  );
  return rows.map((r) => scoreFact(toScore(r), r.project_id, r.number));
}

export class PgReviewFacts {
  constructor(private readonly db: Queryable) {}

  /** The record `kind`/`id` as `q` (the appending transaction) sees it now, or null when there is none. */
  async one(q: Queryable, kind: string, id: string): Promise<ReviewFact | null> {
    const reader = READERS[kind];
    if (!reader) throw new Error(`no reader for review records of kind "${kind}" (add one in pg-review-facts.ts)`);
    if (kind === 'score') {
      const at = id.lastIndexOf(':');
      return (await reader.one(q, [id.slice(0, at), Number(id.slice(at + 1))]))[0] ?? null;
    }
    return (await reader.one(q, [id]))[0] ?? null;
  }

  async ofProject(projectId: string): Promise<ReviewFact[]> {
    const all: ReviewFact[] = [];
    for (const r of Object.values(READERS)) all.push(...(await r.ofProject(this.db, [projectId])));
    return all;
  }

  async projectsWithRecords(): Promise<string[]> {
    const sql = `SELECT project_id FROM review_submissions UNION SELECT project_id FROM review_defenses UNION SELECT project_id FROM review_comments
                 UNION SELECT 'class:' || class_id FROM evaluation_ratings UNION SELECT 'class:' || class_id FROM evaluation_schemes
                 UNION SELECT 'school:' || school_id FROM school_policies`;
    return (await this.db.query<{ project_id: string }>(sql)).map((r) => r.project_id);
  }
}
