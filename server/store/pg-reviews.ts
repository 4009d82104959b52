/** Submissions, comments, scores, decisions, defenses, rubrics and the signed review log in PostgreSQL (as sqlite-reviews.ts). */
import type { StoredChainEntry } from '../review/hash-chain';
import type { ReviewFact } from '../review/record-kinds';
import type { ReviewKey } from '../review/review-key';
import type { Rubric } from '../review/rubric';
import type {
  CommentRecord, Decision, DefenseRecord, LegacySeal, LogHead, LogTotals, QueueFilter, QueueRow, ReviewEvent, ReviewStore, ScoreRecord, SubmissionRecord, SubmissionStatus,
} from './review-records';
import { groupedBy } from './records';
import type { PgDb, Queryable, SqlValue } from './pg-db';
import type { RatingRecord, SchoolPolicyRecord, WeightsRecord } from '../evaluation/evaluation-records';
import { toRating, toSchoolPolicy, toWeights, type RatingRow, type SchoolPolicyRow, type WeightsRow } from './evaluation-rows';
import { PgReviewFacts } from './pg-review-facts';
import { PgReviewLog } from './pg-review-log';
import type { ReviewKeyOptions } from './sqlite-review-log';
import { SUBMISSION_COLUMNS, toComment, toDefense, toScore, toSubmission, type CommentRow, type DefenseRow, type ScoreRow, type SubmissionRow } from './sqlite-review-rows';

export class PgReviews implements ReviewStore {
  private constructor(
    private readonly db: PgDb,
    private readonly facts: PgReviewFacts,
    private readonly signedLog: PgReviewLog,
  ) {}

  static async open(db: PgDb, key: ReviewKeyOptions): Promise<PgReviews> {
    const facts = new PgReviewFacts(db);
    return new PgReviews(db, facts, await PgReviewLog.open(db, facts, key));
  }

  /** Writes a record and its log entry in one transaction (the entry hashes the record as written). */
  private inTx(event: ReviewEvent, change: (q: Queryable) => Promise<unknown>): Promise<void> {
    return this.db.tx(async (q) => {
      await change(q);
      await this.signedLog.append(q, event);
    });
  }

  async addSubmission(s: SubmissionRecord, state: Uint8Array, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO review_submissions (id, project_id, number, state, sha256, bytes, submitted_by, submitted_at, note, mentor_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [s.id, s.projectId, s.number, Buffer.from(state), s.sha256, s.bytes, s.submittedBy, s.submittedAt, s.note, s.mentorId, s.status],
      ),
    );
  }

  async submission(id: string): Promise<SubmissionRecord | undefined> {
    const r = await this.db.one<SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.id = $1`, [id]);
    return r && toSubmission(r);
  }

  async submissionState(id: string): Promise<Uint8Array | undefined> {
    const r = await this.db.one<{ state: Buffer }>('SELECT state FROM review_submissions WHERE id = $1', [id]);
    return r && new Uint8Array(r.state);
  }

  async submissionsOfProject(projectId: string): Promise<SubmissionRecord[]> {
    return (await this.db.query<SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id = $1 ORDER BY s.number`, [projectId])).map(toSubmission);
  }

  async submissionsOfProjects(projectIds: readonly string[]): Promise<Map<string, SubmissionRecord[]>> {
    if (!projectIds.length) return new Map();
    const sql = `SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id = ANY($1::text[]) ORDER BY s.project_id, s.number`;
    return groupedBy((await this.db.query<SubmissionRow>(sql, [[...new Set(projectIds)]])).map(toSubmission), (s) => s.projectId);
  }

  async queue(f: QueueFilter): Promise<QueueRow[]> {
    const where: string[] = [];
    const args: SqlValue[] = [];
    const arg = (v: SqlValue) => `$${args.push(v)}`;
    if (f.mentorId !== undefined) {
      const m = arg(f.mentorId);
      where.push(`(t.mentor_id = ${m} OR s.mentor_id = ${m} OR EXISTS (SELECT 1 FROM project_mentors pm WHERE pm.project_id = p.id AND pm.mentor_id = ${m}))`);
    }
    if (f.teacherId !== undefined) where.push(`c.teacher_id = ${arg(f.teacherId)}`);
    if (f.status !== undefined) where.push(`s.status = ${arg(f.status)}`);
    if (f.schoolId !== undefined) where.push(`c.school_id = ${arg(f.schoolId)}`);
    if (f.classId !== undefined) where.push(`c.id = ${arg(f.classId)}`);
    const rows = await this.db.query<
      SubmissionRow & { project_title: string; project_status: string; team_id: number; team_name: string; class_id: number; class_name: string; school_id: number; school_name: string; submitter_name: string }
    >(
      `SELECT ${SUBMISSION_COLUMNS}, p.title AS project_title, p.status AS project_status, t.id AS team_id, t.name AS team_name,
              c.id AS class_id, c.name AS class_name, sc.id AS school_id, sc.name AS school_name, u.display_name AS submitter_name
       FROM review_submissions s JOIN projects p ON p.id = s.project_id JOIN teams t ON t.id = p.team_id
       JOIN classes c ON c.id = t.class_id JOIN schools sc ON sc.id = c.school_id JOIN users u ON u.id = s.submitted_by
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.submitted_at DESC, s.number DESC LIMIT ${arg(f.limit)}`,
      args,
    );
    return rows.map((r) => ({
      submission: toSubmission(r), projectTitle: r.project_title, projectStatus: r.project_status, teamId: r.team_id, teamName: r.team_name,
      classId: r.class_id, className: r.class_name, schoolId: r.school_id, schoolName: r.school_name, submitterName: r.submitter_name,
    }));
  }

  async setSubmissionStatus(id: string, status: SubmissionStatus): Promise<void> {
    await this.db.run('UPDATE review_submissions SET status = $1 WHERE id = $2', [status, id]);
  }

  async decide(id: string, d: { decision: Decision; summary: string; by: number; at: number }, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run('UPDATE review_submissions SET status = $1, decision = $2, decision_summary = $3, decided_by = $4, decided_at = $5 WHERE id = $6', [
        d.decision === 'approve' ? 'approved' : 'revise', d.decision, d.summary, d.by, d.at, id,
      ]),
    );
  }

  async addComment(c: CommentRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO review_comments (id, submission_id, project_id, cell_id, range_start, range_end, quote, parent_id, author_id, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [c.id, c.submissionId, c.projectId, c.cellId, c.range?.start ?? null, c.range?.end ?? null, c.range?.quote ?? null, c.parentId, c.authorId, c.body, c.createdAt],
      ),
    );
  }

  async comment(id: string): Promise<CommentRecord | undefined> {
    const r = await this.db.one<CommentRow>('SELECT * FROM review_comments WHERE id = $1', [id]);
    return r && toComment(r);
  }

  async commentsOfSubmission(submissionId: string): Promise<CommentRecord[]> {
    return (await this.db.query<CommentRow>('SELECT * FROM review_comments WHERE submission_id = $1 ORDER BY created_at, ord', [submissionId])).map(toComment);
  }

  async commentsOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, CommentRecord[]>> {
    if (!submissionIds.length) return new Map();
    const rows = await this.db.query<CommentRow>('SELECT * FROM review_comments WHERE submission_id = ANY($1::text[]) ORDER BY created_at, ord', [[...new Set(submissionIds)]]);
    return groupedBy(rows.map(toComment), (c) => c.submissionId);
  }

  async setResolved(id: string, resolved: { by: number; at: number } | null, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) => q.run('UPDATE review_comments SET resolved_at = $1, resolved_by = $2 WHERE id = $3', [resolved?.at ?? null, resolved?.by ?? null, id]));
  }

  async saveScore(s: ScoreRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO review_scores (submission_id, scorer_id, levels, remarks, total, rubric, scored_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (submission_id, scorer_id) DO UPDATE SET levels = excluded.levels, remarks = excluded.remarks, total = excluded.total,
           rubric = excluded.rubric, scored_at = excluded.scored_at`,
        [s.submissionId, s.scorerId, JSON.stringify(s.levels), JSON.stringify(s.remarks), s.total, JSON.stringify(s.rubric), s.scoredAt],
      ),
    );
  }

  async scoresOfSubmission(submissionId: string): Promise<ScoreRecord[]> {
    return (await this.db.query<ScoreRow>('SELECT * FROM review_scores WHERE submission_id = $1 ORDER BY scored_at', [submissionId])).map(toScore);
  }

  async scoresOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, ScoreRecord[]>> {
    if (!submissionIds.length) return new Map();
    const rows = await this.db.query<ScoreRow>('SELECT * FROM review_scores WHERE submission_id = ANY($1::text[]) ORDER BY scored_at', [[...new Set(submissionIds)]]);
    return groupedBy(rows.map(toScore), (s) => s.submissionId);
  }

  async addDefense(d: DefenseRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO review_defenses (id, project_id, submission_id, scheduled_at, duration_min, place, video_url, created_by, created_at, questions, outcome, notes, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [d.id, d.projectId, d.submissionId, d.scheduledAt, d.durationMin, d.place, d.videoUrl, d.createdBy, d.createdAt, JSON.stringify(d.questions), d.outcome, d.notes, d.recordedAt],
      ),
    );
  }

  async recordDefense(id: string, r: Pick<DefenseRecord, 'questions' | 'outcome' | 'notes' | 'recordedAt'>, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run('UPDATE review_defenses SET questions = $1, outcome = $2, notes = $3, recorded_at = $4 WHERE id = $5', [JSON.stringify(r.questions), r.outcome, r.notes, r.recordedAt, id]),
    );
  }

  async defense(id: string): Promise<DefenseRecord | undefined> {
    const r = await this.db.one<DefenseRow>('SELECT * FROM review_defenses WHERE id = $1', [id]);
    return r && toDefense(r);
  }

  async defensesOfProject(projectId: string): Promise<DefenseRecord[]> {
    return (await this.db.query<DefenseRow>('SELECT * FROM review_defenses WHERE project_id = $1 ORDER BY scheduled_at', [projectId])).map(toDefense);
  }

  async defensesOfProjects(projectIds: readonly string[]): Promise<Map<string, DefenseRecord[]>> {
    if (!projectIds.length) return new Map();
    const rows = await this.db.query<DefenseRow>('SELECT * FROM review_defenses WHERE project_id = ANY($1::text[]) ORDER BY scheduled_at', [[...new Set(projectIds)]]);
    return groupedBy(rows.map(toDefense), (d) => d.projectId);
  }

  async saveRating(r: RatingRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO evaluation_ratings (class_id, student_id, indicator, rater_id, level, remark, rated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (class_id, student_id, indicator, rater_id) DO UPDATE SET level = excluded.level, remark = excluded.remark, rated_at = excluded.rated_at`,
        [r.classId, r.studentId, r.indicator, r.raterId, r.level, r.remark, r.ratedAt],
      ),
    );
  }

  async ratingsOfClass(classId: number): Promise<RatingRecord[]> {
    return (await this.db.query<RatingRow>('SELECT * FROM evaluation_ratings WHERE class_id = $1 ORDER BY rated_at', [classId])).map(toRating);
  }

  async saveWeights(w: WeightsRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO evaluation_schemes (class_id, scheme, floor_pct, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (class_id) DO UPDATE SET scheme = excluded.scheme, floor_pct = excluded.floor_pct, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [w.classId, JSON.stringify(w.scheme), w.floorPct, w.updatedBy, w.updatedAt],
      ),
    );
  }

  async weightsOfClass(classId: number): Promise<WeightsRecord | undefined> {
    const r = await this.db.one<WeightsRow>('SELECT * FROM evaluation_schemes WHERE class_id = $1', [classId]);
    return r && toWeights(r);
  }

  async saveSchoolPolicy(p: SchoolPolicyRecord, event: ReviewEvent): Promise<void> {
    await this.inTx(event, (q) =>
      q.run(
        `INSERT INTO school_policies (school_id, floor_pct, scheme, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (school_id) DO UPDATE SET floor_pct = excluded.floor_pct, scheme = excluded.scheme, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [p.schoolId, p.floorPct, JSON.stringify(p.scheme), p.updatedBy, p.updatedAt],
      ),
    );
  }

  async policyOfSchool(schoolId: number): Promise<SchoolPolicyRecord | undefined> {
    const r = await this.db.one<SchoolPolicyRow>('SELECT * FROM school_policies WHERE school_id = $1', [schoolId]);
    return r && toSchoolPolicy(r);
  }

  async weightsOfSchool(schoolId: number): Promise<Map<number, WeightsRecord>> {
    const rows = await this.db.query<WeightsRow>('SELECT e.* FROM evaluation_schemes e JOIN classes c ON c.id = e.class_id WHERE c.school_id = $1', [schoolId]);
    return new Map(rows.map((r) => [Number(r.class_id), toWeights(r)]));
  }

  async rubricOfSchool(schoolId: number): Promise<Rubric | undefined> {
    const r = await this.db.one<{ rubric: string }>('SELECT rubric FROM review_rubrics WHERE school_id = $1', [schoolId]);
    return r && (JSON.parse(r.rubric) as Rubric);
  }

  async setRubricOfSchool(schoolId: number, rubric: Rubric, by: number, at: number): Promise<void> {
    await this.db.run(
      `INSERT INTO review_rubrics (school_id, rubric, updated_by, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (school_id) DO UPDATE SET rubric = excluded.rubric, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [schoolId, JSON.stringify(rubric), by, at],
    );
  }

  log(projectId: string): Promise<StoredChainEntry[]> {
    return this.signedLog.entries(projectId);
  }

  async logsOf(projectIds: readonly string[]): Promise<Map<string, StoredChainEntry[]>> {
    return groupedBy(await this.signedLog.entriesOf(projectIds), (e) => e.projectId);
  }

  logHead(projectId: string): Promise<LogHead | undefined> {
    return this.signedLog.head(projectId);
  }

  async logHeadsOf(projectIds: readonly string[]): Promise<Map<string, LogHead>> {
    if (!projectIds.length) return new Map();
    const rows = await this.db.query<LogHead & { project_id: string }>(
      'SELECT project_id, seq, hash, key_id AS "keyId", sig FROM review_log_heads WHERE project_id = ANY($1::text[])',
      [[...new Set(projectIds)]],
    );
    return new Map(rows.map(({ project_id, ...head }) => [project_id, head]));
  }

  legacySeal(projectId: string): Promise<LegacySeal | undefined> {
    return this.signedLog.legacy(projectId);
  }

  async logTotals(): Promise<{ recorded: LogTotals | undefined; counted: { projects: number; entries: number } }> {
    return { recorded: await this.signedLog.totals(), counted: await this.signedLog.counted() };
  }

  signedKeyIds(): Promise<string[]> {
    return this.signedLog.signedKeyIds();
  }

  projectsWithLog(): Promise<string[]> {
    return this.signedLog.projectsWithLog();
  }

  projectsWithRecords(): Promise<string[]> {
    return this.facts.projectsWithRecords();
  }

  factsOfProject(projectId: string): Promise<ReviewFact[]> {
    return this.facts.ofProject(projectId);
  }

  receipt(projectId: string, seq: number): Promise<string | null> {
    return this.signedLog.receipt(projectId, seq);
  }

  get key(): ReviewKey | undefined {
    return this.signedLog.key;
  }
}
