/**
 * A refusal of the server reaches the screen in the reader's language: the mentor's review queue asked for a
 * status that does not exist is refused (400 invalid_field, reason field_not_one_of) and the page says so in
 * Chinese, naming the field and the allowed values, where it once showed the server's English sentence.
 * Needs `npx vite build` first.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN/errors.json';
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

    const expected = zh['errors.field_not_one_of'].replace('{field}', 'status').replace('{allowed}', 'submitted, in_review, revise, approved');
    await page.getByText(expected).waitFor({ timeout: 15_000 });
    expect(await page.locator('main').innerText()).not.toContain('must be one of');
    await page.screenshot({ path: join(SCREENSHOTS, 'refusal-zh-CN.png') });
  });
});
