/**
 * Every refusal the server can give is said in both of the app's languages: each reason of REASONS has its
 * `errors.<reason>` in src/i18n/en/errors.json and src/i18n/zh-CN/errors.json with the same {placeholders},
 * every error the server builds goes through a reason, and bad input still names the field and what is allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, invalidField, refuse } from './errors';
import { REASONS, reasonMessage, type Reason } from './error-reasons';
import { checkMysteryRanges, type MysteryRange } from '../../simulations/bench/mystery-values';
import { parseSetup } from '../../simulations/bench/setup';
import { benchPreset } from '../../simulations/bench-presets';
import { ReplyBody, RubricSchema, ScheduleDefenseBody } from '../../projects/contracts/review';
import { RegisterBody } from '../../projects/contracts/auth';
import { FIELD_RULES, parseWith, setupProblem } from './validate';

const root = resolve(import.meta.dirname, '../..');
const catalogue = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(root, 'src/i18n', lang, 'errors.json'), 'utf8'));
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const reasons = Object.keys(REASONS) as Reason[];

function serverFiles(d: string, out: string[] = []): string[] {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) serverFiles(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The refusal a call throws. */
function refusalOf(f: () => unknown): ApiError {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('no refusal');
}

describe('server refusals in both languages', () => {
  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: every reason has its words, with the placeholders of the server's sentence`, () => {
      const words = catalogue(lang);
      expect(reasons.filter((r) => !(`errors.${r}` in words)), `missing in ${lang}/errors.json`).toEqual([]);
      const wrong = reasons.filter((r) => placeholders(words[`errors.${r}`]).join() !== placeholders(REASONS[r]).join());
      expect(wrong, `placeholders differ in ${lang}/errors.json`).toEqual([]);
      const known = (k: string) => k === 'errors.network' || k.slice('errors.'.length) in REASONS || k.slice('errors.rule.'.length) in FIELD_RULES || (/^errors\.(type|format|list|path)\./.test(k) && k in catalogue('en'));
      const stale = Object.keys(words).filter((k) => !known(k));
      expect(stale, `keys of no reason in ${lang}/errors.json`).toEqual([]);
    });
  }

  it('zh-CN says them in Chinese', () => {
    const zh = catalogue('zh-CN');
    const allValues: Reason[] = ['field_rule']; // '{field}：{rule}': the rule's own words are Chinese
    expect(reasons.filter((r) => !allValues.includes(r) && !/[\u4e00-\u9fff]/.test(zh[`errors.${r}`]))).toEqual([]);
    expect(Object.keys(zh).filter((k) => k.startsWith('errors.rule.') && !/[\u4e00-\u9fff]/.test(zh[k]))).toEqual([]);
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: every named rule of a field (request schemas, bench setups) has its words, with the rule's placeholders`, () => {
      const words = catalogue(lang);
      const rules = Object.keys(FIELD_RULES);
      expect(rules.filter((r) => !(`errors.rule.${r}` in words)), `missing in ${lang}/errors.json`).toEqual([]);
      expect(rules.filter((r) => placeholders(words[`errors.rule.${r}`]).join() !== placeholders(FIELD_RULES[r]).join())).toEqual([]);
      const words_ = (c: Record<string, string>) => Object.keys(c).filter((k) => /^errors\.(type|format|list)\./.test(k)).sort();
      expect(words_(words)).toEqual(words_(catalogue('en')));
    });
  }

  it('a pattern or a check of the schema is refused by its rule (field_rule), its values as params', () => {
    const cases: [z.ZodType, unknown, string, Record<string, unknown>][] = [
      [RegisterBody, { username: 'a b', displayName: 'A', password: 'long enough 123', inviteCode: 'ABCD-1234' }, 'username', { rule: 'username' }],
      [ReplyBody, { body: '' }, 'body', {}],
      [ScheduleDefenseBody, { scheduledAt: Date.UTC(2030, 0, 1), videoUrl: 'http://x.example' }, 'videoUrl', { rule: 'https_link' }],
      [ScheduleDefenseBody, { scheduledAt: Date.UTC(2030, 0, 1) }, 'place', { rule: 'place_or_video' }],
      [
        RubricSchema,
        { criteria: [1, 2].map(() => ({ id: 'clarity', group: 'product', name: { en: 'C', 'zh-CN': 'C' }, weight: 1, levels: [{ description: { en: 'a', 'zh-CN': 'a' } }, { description: { en: 'b', 'zh-CN': 'b' } }] })) },
        'criteria.1.id',
        { rule: 'used_twice', value: 'clarity' },
      ],
    ];
    for (const [schema, body, field, params] of cases) {
      const e = refusalOf(() => parseWith(schema, body));
      expect(e.field, JSON.stringify(body)).toBe(field);
      if (!('rule' in params)) continue;
      expect({ reason: e.reason, params: e.params }).toMatchObject({ reason: 'field_rule', params: { field, ...params } });
      expect(e.message).toBe(`${field}: ${FIELD_RULES[String(params.rule)].replace('{value}', String(params.value))}`); // the schema's English, as before
    }
  });

  it("an assignment's mystery ranges are refused by rule too", () => {
    const bench = benchPreset('circuit-ohms-law')!;
    const r = parseSetup({ version: 2, bench: bench.catalog.bench, parts: [{ id: 'c1', kind: 'cell', xM: 0, yM: 0, rotDeg: 0, props: {}, mystery: ['emfV'] }], links: [] }, bench.catalog);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const cases: [MysteryRange, string, Record<string, unknown>][] = [
      [{ part: 'zz', prop: 'emfV', min: 1, max: 2 }, 'mystery[0].part', { rule: 'mystery_no_part', value: 'zz', allowed: 'c1' }],
      [{ part: 'c1', prop: 'emfV', min: 2, max: 1 }, 'mystery[0].max', { rule: 'mystery_max_below_min', min: 2, max: 1 }],
      [{ part: 'c1', prop: 'emfV', min: 0.1, max: 1 }, 'mystery[0].min', { rule: 'mystery_outside', min: 0.5, max: 2, unit: 'V' }],
    ];
    for (const [range, field, params] of cases) {
      const [problem] = checkMysteryRanges(r.setup, [range], bench.catalog);
      const e = setupProblem(problem.field, problem);
      expect({ reason: e.reason, field: e.field, params: e.params }).toMatchObject({ reason: 'field_rule', field, params: { field, ...params } });
    }
  });

  it("a bench setup's problems go out by rule, with the values its words need", () => {
    const bench = benchPreset('circuit-ohms-law')!;
    const good = { version: 2, bench: bench.catalog.bench, parts: [{ id: 'b1', kind: 'cell', xM: 0, yM: 0, rotDeg: 0, props: {} }], links: [] };
    const cases: [unknown, string, Record<string, unknown>][] = [
      [{ ...good, parts: [{ ...good.parts[0], xM: 500 }] }, 'setup.parts[0].xM', { rule: 'setup_number_range', min: -100, max: 100, got: 500 }],
      [{ ...good, parts: [{ ...good.parts[0], id: '9x' }] }, 'setup.parts[0].id', { rule: 'setup_id', value: '9x' }],
      [{ ...good, parts: 'none' }, 'setup.parts', { rule: 'setup_wrong_type', expected: 'array', got: 'string' }],
      [{ ...good, extra: 1 }, 'setup.(setup)', { rule: 'setup_unknown_keys', keys: "'extra'" }],
      [{ ...good, parts: [{ ...good.parts[0], kind: 'flux-capacitor' }] }, 'setup.parts[0].kind', { rule: 'setup_unknown_kind', value: 'flux-capacitor' }],
      [{ ...good, version: 99 }, 'setup.version', { rule: 'setup_unknown_version', value: '99' }],
      [{ ...good, parts: [{ ...good.parts[0], props: { emfV: 9 } }] }, 'setup.parts[0].props.emfV', { rule: 'setup_bad_value', value: '9', allowed: '0.5 … 2 V' }],
      [{ ...good, parts: [{ ...good.parts[0], props: { colour: 'red' } }] }, 'setup.parts[0].props.colour', { rule: 'setup_unknown_property', value: 'colour', kind: 'cell' }],
    ];
    for (const [setup, field, params] of cases) {
      const r = parseSetup(setup, bench.catalog);
      expect(r.ok, JSON.stringify(setup)).toBe(false);
      if (r.ok) continue;
      const e = setupProblem(`setup.${r.errors[0].field}`, r.errors[0]);
      expect({ reason: e.reason, field: e.field, params: e.params }).toMatchObject({ reason: 'field_rule', field, params: { field, ...params } });
      for (const name of placeholders(FIELD_RULES[String(params.rule)])) expect(e.params, `${String(params.rule)} needs {${name}}`).toHaveProperty(name);
      expect(e.message).toBe(`${field}: ${r.errors[0].message}`);
    }
  });

  it('every error the server builds has a reason (nothing makes an ApiError from free text)', () => {
    const offenders = serverFiles(join(root, 'server'))
      .filter((f) => !f.endsWith(join('http', 'errors.ts')))
      .filter((f) => /new ApiError\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('sends the reason, its values and the English sentence filled in', () => {
    const e = refuse(409, 'already_submitted', 'already_submitted', { number: 3 });
    expect({ code: e.code, reason: e.reason, params: e.params, message: e.message }).toEqual({
      code: 'already_submitted',
      reason: 'already_submitted',
      params: { number: 3 },
      message: "submission 3 is still waiting for review; you can submit again after the mentor's decision",
    });
    const f = invalidField('studentIds.2', 'not_student_of_class', { userId: 17 });
    expect([f.status, f.code, f.field, f.message]).toEqual([400, 'invalid_field', 'studentIds.2', 'studentIds.2: user 17 is not a student of this class']);
    expect(reasonMessage('field_not_one_of', {})).toBe('{field}: must be one of {allowed}');
  });

  it('bad input names the field and the allowed values or range (zod problems as reasons)', () => {
    const schema = z.object({
      name: z.string().min(1).max(80),
      kind: z.enum(['text', 'table']),
      n: z.number().int().min(0).max(100),
      ids: z.array(z.number()).max(12),
    });
    const ok = { name: 'a', kind: 'text', n: 1, ids: [] };
    const cases: [unknown, Reason, Record<string, unknown>][] = [
      [{ ...ok, name: '' }, 'field_empty', { field: 'name' }],
      [{ ...ok, name: 'x'.repeat(81) }, 'field_too_long', { field: 'name', max: 80 }],
      [{ ...ok, kind: 'chart' }, 'field_not_one_of', { field: 'kind', allowed: 'text, table' }],
      [{ ...ok, n: 101 }, 'field_above', { field: 'n', max: 100 }],
      [{ ...ok, n: -1 }, 'field_below', { field: 'n', min: 0 }],
      [{ ...ok, ids: Array(13).fill(1) }, 'field_too_many', { field: 'ids', max: 12 }],
      [{ ...ok, n: undefined }, 'field_missing', { field: 'n' }],
    ];
    for (const [body, reason, params] of cases) {
      const e = refusalOf(() => parseWith(schema, body));
      expect({ reason: e.reason, field: e.field }, JSON.stringify(body)).toEqual({ reason, field: params.field });
      expect(e.params).toMatchObject(params);
      expect(e.message.startsWith(`${String(params.field)}: `), e.message).toBe(true);
    }
  });
});
