/**
 * The result part of the total: the rubric's product criteria (server/review/rubric.ts, group 'product'),
 * as the mentors scored the latest submission that has scores. Each scorer's result is the weighted mean
 * of level/levels over the product criteria (the rubric as it was when scored), × 100; several scorers are
 * averaged. Null before any submission is scored.
 */
import type { ResultScore } from '../../projects/contracts/evaluation';
import type { ScoreRecord, SubmissionRecord } from '../store/review-records';
import { round1 } from '../../projects/evaluation/indicator-result';

export type { ResultScore };

export function productScore(s: ScoreRecord): number | null {
  let weighted = 0;
  let weights = 0;
  for (const c of s.rubric.criteria) {
    if (c.group !== 'product') continue;
    const level = s.levels[c.id];
    if (level === undefined) continue;
    weighted += c.weight * (level / c.levels.length);
    weights += c.weight;
  }
  return weights > 0 ? (100 * weighted) / weights : null;
}

export function resultScore(submissions: readonly SubmissionRecord[], scoresOf: ReadonlyMap<string, readonly ScoreRecord[]>): ResultScore {
  const newestFirst = [...submissions].sort((a, b) => b.number - a.number);
  for (const s of newestFirst) {
    const each = (scoresOf.get(s.id) ?? []).map(productScore).filter((x): x is number => x !== null);
    if (each.length) return { score: round1(each.reduce((a, b) => a + b, 0) / each.length), submissionNumber: s.number, scorers: each.length };
  }
  return { score: null, submissionNumber: null, scorers: 0 };
}
