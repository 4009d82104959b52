/** Submissions, comments, scores, decisions, defenses, rubrics and the signed, hash-chained review log in SQLite. */
import type Database from 'better-sqlite3';
import type { StoredChainEntry } from '../review/hash-chain';
import type { ReviewFact } from '../review/record-kinds';
import type { ReviewKey } from '../review/review-key';
import type { Rubric } from '../review/rubric';
import type {
  CommentRecord, Decision, DefenseRecord, LegacySeal, LogHead, LogTotals, QueueFilter, QueueRow, ReviewEvent, ReviewStore, ScoreRecord, SubmissionRecord, SubmissionStatus,
} from './review-records';
import { groupedBy } from './records';
import type { RatingRecord, SchoolPolicyRecord, WeightsRecord } from '../evaluation/evaluation-records';
import { toRating, toSchoolPolicy, toWeights, type RatingRow, type SchoolPolicyRow, type WeightsRow } from './evaluation-rows';
import { SqliteReviewFacts } from './sqlite-review-facts';
import { SqliteReviewLog, type ReviewKeyOptions } from './sqlite-review-log';
import { SUBMISSION_COLUMNS, toComment, toDefense, toScore, toSubmission, type CommentRow, type DefenseRow, type ScoreRow, type SubmissionRow } from './sqlite-review-rows';

export class SqliteReviews implements ReviewStore {
  private readonly facts: SqliteReviewFacts;
  private readonly signedLog: SqliteReviewLog;

  constructor(
    private readonly db: Database.Database,
    key: ReviewKeyOptions,
  ) {
    this.facts = new SqliteReviewFacts(db);
    this.signedLog = new SqliteReviewLog(db, this.facts, key);
  }

  /** Writes a record and its log entry in one transaction (the entry hashes the record as written). */
  private inTx(event: ReviewEvent, change: () => void): void {
    this.db.transaction(() => {
      change();
      this.signedLog.append(event);
    })();
  }

  async addSubmission(s: SubmissionRecord, state: Uint8Array, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO review_submissions (id, project_id, number, state, sha256, bytes, submitted_by, submitted_at, note, mentor_id, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.id, s.projectId, s.number, Buffer.from(state), s.sha256, s.bytes, s.submittedBy, s.submittedAt, s.note, s.mentorId, s.status);
    });
  }

  async submission(id: string): Promise<SubmissionRecord | undefined> {
    const r = this.db.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.id = ?`).get(id) as SubmissionRow | undefined;
    return r && toSubmission(r);
  }

  async submissionState(id: string): Promise<Uint8Array | undefined> {
    const r = this.db.prepare('SELECT state FROM review_submissions WHERE id = ?').get(id) as { state: Buffer } | undefined;
    return r && new Uint8Array(r.state);
  }

  async submissionsOfProject(projectId: string): Promise<SubmissionRecord[]> {
    const rows = this.db.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id = ? ORDER BY s.number`).all(projectId) as SubmissionRow[];
    return rows.map(toSubmission);
  }

  async submissionsOfProjects(projectIds: readonly string[]): Promise<Map<string, SubmissionRecord[]>> {
    if (!projectIds.length) return new Map();
    const rows = this.db
      .prepare(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id IN (SELECT value FROM json_each(?)) ORDER BY s.project_id, s.number`)
      .all(JSON.stringify([...new Set(projectIds)])) as SubmissionRow[];
    return groupedBy(rows.map(toSubmission), (s) => s.projectId);
  }

  async queue(f: QueueFilter): Promise<QueueRow[]> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (f.mentorId !== undefined) {
      where.push('(t.mentor_id = ? OR s.mentor_id = ? OR EXISTS (SELECT 1 FROM project_mentors pm WHERE pm.project_id = p.id AND pm.mentor_id = ?))');
      args.push(f.mentorId, f.mentorId, f.mentorId);
    }
    if (f.teacherId !== undefined) {
      where.push('c.teacher_id = ?');
      args.push(f.teacherId);
    }
    if (f.status !== undefined) {
      where.push('s.status = ?');
      args.push(f.status);
    }
    if (f.schoolId !== undefined) {
      where.push('c.school_id = ?');
      args.push(f.schoolId);
    }
    if (f.classId !== undefined) {
      where.push('c.id = ?');
      args.push(f.classId);
    }
    const rows = this.db
      .prepare(
        `SELECT ${SUBMISSION_COLUMNS}, p.title AS project_title, p.status AS project_status, t.id AS team_id, t.name AS team_name,
                c.id AS class_id, c.name AS class_name, sc.id AS school_id, sc.name AS school_name, u.display_name AS submitter_name
         FROM review_submissions s JOIN projects p ON p.id = s.project_id JOIN teams t ON t.id = p.team_id
         JOIN classes c ON c.id = t.class_id JOIN schools sc ON sc.id = c.school_id JOIN users u ON u.id = s.submitted_by
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY s.submitted_at DESC, s.number DESC LIMIT ?`,
      )
      .all(...args, f.limit) as (SubmissionRow & {
      project_title: string; project_status: string; team_id: number; team_name: string; class_id: number; class_name: string; school_id: number; school_name: string; submitter_name: string;
    })[];
    return rows.map((r) => ({
      submission: toSubmission(r), projectTitle: r.project_title, projectStatus: r.project_status, teamId: r.team_id, teamName: r.team_name,
      classId: r.class_id, className: r.class_name, schoolId: r.school_id, schoolName: r.school_name, submitterName: r.submitter_name,
    }));
  }

  async setSubmissionStatus(id: string, status: SubmissionStatus): Promise<void> {
    this.db.prepare('UPDATE review_submissions SET status = ? WHERE id = ?').run(status, id);
  }

  async decide(id: string, d: { decision: Decision; summary: string; by: number; at: number }, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare('UPDATE review_submissions SET status = ?, decision = ?, decision_summary = ?, decided_by = ?, decided_at = ? WHERE id = ?')
        .run(d.decision === 'approve' ? 'approved' : 'revise', d.decision, d.summary, d.by, d.at, id);
    });
  }

  async addComment(c: CommentRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO review_comments (id, submission_id, project_id, cell_id, range_start, range_end, quote, parent_id, author_id, body, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(c.id, c.submissionId, c.projectId, c.cellId, c.range?.start ?? null, c.range?.end ?? null, c.range?.quote ?? null, c.parentId, c.authorId, c.body, c.createdAt);
    });
  }

  async comment(id: string): Promise<CommentRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM review_comments WHERE id = ?').get(id) as CommentRow | undefined;
    return r && toComment(r);
  }

  async commentsOfSubmission(submissionId: string): Promise<CommentRecord[]> {
    const rows = this.db.prepare('SELECT * FROM review_comments WHERE submission_id = ? ORDER BY created_at, rowid').all(submissionId) as CommentRow[];
    return rows.map(toComment);
  }

  async commentsOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, CommentRecord[]>> {
    if (!submissionIds.length) return new Map();
    const rows = this.db
      .prepare('SELECT * FROM review_comments WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid')
      .all(JSON.stringify([...new Set(submissionIds)])) as CommentRow[];
    return groupedBy(rows.map(toComment), (c) => c.submissionId);
  }

  async setResolved(id: string, resolved: { by: number; at: number } | null, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db.prepare('UPDATE review_comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(resolved?.at ?? null, resolved?.by ?? null, id);
    });
  }

  async saveScore(s: ScoreRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO review_scores (submission_id, scorer_id, levels, remarks, total, rubric, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(submission_id, scorer_id) DO UPDATE SET levels = excluded.levels, remarks = excluded.remarks, total = excluded.total,
             rubric = excluded.rubric, scored_at = excluded.scored_at`,
        )
        .run(s.submissionId, s.scorerId, JSON.stringify(s.levels), JSON.stringify(s.remarks), s.total, JSON.stringify(s.rubric), s.scoredAt);
    });
  }

  async scoresOfSubmission(submissionId: string): Promise<ScoreRecord[]> {
    return (this.db.prepare('SELECT * FROM review_scores WHERE submission_id = ? ORDER BY scored_at').all(submissionId) as ScoreRow[]).map(toScore);
  }

  async scoresOfSubmissions(submissionIds: readonly string[]): Promise<Map<string, ScoreRecord[]>> {
    if (!submissionIds.length) return new Map();
    const sql = 'SELECT * FROM review_scores WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY scored_at';
    return groupedBy((this.db.prepare(sql).all(JSON.stringify([...new Set(submissionIds)])) as ScoreRow[]).map(toScore), (s) => s.submissionId);
  }

  async addDefense(d: DefenseRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO review_defenses (id, project_id, submission_id, scheduled_at, duration_min, place, video_url, created_by, created_at, questions, outcome, notes, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(d.id, d.projectId, d.submissionId, d.scheduledAt, d.durationMin, d.place, d.videoUrl, d.createdBy, d.createdAt, JSON.stringify(d.questions), d.outcome, d.notes, d.recordedAt);
    });
  }

  async recordDefense(id: string, r: Pick<DefenseRecord, 'questions' | 'outcome' | 'notes' | 'recordedAt'>, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db.prepare('UPDATE review_defenses SET questions = ?, outcome = ?, notes = ?, recorded_at = ? WHERE id = ?').run(JSON.stringify(r.questions), r.outcome, r.notes, r.recordedAt, id);
    });
  }

  async defense(id: string): Promise<DefenseRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM review_defenses WHERE id = ?').get(id) as DefenseRow | undefined;
    return r && toDefense(r);
  }

  async defensesOfProject(projectId: string): Promise<DefenseRecord[]> {
    return (this.db.prepare('SELECT * FROM review_defenses WHERE project_id = ? ORDER BY scheduled_at').all(projectId) as DefenseRow[]).map(toDefense);
  }

  async defensesOfProjects(projectIds: readonly string[]): Promise<Map<string, DefenseRecord[]>> {
    if (!projectIds.length) return new Map();
    const sql = 'SELECT * FROM review_defenses WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY scheduled_at';
    return groupedBy((this.db.prepare(sql).all(JSON.stringify([...new Set(projectIds)])) as DefenseRow[]).map(toDefense), (d) => d.projectId);
  }

  async saveRating(r: RatingRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO evaluation_ratings (class_id, student_id, indicator, rater_id, level, remark, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(class_id, student_id, indicator, rater_id) DO UPDATE SET level = excluded.level, remark = excluded.remark, rated_at = excluded.rated_at`,
        )
        .run(r.classId, r.studentId, r.indicator, r.raterId, r.level, r.remark, r.ratedAt);
    });
  }

  async ratingsOfClass(classId: number): Promise<RatingRecord[]> {
    return (this.db.prepare('SELECT * FROM evaluation_ratings WHERE class_id = ? ORDER BY rated_at').all(classId) as RatingRow[]).map(toRating);
  }

  async saveWeights(w: WeightsRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO evaluation_schemes (class_id, scheme, floor_pct, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(class_id) DO UPDATE SET scheme = excluded.scheme, floor_pct = excluded.floor_pct, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        )
        .run(w.classId, JSON.stringify(w.scheme), w.floorPct, w.updatedBy, w.updatedAt);
    });
  }

  async weightsOfClass(classId: number): Promise<WeightsRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM evaluation_schemes WHERE class_id = ?').get(classId) as WeightsRow | undefined;
    return r && toWeights(r);
  }

  async saveSchoolPolicy(p: SchoolPolicyRecord, event: ReviewEvent): Promise<void> {
    this.inTx(event, () => {
      this.db
        .prepare(
          `INSERT INTO school_policies (school_id, floor_pct, scheme, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(school_id) DO UPDATE SET floor_pct = excluded.floor_pct, scheme = excluded.scheme, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        )
        .run(p.schoolId, p.floorPct, JSON.stringify(p.scheme), p.updatedBy, p.updatedAt);
    });
  }

  async policyOfSchool(schoolId: number): Promise<SchoolPolicyRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM school_policies WHERE school_id = ?').get(schoolId) as SchoolPolicyRow | undefined;
    return r && toSchoolPolicy(r);
  }

  async weightsOfSchool(schoolId: number): Promise<Map<number, WeightsRecord>> {
    const rows = this.db.prepare('SELECT e.* FROM evaluation_schemes e JOIN classes c ON c.id = e.class_id WHERE c.school_id = ?').all(schoolId) as WeightsRow[];
    return new Map(rows.map((r) => [Number(r.class_id), toWeights(r)]));
  }

  async rubricOfSchool(schoolId: number): Promise<Rubric | undefined> {
    const r = this.db.prepare('SELECT rubric FROM review_rubrics WHERE school_id = ?').get(schoolId) as { rubric: string } | undefined;
    return r && (JSON.parse(r.rubric) as Rubric);
  }

  async setRubricOfSchool(schoolId: number, rubric: Rubric, by: number, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO review_rubrics (school_id, rubric, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(school_id) DO UPDATE SET rubric = excluded.rubric, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(schoolId, JSON.stringify(rubric), by, at);
  }

  async log(projectId: string): Promise<StoredChainEntry[]> {
    return this.signedLog.entries(projectId);
  }

  async logsOf(projectIds: readonly string[]): Promise<Map<string, StoredChainEntry[]>> {
    return groupedBy(this.signedLog.entriesOf(projectIds), (e) => e.projectId);
  }

  async logHead(projectId: string): Promise<LogHead | undefined> {
    return this.signedLog.head(projectId);
  }

  async logHeadsOf(projectIds: readonly string[]): Promise<Map<string, LogHead>> {
    if (!projectIds.length) return new Map();
    const sql = 'SELECT project_id, seq, hash, key_id AS keyId, sig FROM review_log_heads WHERE project_id IN (SELECT value FROM json_each(?))';
    const rows = this.db.prepare(sql).all(JSON.stringify([...new Set(projectIds)])) as (LogHead & { project_id: string })[];
    return new Map(rows.map(({ project_id, ...head }) => [project_id, head]));
  }

  async legacySeal(projectId: string): Promise<LegacySeal | undefined> {
    return this.signedLog.legacy(projectId);
  }

  async logTotals(): Promise<{ recorded: LogTotals | undefined; counted: { projects: number; entries: number } }> {
    return { recorded: this.signedLog.totals(), counted: this.signedLog.counted() };
  }

  async projectsWithLog(): Promise<string[]> {
    return this.signedLog.projectsWithLog();
  }

  async projectsWithRecords(): Promise<string[]> {
    return this.facts.projectsWithRecords();
  }

  async factsOfProject(projectId: string): Promise<ReviewFact[]> {
    return this.facts.ofProject(projectId);
  }

  async receipt(projectId: string, seq: number): Promise<string | null> {
    return this.signedLog.receipt(projectId, seq);
  }

  /** The review key (undefined before the first review event, or when a read-only store found no key file). */
  get key(): ReviewKey | undefined {
    return this.signedLog.key;
  }

  /** Key ids on signatures in the database. */
  async signedKeyIds(): Promise<string[]> {
    return this.signedLog.signedKeyIds();
  }
}
