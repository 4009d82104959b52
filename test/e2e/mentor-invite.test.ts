/**
 * Mentor invite links in real Chromium against the real server (issue #19): the teacher makes a link
 * that hands over one project; a mentor from outside opens it in a fresh browser, makes their account,
 * lands on that project and sees only it; the same link opened again says it was used. In Chinese the
 * used link says so too. Screenshots: invite-*.png.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/invite.json';
import people from '../../src/i18n/en/people.json';
import zh from '../../src/i18n/zh-CN/invite.json';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-invite-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });

async function newPage(locale: 'en' | 'zh-CN' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ locale: locale === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1366, height: 900 } });
  await context.addInitScript(`localStorage.setItem('sprout.locale', '${locale}')`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}


describe('mentor invite links', () => {
  let link = '';
  let projectTitle = '';
  let projectId = '';

  it('the teacher makes a link that hands over one project', async () => {
    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, 'teacher', PASSWORD, '/classes');
    await page.getByRole('heading', { name: en['invite.makeTitle'] }).waitFor();
    const select = page.getByLabel(en['invite.project']);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    expect(options.length).toBeGreaterThan(1); // "no project" and the teacher's projects
    projectId = options[1].value;
    await select.selectOption(projectId);
    await page.getByLabel(en['invite.expiresIn']).selectOption('3');
    await page.getByRole('button', { name: en['invite.make'] }).click();
    const input = page.getByLabel(en['invite.link']);
    await input.waitFor();
    link = await input.inputValue();
    expect(link).toMatch(new RegExp(`^${app.server.url}/invite/[A-Za-z0-9_-]{43}$`));
    const projects = (await page.evaluate(`fetch('/api/projects').then((r) => r.json())`)) as { projects: { id: string; title: string }[] };
    projectTitle = projects.projects.find((p) => p.id === projectId)!.title;
    await page.getByText(en['invite.madeFor'].replace('{title}', projectTitle)).waitFor();
    await page.locator('form.invite').screenshot({ path: resolve(shots, 'invite-made.png') });
    expect(errors).toEqual([]);
  });

  it('the mentor opens it, makes an account and lands on the handed project, seeing only it', async () => {
    expect(link).not.toBe('');
    const { page, errors } = await newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: en['invite.pageTitle'] }).waitFor();
    await page.getByText(projectTitle, { exact: false }).first().waitFor();
    // a mismatched second password is caught before anything is sent
    await page.getByLabel('Username', { exact: true }).fill('dr.chen');
    await page.getByLabel(people['people.field.displayName']).fill('Dr Chen');
    await page.getByLabel('Password', { exact: true }).fill('mentor passphrase 1');
    await page.getByLabel(people['people.field.password2']).fill('mentor passphrase 2');
    await page.getByRole('button', { name: en['invite.accept'] }).click();
    await page.getByText(people['people.error.passwordMismatch']).first().waitFor();
    await page.getByLabel(people['people.field.password2']).fill('mentor passphrase 1');
    await page.screenshot({ path: resolve(shots, 'invite-accept.png'), fullPage: true });
    await page.getByRole('button', { name: en['invite.accept'] }).click();
    await page.waitForURL((u) => u.pathname === `/projects/${projectId}`);
    const me = (await page.evaluate(`fetch('/api/auth/me').then((r) => r.json())`)) as { user: { username: string; role: string } };
    expect(me.user).toMatchObject({ username: 'dr.chen', role: 'mentor' });
    const visible = (await page.evaluate(`fetch('/api/projects').then((r) => r.json())`)) as { projects: { id: string }[] };
    expect(visible.projects.map((p) => p.id)).toEqual([projectId]);
    expect(errors).toEqual([]);
  });

  it('the same link opened again says it was used, in English and in Chinese', async () => {
    const { page } = await newPage();
    await page.goto(link);
    await page.getByText(en['invite.used']).waitFor();
    await page.getByRole('heading', { name: en['invite.cannotTitle'] }).waitFor();
    const zhPage = (await newPage('zh-CN')).page;
    await zhPage.goto(link);
    await zhPage.getByText(zh['invite.used']).waitFor();
    await zhPage.screenshot({ path: resolve(shots, 'invite-used-zh.png'), fullPage: true });
    const unknown = (await newPage()).page;
    await unknown.goto(`${app.server.url}/invite/${'x'.repeat(43)}`);
    await unknown.getByText(en['invite.unknown']).waitFor();
  });
});
