/**
 * The app's language: reactive, remembered in localStorage, applied to <html lang>.
 * Each language's catalogue is its own lazy chunk.
 */
import { formatReadout } from '../../simulations/core/readout';
import { format, pickLocale, type Locale, type Messages } from './locale';

const STORAGE_KEY = 'sprout.locale';

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./catalog-en'),
  'zh-CN': () => import('./catalog-zh-CN'),
};

class I18n {
  locale = $state<Locale>('en');
  messages = $state.raw<Messages>({});

  t = (key: string, vars?: Record<string, string | number>): string => {
    const m = this.messages[key];
    return m === undefined ? key : format(m, vars);
  };

  async setLocale(locale: Locale): Promise<void> {
    const { default: messages } = await loaders[locale]();
    this.messages = messages;
    this.locale = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      /* private mode: the choice just isn't remembered */
    }
    document.documentElement.lang = locale;
  }

  async init(): Promise<void> {
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(STORAGE_KEY);
    } catch {
      remembered = null;
    }
    await this.setLocale(pickLocale(remembered, navigator.languages ?? [navigator.language]));
  }

  /** Numbers shown with the locale's conventions, at most `digits` significant digits, m × 10ⁿ when tiny or huge. */
  number = (value: number, digits = 4): string => formatReadout(value, { digits }, this.locale);
}

export const i18n = new I18n();
export const t = i18n.t;
