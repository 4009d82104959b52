/** A refusal in the reader's language: the words of errors.<reason> with the refusal's values, in en and zh-CN. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { ApiError } from './json-call';
import { serverErrorDetail, serverErrorText } from './server-error';

const words = (lang: string): Record<string, string> => JSON.parse(readFileSync(resolve(import.meta.dirname, '../i18n', lang, 'errors.json'), 'utf8'));

describe('serverErrorText', () => {
  beforeEach(() => {
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
  });
  afterEach(() => vi.unstubAllGlobals());

  const refusal = new ApiError(409, 'already_submitted', 'submission 2 is still waiting for review', undefined, { reason: 'already_submitted', params: { number: 2 } });

  it('says a refusal in the chosen language, with its values', async () => {
    await i18n.init(['errors']);
    await i18n.setLocale('zh-CN');
    expect(serverErrorText(refusal)).toBe(words('zh-CN')['errors.already_submitted'].replace('{number}', '2'));
    expect(serverErrorText(refusal)).toContain('第 2 次提交');
    await i18n.setLocale('en');
    expect(serverErrorText(refusal)).toBe(words('en')['errors.already_submitted'].replace('{number}', '2'));
  });

  it("says a field's rule and type in the chosen language, not the schema's English", async () => {
    await i18n.init(['errors']);
    await i18n.setLocale('zh-CN');
    const rule = new ApiError(400, 'invalid_field', 'username: 3 to 32 letters, digits, dots, dashes or underscores', 'username', { reason: 'field_rule', params: { field: 'username', rule: 'username' } });
    expect(serverErrorText(rule)).toBe(`username：${words('zh-CN')['errors.rule.username']}`);
    const twice = new ApiError(400, 'invalid_field', '"clarity" is used twice', 'criteria.1.id', { reason: 'field_rule', params: { field: 'criteria.1.id', rule: 'used_twice', value: 'clarity' } });
    expect(serverErrorText(twice)).toBe('评价项 2 的编号：“clarity”重复使用了');
    const type = new ApiError(400, 'invalid_field', 'n: must be a int', 'n', { reason: 'field_wrong_type', params: { field: 'n', expected: 'int' } });
    expect(serverErrorText(type)).toBe('n：应为整数。');
    const setup = new ApiError(400, 'invalid_field', 'setup.parts[0].xM: expected a number from -100 to 100, got 500', 'setup.parts[0].xM', {
      reason: 'field_rule',
      params: { field: 'setup.parts[0].xM', rule: 'setup_number_range', min: -100, max: 100, got: 500 },
    });
    expect(serverErrorText(setup)).toBe('setup.parts[0].xM：应为 -100 到 100 之间的数；收到的是 500');
    await i18n.setLocale('en');
    expect(serverErrorText(type)).toBe('n: must be a whole number');
    expect(serverErrorText(setup)).toBe('setup.parts[0].xM: must be a number from -100 to 100; got 500');
  });

  it("falls back to the server's English for a refusal without a reason, and to the text of any other error", async () => {
    await i18n.init(['errors']);
    expect(serverErrorText(new ApiError(400, 'old_code', 'an older server said this'))).toBe('an older server said this');
    expect(serverErrorText(new Error('local'))).toBe('local');
  });

  it('keeps the request path and the English for the technical details', () => {
    const twice = new ApiError(400, 'invalid_field', 'criteria.1.id: "clarity" is used twice', 'criteria.1.id', { reason: 'field_rule', params: { field: 'criteria.1.id', rule: 'used_twice', value: 'clarity' } });
    expect(serverErrorDetail(twice)).toBe('HTTP 400 invalid_field\ncriteria.1.id: "clarity" is used twice');
    const bare = new ApiError(400, 'invalid_field', 'is used twice', 'criteria.1.id');
    expect(serverErrorDetail(bare)).toBe('HTTP 400 invalid_field\nfield: criteria.1.id\nis used twice');
    expect(serverErrorDetail(ApiError.network())).toBeNull();
    expect(serverErrorDetail(new Error('local'))).toBeNull();
  });
});
