/**
 * A shared classroom PC (issue #13 item 8), in real Chromium against the real server: student A edits a
 * notebook offline and tries to log out — the log-out stops and says how many changes have not been sent;
 * back online, log-out sends them first, ends the session and deletes A's local copies; student B logs in
 * on the same browser profile and finds none of A's IndexedDB databases, while the server has A's change.
 * Needs `npx vite build` first.
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-logout-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let ctx: BrowserContext;
let page: Page;
let projectId = '';

const localCopies = (p: Page) => p.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('sprout-project-')));
const status = (p: Page) => p.locator('[data-status]');
const paragraph = (p: Page) => p.locator('.text-cell .ProseMirror p').first();

beforeAll(async () => {
  ctx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
  page = await ctx.newPage();
  await page.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
});

describe('log-out on a shared PC', () => {
  it('student A edits a notebook, which keeps a local copy for offline work', async () => {
    await loginThroughPage(page, app.server.url, 'student1', PASSWORD, '/projects');
    projectId = await page.evaluate(async () => ((await (await fetch('/api/projects')).json()) as { projects: { id: string }[] }).projects[0].id);
    await page.goto(`${app.server.url}/projects/${projectId}`);
    await paragraph(page).waitFor();
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('online');
    expect(await localCopies(page)).toEqual([`sprout-project-${projectId}`]);
  });

  it('offline, log-out stops and says how many changes have not been sent', async () => {
    await ctx.setOffline(true);
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('offline');
    await paragraph(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Offline edit by A.');
    await expect.poll(async () => Number(await status(page).getAttribute('data-pending'))).toBeGreaterThan(0);
    const pending = Number(await status(page).getAttribute('data-pending'));
    await page.getByRole('button', { name: 'Log out' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Log out' });
    await warning.waitFor();
    // the same count as the notebook's own "changes waiting to be sent"
    expect(await warning.innerText()).toContain(`${pending} changes waiting to be sent (notebooks: 1): you are offline.`);
    // offline, the server cannot end the session either: no way to log out by deleting the changes
    expect(await warning.getByRole('button', { name: 'Log out and delete them' }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'logout-unsent-offline.png') });
    expect(await page.getByText('Logged in as').count()).toBe(1);
    expect(await localCopies(page)).toEqual([`sprout-project-${projectId}`]);
  });

  it('online again, log-out sends the change first, then deletes A’s local data', async () => {
    await ctx.setOffline(false);
    await page.getByRole('alertdialog', { name: 'Log out' }).getByRole('button', { name: 'Try again' }).click();
    await page.waitForURL((u) => u.pathname === '/login', { timeout: 30_000 });
    await expect.poll(() => localCopies(page), { timeout: 10_000 }).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('sprout.notebook.user'))).toBeNull();
  });

  it('student B logs in on the same browser profile: none of A’s databases, and the server has A’s change', async () => {
    await loginThroughPage(page, app.server.url, 'student2', PASSWORD, '/projects');
    expect(await localCopies(page)).toEqual([]);
    const me = await page.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { user: { username: string } }).user.username);
    expect(me).toBe('student2');
    // B is A's teammate: the notebook, from the server, has what A typed offline
    await page.goto(`${app.server.url}/projects/${projectId}`);
    await expect.poll(() => paragraph(page).innerText(), { timeout: 15_000 }).toContain('Offline edit by A.');
  });
});
