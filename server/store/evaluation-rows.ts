/** Rows of the evaluation tables (both stores) and the records they hold. */
import type { SoftIndicatorId } from '../../projects/evaluation/indicators';
import type { WeightScheme } from '../../projects/evaluation/weights';
import type { RatingRecord, SchoolPolicyRecord, WeightsRecord } from '../evaluation/evaluation-records';

export interface RatingRow { class_id: number; student_id: number; indicator: string; rater_id: number; level: number; remark: string; rated_at: number | string }
export const toRating = (r: RatingRow): RatingRecord => ({
  classId: Number(r.class_id), studentId: Number(r.student_id), indicator: r.indicator as SoftIndicatorId, raterId: Number(r.rater_id), level: Number(r.level), remark: r.remark, ratedAt: Number(r.rated_at),
});

export interface WeightsRow { class_id: number; scheme: string; floor_pct: number; updated_by: number; updated_at: number | string }
export const toWeights = (r: WeightsRow): WeightsRecord => ({
  classId: Number(r.class_id), scheme: JSON.parse(r.scheme) as WeightScheme, floorPct: Number(r.floor_pct), updatedBy: Number(r.updated_by), updatedAt: Number(r.updated_at),
});

export interface SchoolPolicyRow { school_id: number; floor_pct: number; scheme: string; updated_by: number; updated_at: number | string }
export const toSchoolPolicy = (r: SchoolPolicyRow): SchoolPolicyRecord => ({
  schoolId: Number(r.school_id), floorPct: Number(r.floor_pct), scheme: JSON.parse(r.scheme) as WeightScheme, updatedBy: Number(r.updated_by), updatedAt: Number(r.updated_at),
});
