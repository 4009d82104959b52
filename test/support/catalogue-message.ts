/**
 * A catalogue message with its `{name}` placeholders filled in, as the app shows it: what a browser test expects
 * on screen. Written here again on purpose, not imported from src/i18n/locale.ts, so a test does not check the
 * app's wording with the app's own code.
 */
export const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
