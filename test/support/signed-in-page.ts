/**
 * A browser page signed in as one of the demo school's people (the session cookie from a log-in through the
 * API), in a language and at a size, collecting the page's uncaught errors: what the role-by-role browser
 * tests open. `dialogs`, when given, records every confirm/alert message and accepts it.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from './app-server';
import { loginCookie } from './teammate';

export interface SignedInPage {
  page: Page;
  /** Uncaught errors of the page (its own list unless `errors` was given). */
  errors: string[];
}

export async function signedInPage(
  browser: Browser,
  server: RunningServer,
  /** null: nobody signed in. */
  username: string | null,
  opts: {
    password: string;
    locale?: 'en' | 'zh-CN';
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    errors?: string[];
    dialogs?: string[];
  },
): Promise<SignedInPage> {
  const locale = opts.locale ?? 'en';
  const context = await browser.newContext({
    locale: locale === 'en' ? 'en-US' : 'zh-CN',
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  if (username) {
    const cookie = await loginCookie(server, username, opts.password);
    const at = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.url }]);
  }
  await context.addInitScript((l) => localStorage.setItem('sprout.locale', l), locale);
  const page = await context.newPage();
  const errors = opts.errors ?? [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dialogs = opts.dialogs;
  if (dialogs) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
  }
  return { page, errors };
}
