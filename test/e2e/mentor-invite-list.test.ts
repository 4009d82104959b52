/**
 * The list of mentor invite links and revoking one, in real Chromium (issue #19): the teacher makes a link
 * on /classes and sees it listed as open; the administrator on /school sees the teacher's link among the
 * school's and revokes it (after a confirm); the link's page then says clearly that it was withdrawn, in
 * both languages, with no account form. Screenshots: mentor-invite-list-*.png.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/invite.json';
import zh from '../../src/i18n/zh-CN/invite.json';
import { signedInPage } from '../support/signed-in-page';
import { loginCookie } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-invite-list-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
let linkPath = '';
const errors: string[] = [];
const dialogs: string[] = [];

const pageAs = (username: string | null, locale: 'en' | 'zh-CN'): Promise<Page> =>
  signedInPage(app.browser, app.server, username, { password: PASSWORD, locale, viewport: { width: 1366, height: 1000 }, errors, dialogs }).then((s) => s.page);


describe('invite links: the list and revoking', () => {
  it('the teacher makes a link and sees it listed as open', async () => {
    const page = await pageAs('teacher', 'en');
    await page.goto(`${app.server.url}/classes`);
    await page.getByRole('button', { name: en['invite.make'] }).click();
    const link = page.locator('#invite-link');
    await link.waitFor();
    linkPath = new URL(await link.inputValue()).pathname;
    const rows = page.locator('section.invites tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('.state').textContent()).toBe(en['invite.list.state.open']);
    await page.context().close();
  });

  it('the administrator sees it among the school’s links and revokes it; the link then says it was withdrawn', async () => {
    const page = await pageAs('admin', 'en');
    await page.goto(`${app.server.url}/school`);
    const row = page.locator('section.invites tbody tr').first();
    await row.waitFor();
    expect(await row.locator('.state').textContent()).toBe(en['invite.list.state.open']);
    await row.getByRole('button', { name: new RegExp(`^${en['invite.list.revoke']}`) }).click();
    await expect.poll(() => row.locator('.state').textContent()).toBe(en['invite.list.state.revoked']);
    expect(dialogs.some((d) => d.startsWith(en['invite.list.revokeConfirm'].split('{when}')[0]))).toBe(true);
    expect(await row.getByRole('button').count()).toBe(0);
    await page.locator('section.invites').screenshot({ path: resolve(shots, 'mentor-invite-list-admin-en.png') });
    await page.context().close();

    for (const [locale, text] of [['en', en], ['zh-CN', zh]] as const) {
      const visitor = await pageAs(null, locale);
      await visitor.goto(`${app.server.url}${linkPath}`);
      await visitor.getByText(text['invite.revoked']).waitFor();
      expect(await visitor.getByRole('heading', { name: text['invite.cannotTitle'] }).count()).toBe(1);
      expect(await visitor.locator('form').count()).toBe(0);
      await visitor.screenshot({ path: resolve(shots, `mentor-invite-list-revoked-${locale}.png`) });
      await visitor.context().close();
    }
    expect(errors).toEqual([]);
  });
});
