/**
 * Ratings and weight schemes as the review log vouches for them (server/review/record-kinds.ts): the
 * hashed content of each, so `npm run verify-reviews` names a rating or a scheme edited behind the log.
 */
import type { ReviewFact } from '../review/record-kinds';
import { evaluationLogId, ratingKey, schoolPolicyLogId, type RatingRecord, type SchoolPolicyRecord, type WeightsRecord } from './evaluation-records';

export function ratingFact(r: RatingRecord): ReviewFact {
  return {
    kind: 'rating', id: ratingKey(r), projectId: evaluationLogId(r.classId), label: `rating of ${r.indicator} for student ${r.studentId} by user ${r.raterId}`,
    content: { classId: r.classId, studentId: r.studentId, indicator: r.indicator, raterId: r.raterId, level: r.level, remark: r.remark, ratedAt: r.ratedAt },
  };
}

export function weightsFact(w: WeightsRecord): ReviewFact {
  return {
    kind: 'weights', id: String(w.classId), projectId: evaluationLogId(w.classId), label: `weight scheme of class ${w.classId}`,
    content: { classId: w.classId, processPct: w.scheme.processPct, weights: { ...w.scheme.weights }, floorPct: w.floorPct, updatedBy: w.updatedBy, updatedAt: w.updatedAt },
  };
}

export function schoolPolicyFact(p: SchoolPolicyRecord): ReviewFact {
  return {
    kind: 'policy', id: String(p.schoolId), projectId: schoolPolicyLogId(p.schoolId), label: `evaluation policy of school ${p.schoolId}`,
    content: { schoolId: p.schoolId, floorPct: p.floorPct, processPct: p.scheme.processPct, weights: { ...p.scheme.weights }, updatedBy: p.updatedBy, updatedAt: p.updatedAt },
  };
}
