/**
 * Soft indicators from ratings: each rater's latest level (1–4) of the student's indicator scores 25·level;
 * several raters (the teacher and the team's mentor) are averaged. Not rated: no score (the indicator
 * leaves the process score, weights.ts) and the note `not_rated`.
 */
import { softScore, type SoftIndicatorId } from '../../projects/evaluation/indicators';
import type { RatingRecord } from './evaluation-records';
import { round1, type IndicatorResult } from '../../projects/evaluation/indicator-result';

export function softIndicator(id: SoftIndicatorId, ratings: readonly RatingRecord[]): IndicatorResult {
  const latest = new Map<number, RatingRecord>();
  for (const r of ratings) {
    if (r.indicator !== id) continue;
    const had = latest.get(r.raterId);
    if (!had || had.ratedAt <= r.ratedAt) latest.set(r.raterId, r);
  }
  const counted = [...latest.values()].sort((a, b) => a.ratedAt - b.ratedAt);
  const mean = counted.length ? counted.reduce((n, r) => n + softScore(r.level), 0) / counted.length : null;
  return {
    id,
    score: mean === null ? null : round1(mean),
    raw: { ratings: counted.length, meanLevel: counted.length ? round1(counted.reduce((n, r) => n + r.level, 0) / counted.length) : null },
    sources: counted.map((r) => ({ kind: 'rating', raterId: r.raterId, level: r.level, remark: r.remark, at: r.ratedAt })),
    notes: counted.length ? [] : ['not_rated'],
  };
}
