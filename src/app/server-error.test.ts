/** A refusal in the reader's language: the words of errors.<reason> with the refusal's values, in en and zh-CN. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { ApiError } from './json-call';
import { serverErrorText } from './server-error';

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

  it("falls back to the server's English for a refusal without a reason, and to the text of any other error", async () => {
    await i18n.init(['errors']);
    expect(serverErrorText(new ApiError(400, 'old_code', 'an older server said this'))).toBe('an older server said this');
    expect(serverErrorText(new Error('local'))).toBe('local');
  });
});
