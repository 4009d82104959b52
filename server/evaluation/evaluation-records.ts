/**
 * What process evaluation stores (issue #20): a teacher's or mentor's rating of a student's soft indicator,
 * and a class's weight scheme. Both are written in the same transaction as an entry of the class's
 * evaluation log: a hash chain in the review log (server/review/hash-chain.ts) whose id is `class:<id>`
 * instead of a project id, signed with the same review key, so `npm run verify-reviews` checks ratings and
 * weight changes like reviews, and a student's report can carry a receipt of the chain's head.
 * A school's policy (its floor and default scheme) is logged the same way, under `school:<id>`.
 */
import type { SoftIndicatorId } from '../../projects/evaluation/indicators';
import type { WeightScheme } from '../../projects/evaluation/weights';

export interface RatingRecord {
  classId: number;
  studentId: number;
  indicator: SoftIndicatorId;
  raterId: number;
  /** 1–4 on the indicator's descriptor scale. */
  level: number;
  remark: string;
  ratedAt: number;
}

export interface WeightsRecord {
  classId: number;
  scheme: WeightScheme;
  /** The school's floor the scheme was checked against when it was saved. */
  floorPct: number;
  updatedBy: number;
  updatedAt: number;
}

/** A school's evaluation policy as its administrator last set it (none stored: DEFAULT_POLICY). */
export interface SchoolPolicyRecord {
  schoolId: number;
  /** No class's process share may be below it (40–100 %). */
  floorPct: number;
  /** The scheme of every class that has none of its own. */
  scheme: WeightScheme;
  updatedBy: number;
  updatedAt: number;
}

/** The id of a class's evaluation log in the review log (never a project id: those have no colon). */
export const evaluationLogId = (classId: number) => `class:${classId}`;

/** The class of an evaluation log id; null for a project's log. */
export function classOfLog(logId: string): number | null {
  const m = /^class:(\d{1,12})$/.exec(logId);
  return m ? Number(m[1]) : null;
}

/** The id of a school's evaluation-policy log in the review log (floor and default scheme changes). */
export const schoolPolicyLogId = (schoolId: number) => `school:${schoolId}`;

/** The school of a policy log id; null for any other log. */
export function schoolOfLog(logId: string): number | null {
  const m = /^school:(\d{1,12})$/.exec(logId);
  return m ? Number(m[1]) : null;
}

/** The fact id of a rating (one per student, indicator and rater: a new rating replaces the rater's last). */
export const ratingKey = (r: Pick<RatingRecord, 'classId' | 'studentId' | 'indicator' | 'raterId'>) => `${r.classId}:${r.studentId}:${r.indicator}:${r.raterId}`;

export function parseRatingKey(key: string): Pick<RatingRecord, 'classId' | 'studentId' | 'raterId'> & { indicator: string } {
  const [classId, studentId, indicator, raterId] = key.split(':');
  return { classId: Number(classId), studentId: Number(studentId), indicator: indicator ?? '', raterId: Number(raterId) };
}
