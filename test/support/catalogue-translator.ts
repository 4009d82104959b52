/**
 * A translate function over the app's catalogues (src/i18n/<lang>/<namespace>.json) for unit tests of wording
 * in both languages: as the app's, a missing key comes back as the key and `{name}` placeholders are filled by
 * the one filler (simulations/core/placeholders.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fillPlaceholders } from '../../simulations/core/placeholders';

export type Lang = 'en' | 'zh-CN';
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** One namespace's catalogue, as written. */
export function catalogue(lang: Lang, namespace: string): Record<string, string> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/i18n', lang, `${namespace}.json`), 'utf8')) as Record<string, string>;
}

/** Translate over `namespaces` (a later one's key wins). */
export function catalogueTranslator(lang: Lang, namespaces: readonly string[]): Translate {
  const words: Record<string, string> = Object.assign({}, ...namespaces.map((ns) => catalogue(lang, ns)));
  return (key, vars = {}) => (key in words ? fillPlaceholders(words[key]!, vars) : key);
}
