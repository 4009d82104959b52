/** Soft indicators from ratings and the result part from rubric scores, on hand-built records. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../review/rubric';
import type { ScoreRecord, SubmissionRecord } from '../store/review-records';
import type { RatingRecord } from './evaluation-records';
import { productScore, resultScore } from './result-score';
import { softIndicator } from './soft-indicators';

const rating = (raterId: number, level: number, ratedAt: number, indicator: RatingRecord['indicator'] = 'inquiry'): RatingRecord => ({ classId: 1, studentId: 5, indicator, raterId, level, remark: '', ratedAt });

describe('soft indicators', () => {
  it('25 per level, the latest rating of each rater, raters averaged', () => {
    // teacher 3 then 2 (the later counts), mentor 4: (25·2 + 25·4) / 2 = 75
    const r = softIndicator('inquiry', [rating(1, 3, 10), rating(2, 4, 20), rating(1, 2, 30), rating(1, 1, 40, 'persistence')]);
    expect(r.score).toBe(75);
    expect(r.raw).toEqual({ ratings: 2, meanLevel: 3 });
    expect(r.sources.map((s) => s.kind === 'rating' && [s.raterId, s.level])).toEqual([[2, 4], [1, 2]]);
  });

  it('not rated: no score, noted', () => {
    expect(softIndicator('collaboration', [rating(1, 3, 10)])).toMatchObject({ score: null, notes: ['not_rated'] });
  });
});

describe('result from the rubric', () => {
  const sub = (id: string, number: number): SubmissionRecord => ({
    id, projectId: 'p', number, sha256: '', bytes: 0, submittedBy: 1, submittedAt: number, note: '', mentorId: 9, status: 'submitted', decision: null, decisionSummary: null, decidedBy: null, decidedAt: null,
  });
  const score = (submissionId: string, scorerId: number, product: number[]): ScoreRecord => {
    const ids = DEFAULT_RUBRIC.criteria.filter((c) => c.group === 'product').map((c) => c.id);
    const levels = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.id, 1]));
    ids.forEach((id, i) => (levels[id] = product[i]));
    return { submissionId, scorerId, levels, remarks: {}, total: 0, rubric: DEFAULT_RUBRIC, scoredAt: 0 };
  };

  it('only the product criteria count: the default rubric has five of equal weight and four levels', () => {
    expect(DEFAULT_RUBRIC.criteria.filter((c) => c.group === 'product').map((c) => [c.weight, c.levels.length])).toEqual(Array(5).fill([15, 4]));
    // 4+3+3+2+4 = 16 of 20: 80, whatever the process criteria say
    expect(productScore(score('a', 9, [4, 3, 3, 2, 4]))).toBe(80);
  });

  it('the latest scored submission, its scorers averaged; null before any score', () => {
    const scores = new Map([
      ['a', [score('a', 9, [4, 4, 4, 4, 4])]],
      ['b', [score('b', 9, [2, 2, 2, 2, 2]), score('b', 8, [4, 4, 4, 4, 4])]],
    ]);
    expect(resultScore([sub('a', 1), sub('b', 2), sub('c', 3)], scores)).toEqual({ score: 75, submissionNumber: 2, scorers: 2 });
    expect(resultScore([sub('c', 3)], scores)).toEqual({ score: null, submissionNumber: null, scorers: 0 });
  });
});
