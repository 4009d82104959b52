/** The supported languages and how the first one is chosen (pure: no DOM access here). */
import { fillPlaceholders } from '../../simulations/core/placeholders';
export { isLocale, LOCALES, pickLocale, type Locale } from '../../simulations/core/locale';

export type Messages = Record<string, string>;

/** `{name}` placeholders are replaced by values; unknown placeholders stay visible. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return fillPlaceholders(template, vars);
}
