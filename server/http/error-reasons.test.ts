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
import { parseWith } from './validate';

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
      const stale = Object.keys(words).filter((k) => k !== 'errors.network' && !(k.slice('errors.'.length) in REASONS));
      expect(stale, `keys of no reason in ${lang}/errors.json`).toEqual([]);
    });
  }

  it('zh-CN says them in Chinese', () => {
    const zh = catalogue('zh-CN');
    expect(reasons.filter((r) => !/[\u4e00-\u9fff]/.test(zh[`errors.${r}`]))).toEqual([]);
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
