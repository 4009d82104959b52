/**
 * A zod problem without a named rule is worded from the catalogues by its code and path, in both languages:
 * the field, the limit, the expected type, the allowed values or the format, and never zod's English message
 * (which goes out only as the answer's English `message`, for API users).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { parseWith } from './validate';
import { RecordDefenseBody, RubricSchema } from '../../projects/contracts/review';
import { wordedParams, type Translate } from '../../simulations/bench/problem-words';
import { catalogue, catalogueTranslator, type Lang } from '../../test/support/catalogue-translator';

const translator = (lang: Lang) => catalogueTranslator(lang, ['errors', 'app']);
const zh = translator('zh-CN');
const en = translator('en');

function refusal(schema: z.ZodType, body: unknown): ApiError {
  try {
    parseWith(schema, body);
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('no refusal');
}

/** The refusal as the app words it (src/app/server-error.ts does the same with the app's t). */
const say = (e: ApiError, t: Translate) => t(`errors.${e.reason}`, wordedParams(e.params, t));

const schema = z.object({
  name: z.string().min(3).max(8),
  kind: z.enum(['text', 'table', 'chart']),
  n: z.number().int().gt(0).lt(10),
  step: z.number().multipleOf(5),
  tags: z.array(z.string()).min(1).max(2),
  email: z.email(),
  link: z.url(),
  code: z.string().regex(/^[A-Z]+$/),
  when: z.iso.datetime(),
  pair: z.tuple([z.number(), z.number()]),
  either: z.union([z.number(), z.boolean()]),
  checked: z.string().refine((s) => s !== 'no'),
  inner: z.strictObject({ a: z.number() }),
});
const ok = { name: 'abcd', kind: 'text', n: 1, step: 5, tags: ['a'], email: 'a@b.cn', link: 'https://x.cn', code: 'AB', when: '2030-01-01T00:00:00Z', pair: [1, 2], either: 1, checked: 'yes', inner: { a: 1 } };

// [body, field, reason, params, English words, Chinese words]
const cases: [Record<string, unknown>, string, string, Record<string, unknown>, string, string][] = [
  [{ name: 'ab' }, 'name', 'field_too_short', { min: 3 }, 'name: at least 3 characters.', 'name：至少 3 个字符。'],
  [{ name: 'abcdefghi' }, 'name', 'field_too_long', { max: 8 }, 'name: at most 8 characters.', 'name：最多 8 个字符。'],
  [{ kind: 'movie' }, 'kind', 'field_not_one_of', { allowed: 'text, table, chart' }, 'kind: must be one of text, table or chart.', 'kind：只能是以下之一：text、table或chart。'],
  [{ n: 0 }, 'n', 'field_not_above', { min: 0 }, 'n: must be more than 0.', 'n：必须大于 0。'],
  [{ n: 10 }, 'n', 'field_not_below', { max: 10 }, 'n: must be less than 10.', 'n：必须小于 10。'],
  [{ n: 1.5 }, 'n', 'field_wrong_type', { expected: 'int' }, 'n: must be a whole number', 'n：应为整数。'],
  [{ n: 'one' }, 'n', 'field_wrong_type', { expected: 'number' }, 'n: must be a number', 'n：应为数字。'],
  [{ n: undefined }, 'n', 'field_missing', { expected: 'number' }, 'n: is required (a number)', 'n：必填（数字）。'],
  [{ step: 7 }, 'step', 'field_not_multiple', { step: 5 }, 'step: must be a multiple of 5.', 'step：必须是 5 的倍数。'],
  [{ tags: [] }, 'tags', 'field_too_few', { min: 1 }, 'tags: at least 1 items.', 'tags：至少 1 项。'],
  [{ tags: ['a', 'b', 'c'] }, 'tags', 'field_too_many', { max: 2 }, 'tags: at most 2 items.', 'tags：最多 2 项。'],
  [{ email: 'nobody' }, 'email', 'field_bad_format', { format: 'email' }, 'email: must be an e-mail address.', 'email：应为电子邮件地址。'],
  [{ link: 'not a link' }, 'link', 'field_bad_format', { format: 'url' }, 'link: must be a web link.', 'link：应为网址。'],
  [{ code: 'ab' }, 'code', 'field_bad_format', { format: 'regex' }, 'code: must be in the required form.', 'code：应为规定的格式。'],
  [{ when: 'tomorrow' }, 'when', 'field_bad_format', { format: 'datetime' }, 'when: must be a date and time such as 2030-01-31T08:00:00Z.', 'when：应为日期和时间，例如 2030-01-31T08:00:00Z。'],
  [{ pair: 'x' }, 'pair', 'field_wrong_type', { expected: 'array' }, 'pair: must be a list', 'pair：应为列表。'],
  [{ either: 'x' }, 'either', 'field_no_form', {}, 'either: matches none of the allowed forms.', 'either：不符合任何一种允许的形式。'],
  [{ checked: 'no' }, 'checked', 'field_invalid', {}, 'checked: is not valid.', 'checked：不符合要求。'],
  [{ inner: { a: 1, b: 2, c: 3 } }, 'inner', 'field_unknown_keys', { keys: 'b, c' }, 'inner: unknown keys b, c.', 'inner：不认识的字段 b、c。'],
];

describe('zod problems in both languages, by issue code', () => {
  for (const [change, field, reason, params, enWords, zhWords] of cases) {
    it(`${reason} (${JSON.stringify(change)})`, () => {
      const e = refusal(schema, { ...ok, ...change });
      expect({ field: e.field, reason: e.reason }).toEqual({ field, reason });
      expect(e.params).toEqual({ field, ...params });
      expect(say(e, en)).toBe(enWords);
      expect(say(e, zh)).toBe(zhWords);
      expect(e.message.startsWith(`${field}: `)).toBe(true); // the schema's English, for API users
      const english = e.message.slice(field.length + 2);
      expect(say(e, zh)).not.toContain(english);
      expect(say(e, zh)).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('a malformed body names no parser English in its values', () => {
    const words = catalogue('zh-CN', 'errors')['errors.malformed_json'];
    expect(words).not.toMatch(/\{/);
    expect(words).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an unknown format falls back to "the required form", never the format name in English', () => {
    expect(zh('errors.field_bad_format', wordedParams({ field: 'f', format: 'jwt' }, zh))).toBe('f：应为规定的格式。');
  });
});

describe('a refused rubric names the field as the form shows it, not its request path', () => {
  const criterion = (id: string, group = 'product') => ({
    id,
    group,
    name: { 'zh-CN': '清晰', en: 'Clarity' },
    weight: 10,
    levels: [{ description: { 'zh-CN': '一', en: 'one' } }, { description: { 'zh-CN': '二', en: 'two' } }],
  });

  it('a bad criterion id: "rubric criterion 2, its id" / "评价项 2 的编号", the rule in words, the raw path kept', () => {
    const e = refusal(RubricSchema, { criteria: [criterion('clarity'), criterion('Bad Id')] });
    expect({ field: e.field, reason: e.reason }).toEqual({ field: 'criteria.1.id', reason: 'field_rule' });
    expect(say(e, en)).toBe('rubric criterion 2, its id: must be lowercase letters, digits and _ (starting with a letter)');
    expect(say(e, zh)).toBe('评价项 2 的编号：只能由小写字母、数字和 _ 组成（以字母开头）');
    expect(e.message).toBe('criteria.1.id: must be lowercase letters, digits and _ (starting with a letter)'); // for API users and the technical details
  });

  it('a bad part still names the allowed values, in both languages', () => {
    const e = refusal(RubricSchema, { criteria: [criterion('a'), criterion('b'), criterion('c', 'fun')] });
    expect(e.field).toBe('criteria.2.group');
    expect(say(e, en)).toBe('rubric criterion 3, its part: must be one of product or process.');
    expect(say(e, zh)).toBe('评价项 3 的类别：只能是以下之一：product或process。');
  });

  it('a level description counts level and criterion from 1; a path without words of its own takes its leading part', () => {
    const c = criterion('a');
    const e = refusal(RubricSchema, { criteria: [{ ...c, levels: [c.levels[0], { description: { 'zh-CN': '二', en: '  ' } }] }] });
    expect(e.field).toBe('criteria.0.levels.1.description.en');
    expect(say(e, en)).toBe('rubric criterion 1, the description of level 2 (English): must not be empty.');
    expect(say(e, zh)).toBe('评价项 1 等级 2 的描述（英文）：不能为空。');
    expect(zh('errors.field_invalid', wordedParams({ field: 'criteria.4.levels.0.note' }, zh))).toBe('评价项 5 的等级 1：不符合要求。');
  });
});

describe('questions and answers are named by their number, as the forms count them', () => {
  it("a defense record's empty question 2 (questions.1.question: its leading part's words)", () => {
    const e = refusal(RecordDefenseBody, { questions: [{ question: 'Why?', answer: 'Because.' }, { question: ' ', answer: '' }], outcome: 'passed' });
    expect(e.field).toBe('questions.1.question');
    expect(say(e, en)).toBe('question 2: must not be empty.');
    expect(say(e, zh)).toBe('问题 2：不能为空。');
  });

  it('an answer too long in a hand-in', () => {
    expect(en('errors.field_too_long', wordedParams({ field: 'answers.0', max: 2000 }, en))).toBe('the answer to question 1: at most 2000 characters.');
    expect(zh('errors.field_too_long', wordedParams({ field: 'answers.0', max: 2000 }, zh))).toBe('问题 1 的回答：最多 2000 个字符。');
  });
});
