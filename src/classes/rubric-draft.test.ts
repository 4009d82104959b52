import { describe, expect, it } from 'vitest';
import type { Rubric } from '../review/review-api';
import { newCriterionId, rubricProblems, weightShares } from './rubric-draft';

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const rubric = (): Rubric => ({
  criteria: [
    { id: 'question', group: 'product', name: L('问题', 'Question'), weight: 30, levels: [{ description: L('差', 'Weak') }, { description: L('好', 'Good') }] },
    { id: 'teamwork', group: 'process', name: L('合作', 'Teamwork'), weight: 10, levels: [{ description: L('差', 'Weak') }, { description: L('好', 'Good') }] },
  ],
});

describe('rubric draft', () => {
  it('accepts a complete rubric', () => {
    expect(rubricProblems(rubric())).toEqual([]);
  });

  it('names each problem by the field path the server uses', () => {
    const r = rubric();
    r.criteria[0].name.en = ' ';
    r.criteria[1].weight = 120;
    r.criteria[1].levels = [r.criteria[1].levels[0]];
    r.criteria[1].levels[0].description['zh-CN'] = 'x'.repeat(401);
    expect(rubricProblems(r).map((p) => p.field)).toEqual(['criteria.0.name.en', 'criteria.1.weight', 'criteria.1.levels', 'criteria.1.levels.0.description.zh-CN']);
  });

  it('refuses a rubric whose weights are all zero, or that has no criterion', () => {
    const r = rubric();
    for (const c of r.criteria) c.weight = 0;
    expect(rubricProblems(r).map((p) => p.key)).toEqual(['people.rubric.error.allZero']);
    expect(rubricProblems({ criteria: [] }).map((p) => p.key)).toEqual(['people.rubric.error.noCriteria']);
  });

  it('gives new criteria unused ids and reports relative weights as shares of 100', () => {
    const r = rubric();
    expect(newCriterionId(r)).toBe('criterion_3');
    r.criteria.push({ ...r.criteria[0], id: 'criterion_3' });
    expect(newCriterionId(r)).toBe('criterion_4');
    // 30 : 10 : 30 → 42.86 % : 14.29 % : 42.86 %
    expect(weightShares(r).map((s) => Math.round(s * 100) / 100)).toEqual([42.86, 14.29, 42.86]);
  });
});
