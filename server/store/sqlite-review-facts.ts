/**
 * The review records of the SQLite store as facts (server/review/record-facts.ts): one by kind and id
 * (hashed into the log entry that writes it) and all of a project's (checked by verify-reviews).
 * A new record kind adds its reader here.
 */
import type Database from 'better-sqlite3';
import { sha256Hex } from '../review/hash-chain';
import { commentFact, decisionFact, defenseFact, defenseRecordFact, resolutionFact, scoreFact, submissionFact } from '../review/record-facts';
import type { ReviewFact } from '../review/record-kinds';
import { ratingFact, schoolPolicyFact, weightsFact } from '../evaluation/evaluation-facts';
import { classOfLog, parseRatingKey, schoolOfLog } from '../evaluation/evaluation-records';
import { toRating, toSchoolPolicy, toWeights, type RatingRow, type SchoolPolicyRow, type WeightsRow } from './evaluation-rows';
import {
  SUBMISSION_COLUMNS, toComment, toDefense, toScore, toSubmission, type CommentRow, type DefenseRow, type ScoreRow, type SubmissionRow,
} from './sqlite-review-rows';

interface Reader {
  one(id: string): ReviewFact | null;
  ofProject(projectId: string): ReviewFact[];
}

const present = (f: ReviewFact | null): f is ReviewFact => f !== null;

export class SqliteReviewFacts {
  private readonly readers: Record<string, Reader>;

  constructor(private readonly db: Database.Database) {
    const submissions = (where: string, arg: string) =>
      (this.db.prepare(`SELECT ${SUBMISSION_COLUMNS}, s.state FROM review_submissions s WHERE ${where} ORDER BY s.number`).all(arg) as (SubmissionRow & { state: Buffer })[]).map(
        (r) => ({ record: toSubmission(r), stateSha256: sha256Hex(r.state) }),
      );
    const comments = (where: string, arg: string) => (this.db.prepare(`SELECT * FROM review_comments WHERE ${where} ORDER BY created_at, rowid`).all(arg) as CommentRow[]).map(toComment);
    const scores = (where: string, ...args: (string | number)[]) =>
      (
        this.db
          .prepare(`SELECT sc.*, s.project_id, s.number FROM review_scores sc JOIN review_submissions s ON s.id = sc.submission_id WHERE ${where} ORDER BY sc.scored_at`)
          .all(...args) as (ScoreRow & { project_id: string; number: number })[]
      ).map((r) => scoreFact(toScore(r), r.project_id, r.number));
    const defenses = (where: string, arg: string) => (this.db.prepare(`SELECT * FROM review_defenses WHERE ${where} ORDER BY created_at, rowid`).all(arg) as DefenseRow[]).map(toDefense);

    const ratings = (where: string, ...args: (string | number)[]) => (this.db.prepare(`SELECT * FROM evaluation_ratings WHERE ${where} ORDER BY rated_at`).all(...args) as RatingRow[]).map((r) => ratingFact(toRating(r)));
    const schemes = (classId: number) => (this.db.prepare('SELECT * FROM evaluation_schemes WHERE class_id = ?').all(classId) as WeightsRow[]).map((r) => weightsFact(toWeights(r)));
    /** A class's evaluation log holds ratings and its scheme; a project's log none. */
    const ofClassLog = (logId: string, read: (classId: number) => ReviewFact[]) => {
      const classId = classOfLog(logId);
      return classId === null ? [] : read(classId);
    };

    const policies = (schoolId: number) =>
      (this.db.prepare('SELECT * FROM school_policies WHERE school_id = ?').all(schoolId) as SchoolPolicyRow[]).map((r) => schoolPolicyFact(toSchoolPolicy(r)));

    this.readers = {
      policy: {
        one: (id) => policies(Number(id))[0] ?? null,
        ofProject: (p) => {
          const schoolId = schoolOfLog(p);
          return schoolId === null ? [] : policies(schoolId);
        },
      },
      rating: {
        one: (id) => {
          const k = parseRatingKey(id);
          return ratings('class_id = ? AND student_id = ? AND indicator = ? AND rater_id = ?', k.classId, k.studentId, k.indicator, k.raterId)[0] ?? null;
        },
        ofProject: (p) => ofClassLog(p, (c) => ratings('class_id = ?', c)),
      },
      weights: { one: (id) => schemes(Number(id))[0] ?? null, ofProject: (p) => ofClassLog(p, schemes) },
      submission: {
        one: (id) => submissions('s.id = ?', id).map((s) => submissionFact(s.record, s.stateSha256))[0] ?? null,
        ofProject: (p) => submissions('s.project_id = ?', p).map((s) => submissionFact(s.record, s.stateSha256)),
      },
      decision: {
        // the decision's fields only: no need to read and hash the snapshot
        one: (id) => {
          const r = this.db.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.id = ?`).get(id) as SubmissionRow | undefined;
          return r ? decisionFact(toSubmission(r)) : null;
        },
        ofProject: (p) => (this.db.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM review_submissions s WHERE s.project_id = ?`).all(p) as SubmissionRow[]).map((r) => decisionFact(toSubmission(r))).filter(present),
      },
      comment: { one: (id) => comments('id = ?', id).map(commentFact)[0] ?? null, ofProject: (p) => comments('project_id = ?', p).map(commentFact) },
      resolution: { one: (id) => comments('id = ?', id).map(resolutionFact)[0] ?? null, ofProject: (p) => comments('project_id = ?', p).map(resolutionFact).filter(present) },
      score: {
        one: (id) => {
          const at = id.lastIndexOf(':');
          return scores('sc.submission_id = ? AND sc.scorer_id = ?', id.slice(0, at), Number(id.slice(at + 1)))[0] ?? null;
        },
        ofProject: (p) => scores('s.project_id = ?', p),
      },
      defense: { one: (id) => defenses('id = ?', id).map(defenseFact)[0] ?? null, ofProject: (p) => defenses('project_id = ?', p).map(defenseFact) },
      defense_record: { one: (id) => defenses('id = ?', id).map(defenseRecordFact)[0] ?? null, ofProject: (p) => defenses('project_id = ?', p).map(defenseRecordFact).filter(present) },
    };
  }

  /** The record `kind`/`id` as it is stored now, or null when there is none. */
  one(kind: string, id: string): ReviewFact | null {
    const reader = this.readers[kind];
    if (!reader) throw new Error(`no reader for review records of kind "${kind}" (add one in sqlite-review-facts.ts)`);
    return reader.one(id);
  }

  /** Every review record of the project. */
  ofProject(projectId: string): ReviewFact[] {
    return Object.values(this.readers).flatMap((r) => r.ofProject(projectId));
  }

  /** Projects that have review records (submissions or defenses), classes with evaluation records (`class:<id>`) and schools with a policy (`school:<id>`), with or without a log. */
  projectsWithRecords(): string[] {
    const sql = `SELECT project_id FROM review_submissions UNION SELECT project_id FROM review_defenses UNION SELECT project_id FROM review_comments
                 UNION SELECT 'class:' || class_id FROM evaluation_ratings UNION SELECT 'class:' || class_id FROM evaluation_schemes
                 UNION SELECT 'school:' || school_id FROM school_policies`;
    return (this.db.prepare(sql).all() as { project_id: string }[]).map((r) => r.project_id);
  }
}
