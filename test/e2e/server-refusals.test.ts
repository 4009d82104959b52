/**
 * A refusal of the server reaches the screen in the reader's language: the mentor's review queue asked for a
 * status that does not exist is refused (400 invalid_field, reason field_not_one_of) and the page says so in
 * Chinese, naming the field and the allowed values, where it once showed the server's English sentence; a
 * notebook whose websocket is refused (too many connections) says why and what to do in Chinese, not the close
 * reason's English, counts down and connects again by itself once the other tabs are closed.
 * Needs `npx vite build` first.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN/errors.json';
import zhNotebook from '../../src/i18n/zh-CN/notebook.json';
import { SCREENSHOTS } from '../support/lab-page';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-refusal-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });

describe('server refusals on screen', () => {
  it('a bad filter of the review queue is refused in Chinese, naming the field and the allowed values', async () => {
    const page = await (await app.browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 600 } })).newPage();
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
    await loginThroughPage(page, app.server.url, 'mentor', PASSWORD, '/reviews');
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'zh-CN'));
    await page.goto(`${app.server.url}/reviews?status=bogus`);

    const body = await page.evaluate(async () => (await fetch('/api/reviews/queue?status=bogus')).json());
    expect(body.error).toMatchObject({ code: 'invalid_field', reason: 'field_not_one_of', field: 'status', params: { field: 'status', allowed: 'submitted, in_review, revise, approved' } });
    expect(body.error.message).toBe('status: must be one of submitted, in_review, revise, approved');

    // the allowed values joined the Chinese way (app.json app.list.*: 、 and 或), not the server's English ", "
    const expected = zh['errors.field_not_one_of'].replace('{field}', 'status').replace('{allowed}', 'submitted、in_review、revise或approved');
    await page.getByText(expected).waitFor({ timeout: 15_000 });
    expect(await page.locator('main').innerText()).not.toContain('must be one of');
    await page.screenshot({ path: join(SCREENSHOTS, 'refusal-zh-CN.png') });
  });

  it('a refused notebook connection says why in Chinese, and what to do', async () => {
    const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 700 } });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
    await loginThroughPage(page, app.server.url, 'student1', PASSWORD, '/projects');
    const holder = await context.newPage(); // the person's other tabs (same session)
    await holder.goto(`${app.server.url}/`);
    const { projects } = (await page.evaluate(() => fetch('/api/projects').then((r) => r.json()))) as { projects: { id: string; access: string }[] };
    const project = projects.find((p) => p.access === 'write') ?? projects[0];
    // Every connection the server allows one person (maxConnectionsPerUser, 24 by default) held open by other "tabs".
    const held = await holder.evaluate(async (id) => {
      const w = window as unknown as { held: WebSocket[] };
      w.held = [];
      for (let i = 0; i < 40; i++) {
        const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync/${id}`);
        ws.binaryType = 'arraybuffer';
        const r = await new Promise<string>((resolve) => {
          ws.onmessage = () => resolve('open');
          ws.onclose = (e) => resolve(e.reason);
        });
        if (r !== 'open') return { open: w.held.length, refused: r };
        w.held.push(ws);
      }
      return { open: w.held.length, refused: '' };
    }, project.id);
    expect(held.refused).toMatch(/^too_many_connections: /);

    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'zh-CN'));
    await page.goto(`${app.server.url}/projects/${project.id}`);
    const notice = page.locator('.conn-notice[data-refusal=too_many_connections]');
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.innerText();
    expect(text).toContain(zhNotebook['notebook.connection.reason.too_many_connections']);
    expect(text).not.toMatch(/too many|at most|per user/i);
    await expect(notice.getByRole('button', { name: zhNotebook['notebook.connection.retry'] }).isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('offline');
    await page.screenshot({ path: join(SCREENSHOTS, 'refusal-sync-zh-CN.png') });

    // A refusal that passes (4429) is tried again by itself: the notice counts down (5 s ±20 % first) in Chinese.
    const countdown = notice.locator('[data-retry-in]');
    await countdown.waitFor({ timeout: 5_000 });
    const [left, words] = await countdown.evaluate((el) => [Number(el.getAttribute('data-retry-in')), (el as HTMLElement).innerText]); // one read: it ticks
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(6);
    expect(words).toBe(zhNotebook['notebook.connection.retryIn'].replace('{s}', String(left)));

    // The other tabs closed, the notebook comes back online without the button being pressed, and the notice goes.
    await holder.evaluate(() => (window as unknown as { held: WebSocket[] }).held.forEach((ws) => ws.close()));
    await page.locator('[data-status=online]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.conn-notice').count()).toBe(0);
  });
});
