/**
 * The rubric editor's draft: a school's rubric as editable rows, checked with the server's own rules
 * (server/review/rubric.ts RubricSchema) so most mistakes show next to their field before saving.
 * Pure: no DOM, no Svelte.
 */
import type { Localized, Rubric } from '../review/review-api';

export type RubricCriterionDraft = Rubric['criteria'][number];

export const RUBRIC_LIMITS = { criteria: 20, levelsMin: 2, levelsMax: 6, textMax: 400, weightMax: 100 } as const;

/** A problem with one field: its path as the server names it (`criteria.2.levels.1.description.en`) and an i18n key. */
export interface RubricProblem {
  field: string;
  key: string;
  vars?: Record<string, string | number>;
}

const LANGS = ['zh-CN', 'en'] as const;

function textProblems(text: Localized, field: string): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const l of LANGS) {
    const v = text[l].trim();
    if (!v) out.push({ field: `${field}.${l}`, key: 'people.rubric.error.empty' });
    else if (v.length > RUBRIC_LIMITS.textMax) out.push({ field: `${field}.${l}`, key: 'people.rubric.error.tooLong', vars: { n: RUBRIC_LIMITS.textMax } });
  }
  return out;
}

/** Every problem of the draft, in the order of the form (empty: it can be saved). */
export function rubricProblems(r: Rubric): RubricProblem[] {
  const out: RubricProblem[] = [];
  if (r.criteria.length === 0) out.push({ field: 'criteria', key: 'people.rubric.error.noCriteria' });
  if (r.criteria.length > RUBRIC_LIMITS.criteria) out.push({ field: 'criteria', key: 'people.rubric.error.tooManyCriteria', vars: { n: RUBRIC_LIMITS.criteria } });
  r.criteria.forEach((c, i) => {
    const at = `criteria.${i}`;
    out.push(...textProblems(c.name, `${at}.name`));
    if (!Number.isFinite(c.weight) || c.weight < 0 || c.weight > RUBRIC_LIMITS.weightMax) out.push({ field: `${at}.weight`, key: 'people.rubric.error.weight', vars: { max: RUBRIC_LIMITS.weightMax } });
    if (c.levels.length < RUBRIC_LIMITS.levelsMin || c.levels.length > RUBRIC_LIMITS.levelsMax) {
      out.push({ field: `${at}.levels`, key: 'people.rubric.error.levels', vars: { min: RUBRIC_LIMITS.levelsMin, max: RUBRIC_LIMITS.levelsMax } });
    }
    c.levels.forEach((l, j) => out.push(...textProblems(l.description, `${at}.levels.${j}.description`)));
  });
  if (r.criteria.length && r.criteria.every((c) => !(c.weight > 0))) out.push({ field: 'criteria', key: 'people.rubric.error.allZero' });
  return out;
}

/** A new criterion's id: lowercase, unique in the rubric (scores refer to criteria by id, so existing ids never change). */
export function newCriterionId(r: Rubric): string {
  const used = new Set(r.criteria.map((c) => c.id));
  let n = r.criteria.length + 1;
  while (used.has(`criterion_${n}`)) n++;
  return `criterion_${n}`;
}

/** Each criterion's share of the total, in percent (weights are relative: the total score is out of 100 either way). */
export function weightShares(r: Rubric): number[] {
  const sum = r.criteria.reduce((s, c) => s + (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0), 0);
  return r.criteria.map((c) => (sum > 0 && c.weight > 0 ? (100 * c.weight) / sum : 0));
}
