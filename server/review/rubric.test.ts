import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, RubricSchema, scoreRubric } from './rubric';

const all = (level: number) => Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.id, level]));

describe('default rubric', () => {
  it('has the eight criteria of the issue, both languages, weights summing to 100', () => {
    expect(DEFAULT_RUBRIC.criteria.map((c) => c.id)).toEqual([
      'research_question', 'method_variables', 'data_quality', 'analysis', 'conclusion', 'teamwork', 'communication', 'self_management',
    ]);
    expect(DEFAULT_RUBRIC.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(RubricSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
    for (const c of DEFAULT_RUBRIC.criteria) for (const l of c.levels) expect(l.description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('scoreRubric', () => {
  it('gives 100 for top levels and 25 for the lowest of four', () => {
    expect(scoreRubric(DEFAULT_RUBRIC, all(4)).total).toBe(100);
    expect(scoreRubric(DEFAULT_RUBRIC, all(1)).total).toBe(25);
  });

  it('weights criteria: hand-computed mixed example', () => {
    // 5 product criteria × 15 at level 3 (3/4) + teamwork 10 at 4 + communication 10 at 2 + self-management 5 at 1:
    // 75·0.75 + 10·1 + 10·0.5 + 5·0.25 = 56.25 + 10 + 5 + 1.25 = 72.5 (of 100).
    const levels = { ...all(3), teamwork: 4, communication: 2, self_management: 1 };
    expect(scoreRubric(DEFAULT_RUBRIC, levels).total).toBe(72.5);
  });

  it('names the field for a missing, out-of-range or unknown criterion', () => {
    const { teamwork: _t, ...missing } = all(2);
    expect(() => scoreRubric(DEFAULT_RUBRIC, missing)).toThrow(/levels\.teamwork: required; choose a level from 1 to 4/);
    expect(() => scoreRubric(DEFAULT_RUBRIC, { ...all(2), analysis: 5 })).toThrow(/levels\.analysis: must be a whole number from 1 to 4; got 5/);
    expect(() => scoreRubric(DEFAULT_RUBRIC, { ...all(2), analysis: 2.5 })).toThrow(/levels\.analysis/);
    expect(() => scoreRubric(DEFAULT_RUBRIC, { ...all(2), style: 3 })).toThrow(/levels\.style: not a criterion/);
  });

  it('rejects a rubric with duplicate ids or all-zero weights, naming the place', () => {
    const dup = { criteria: [DEFAULT_RUBRIC.criteria[0], DEFAULT_RUBRIC.criteria[0]] };
    const r = RubricSchema.safeParse(dup);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['criteria', 1, 'id']);
    const zero = { criteria: [{ ...DEFAULT_RUBRIC.criteria[0], weight: 0 }] };
    expect(RubricSchema.safeParse(zero).error!.issues[0].message).toMatch(/weight must be above 0/);
  });
});
