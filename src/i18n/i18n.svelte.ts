/**
 * The app's language: reactive, remembered in localStorage, applied to <html lang>.
 * Words arrive by namespace (namespaces.ts): a page asks for the ones it shows (`need`, which the router
 * does with the route's list), and a key of a namespace nobody asked for yet fetches it on first use, shown
 * empty until it arrives instead of as its raw key.
 */
import { formatReadout } from '../../simulations/core/readout';
import { format, pickLocale, type Locale, type Messages } from './locale';
import { isNamespace, loadNamespace, namespaceOf } from './namespaces';

const STORAGE_KEY = 'sprout.locale';

export class I18n {
  locale = $state<Locale>('en');
  messages = $state.raw<Messages>({});
  /** Namespaces asked for (kept across a change of language, which fetches them in the new one). */
  private wanted = new Set<string>();
  /** Namespaces whose words are in `messages` now. Not reactive: `messages` is, and changes with it. */
  private present = new Set<string>();

  t = (key: string, vars?: Record<string, string | number>): string => {
    const m = this.messages[key];
    if (m !== undefined) return format(m, vars);
    const ns = namespaceOf(key);
    if (this.present.has(ns) || !isNamespace(ns)) return key;
    if (!this.wanted.has(ns)) void this.need([ns]).catch(() => this.wanted.delete(ns)); // asked again on next use
    return '';
  };

  /** Fetches these namespaces in the current language (those not yet there), resolved when their words are in. */
  async need(namespaces: Iterable<string>): Promise<void> {
    const locale = this.locale;
    const missing = [...new Set(namespaces)].filter((ns) => !this.present.has(ns));
    if (missing.length === 0) return;
    for (const ns of missing) this.wanted.add(ns);
    const parts = await Promise.all(missing.map((ns) => loadNamespace(locale, ns)));
    if (locale !== this.locale) return; // the language changed meanwhile: setLocale fetches `wanted` in the new one
    this.merge(missing, parts);
  }

  async setLocale(locale: Locale): Promise<void> {
    const namespaces = [...this.wanted];
    const parts = await Promise.all(namespaces.map((ns) => loadNamespace(locale, ns)));
    this.present = new Set(namespaces);
    this.messages = Object.assign({}, ...parts);
    this.locale = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      /* private mode: the choice just isn't remembered */
    }
    document.documentElement.lang = locale;
    await this.need(this.wanted); // any asked for while the new language was on its way
  }

  /** The language the app starts in: the remembered choice, else the browser's (known before its words arrive). */
  initialLocale(): Locale {
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(STORAGE_KEY);
    } catch {
      remembered = null;
    }
    return pickLocale(remembered, navigator.languages ?? [navigator.language]);
  }

  /** Picks the language and fetches the first page's namespaces in it. */
  async init(namespaces: Iterable<string>): Promise<void> {
    for (const ns of namespaces) this.wanted.add(ns);
    await this.setLocale(this.initialLocale());
  }

  /** Numbers shown with the locale's conventions, at most `digits` significant digits, m × 10ⁿ when tiny or huge. */
  number = (value: number, digits = 4): string => formatReadout(value, { digits }, this.locale);

  private merge(namespaces: readonly string[], parts: readonly Messages[]): void {
    for (const ns of namespaces) this.present.add(ns);
    this.messages = Object.assign({}, this.messages, ...parts);
  }
}

export const i18n = new I18n();
export const t = i18n.t;
