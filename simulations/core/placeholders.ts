/**
 * `{name}` placeholders in a message replaced by values; an unknown placeholder stays visible. The one
 * filler for the app's catalogues (src/i18n/locale.ts), the server's refusal sentences, the request
 * contracts' rules and the bench setup's rules: pure, so every layer can import it.
 */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
