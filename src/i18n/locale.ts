/** The supported languages and how the first one is chosen (pure: no DOM access here). */
import { fillPlaceholders } from '../../simulations/core/placeholders';
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** A remembered choice wins; otherwise the browser's first language that we have (any `zh*` → zh-CN). */
export function pickLocale(remembered: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(remembered)) return remembered;
  for (const lang of browserLanguages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Messages = Record<string, string>;

/** `{name}` placeholders are replaced by values; unknown placeholders stay visible. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return fillPlaceholders(template, vars);
}
