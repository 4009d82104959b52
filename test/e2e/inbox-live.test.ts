/**
 * The inbox count changes live in real Chromium (issue #19): a student has a page open; the teacher sets
 * an assignment from elsewhere; the header's count goes from none to 1 within seconds, with no reload and
 * well before the minute's poll, because the server pushed it over the event stream. Reading the notice
 * in a second tab clears the count in the first (log-out and session ends: test/integration/inbox-live.test.ts).
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/classroom.json';
import enApp from '../../src/i18n/en/app.json';
import { loginThroughPage } from '../support/login';
import { apiAs, loginCookie } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-inbox-live-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });

/** Polls a script (a string: the app's CSP refuses waitForFunction's eval) until it is true. */
async function until(page: import('playwright-core').Page, script: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(script))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${script}`);
    await page.waitForTimeout(50);
  }
}

describe('inbox pushed live', () => {
  it('the header count rises when the teacher sets an assignment, and falls when read in another tab, without reloading', async () => {
    const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    await context.addInitScript(`localStorage.setItem('sprout.locale', 'en')`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const streamOpened = page.waitForResponse((r) => r.url().endsWith('/api/inbox/stream') && r.status() === 200, { timeout: 20_000 });
    await loginThroughPage(page, app.server.url, 'student1', PASSWORD, '/');
    const link = page.locator('a.inbox-link');
    await link.waitFor();
    // the stream is open (the count would otherwise come only with the minute's poll)
    await streamOpened;
    expect(await link.locator('.count').count()).toBe(0);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
    const classes = await apiAs<{ classes: { id: number }[] }>(app.server, teacher, '/api/classes');
    const set = await apiAs(app.server, teacher, `/api/classes/${classes.body.classes[0].id}/assignments`, {
      method: 'POST', body: { title: 'Spring and force', instructions: '', experimentId: 'spring', dueAt: Date.now() + 72 * 3600_000 },
    });
    expect(set.status).toBe(201);
    const t0 = Date.now();
    await link.locator('.count').filter({ hasText: '1' }).waitFor({ timeout: 10_000 });
    const seconds = (Date.now() - t0) / 1000;
    expect(seconds).toBeLessThan(10); // the poll is every 60 s
    expect(await link.textContent()).toContain(enApp['app.nav.inboxUnread'].replace('{n}', '1'));

    // read in a second tab: the first tab's count goes away
    const second = await context.newPage();
    await second.goto(`${app.server.url}/inbox`);
    await second.evaluate(`fetch('/api/inbox/read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status)`);
    await until(page, `document.querySelector('a.inbox-link .count') === null`);
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
    console.log(`count shown ${seconds.toFixed(2)} s after the assignment was set`);
    await context.close();
  });
});
