/**
 * The app's languages and how the first one is chosen: the app (src/i18n, from the browser's languages and a
 * remembered choice) and the server (from a request's Accept-Language, to ask for a page's words in the HTML:
 * server/http/route-preloads.ts) decide the same way.
 */
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

/** An Accept-Language header's languages, most wanted first (`q=0` ones left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  return String(header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}
