import { describe, expect, it } from 'vitest';
import { acceptedLanguages, pickLocale } from './locale';

describe('locale', () => {
  it('picks a remembered choice, else the first browser language we have', () => {
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
    expect(pickLocale(null, ['fr', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale('de', ['en-GB'])).toBe('en');
    expect(pickLocale(null, ['fr'])).toBe('en');
  });

  it('reads Accept-Language most wanted first, leaving out q=0 and *', () => {
    expect(acceptedLanguages('zh-CN,zh;q=0.9,en;q=0.8')).toEqual(['zh-CN', 'zh', 'en']);
    expect(acceptedLanguages('en;q=0.5, zh-CN')).toEqual(['zh-CN', 'en']);
    expect(acceptedLanguages('zh;q=0, en-US, *;q=0.1')).toEqual(['en-US']);
    expect(acceptedLanguages('fr, de;q=0.9')).toEqual(['fr', 'de']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
    // as the app would for the same languages
    expect(pickLocale(null, acceptedLanguages('en;q=0.5, zh-CN'))).toBe('zh-CN');
    expect(pickLocale(null, acceptedLanguages('zh;q=0, en-US'))).toBe('en');
  });
});
