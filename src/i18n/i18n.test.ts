/** Words by namespace: what a page asks for arrives, a namespace no one asked for is fetched on first use, a change of language refetches. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from './i18n.svelte';
import { NAMESPACES, namespaceOf } from './namespaces';

const words = (lang: string, ns: string): Record<string, string> => JSON.parse(readFileSync(resolve(import.meta.dirname, lang, `${ns}.json`), 'utf8'));

describe('I18n by namespace', () => {
  beforeEach(() => {
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('has every namespace file of the catalogue', () => {
    const files = readdirSync(resolve(import.meta.dirname, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...NAMESPACES].sort()).toEqual(files.sort());
    expect(namespaceOf('labs.run.play')).toBe('labs');
  });

  it('holds only the namespaces asked for, and fetches another on its first use (empty until it is there)', async () => {
    const i18n = new I18n();
    await i18n.init(['app', 'labs']);
    expect(i18n.t('labs.run.play')).toBe(words('en', 'labs')['labs.run.play']);
    expect(Object.keys(i18n.messages).every((k) => ['app', 'labs'].includes(namespaceOf(k)))).toBe(true);
    expect(i18n.t('catalog.lead')).toBe('');
    await vi.waitFor(() => expect(i18n.t('catalog.lead')).toBe(words('en', 'catalog')['catalog.lead']));
  });

  it('shows a key that no catalogue has as the key itself', async () => {
    const i18n = new I18n();
    await i18n.init(['app']);
    expect(i18n.t('app.noSuchKey')).toBe('app.noSuchKey');
    expect(i18n.t('nonamespace.key')).toBe('nonamespace.key');
  });

  it('fetches every namespace asked for so far in the new language', async () => {
    const i18n = new I18n();
    await i18n.init(['app']);
    await i18n.need(['labs']);
    await i18n.setLocale('zh-CN');
    expect(i18n.locale).toBe('zh-CN');
    expect(i18n.t('labs.run.play')).toBe(words('zh-CN', 'labs')['labs.run.play']);
    expect(i18n.t('app.name')).toBe(words('zh-CN', 'app')['app.name']);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('drops words that arrive in the old language after the language changed', async () => {
    const i18n = new I18n();
    await i18n.init(['app']);
    const late = i18n.need(['labs']); // in English, still on its way
    await i18n.setLocale('zh-CN');
    await late;
    expect(i18n.t('labs.run.play')).toBe(words('zh-CN', 'labs')['labs.run.play']);
  });
});
