/**
 * The built app served by the real server, in Debian's Chromium: every top-level route in both
 * languages, the language choice remembered across a reload, and a friendly not-found page.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/app.json';
import zh from '../../src/i18n/zh-CN/app.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ page: { locale: 'en-US', viewport: { width: 1280, height: 800 } } });

const routes = [
  { path: '/labs', key: 'app.nav.labs' },
  { path: '/projects', key: 'app.nav.projects' },
  { path: '/coding', key: 'app.nav.coding' },
  { path: '/reviews', key: 'app.nav.reviews' },
] as const;

describe('app shell', () => {
  it('starts in the browser language (English) and navigates every top-level route', async () => {
    await app.page.goto(app.server.url + '/');
    await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(en['app.home.title']);
    for (const r of routes) {
      await app.page.getByRole('navigation').getByRole('link', { name: en[r.key] }).click();
      await app.page.waitForURL(app.server.url + r.path);
      await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(en[r.key]);
      expect(await app.page.title()).toBe(`${en[r.key]} · ${en['app.name']}`);
    }
    await app.page.screenshot({ path: join(shots, 'shell-en.png') });
  });

  it('switches to Simplified Chinese, keeps it across reloads, and shows the routes in Chinese', async () => {
    await app.page.goto(app.server.url + '/');
    await app.page.getByLabel(en['app.language']).selectOption('zh-CN');
    await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(zh['app.home.title']);
    expect(await app.page.getAttribute('html', 'lang')).toBe('zh-CN');
    for (const r of routes) {
      await app.page.goto(app.server.url + r.path); // a real URL load: reload keeps you where you were
      await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(zh[r.key]);
      await expect.poll(() => app.page.getByRole('navigation').textContent()).toContain(zh['app.nav.labs']);
    }
    await app.page.screenshot({ path: join(shots, 'shell-zh-CN.png') });
    await app.page.getByLabel(zh['app.language']).selectOption('en');
    await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(en['app.nav.reviews']);
  });

  it('shows a friendly not-found page for an unknown URL, with a way home', async () => {
    await app.page.goto(app.server.url + '/no/such/page');
    await app.page.getByRole('heading', { name: en['app.notFound.title'] }).waitFor(); // the page's own h1 (one h1 per page)
    expect(await app.page.textContent('main')).toContain('/no/such/page');
    await app.page.getByRole('link', { name: en['app.notFound.home'] }).click();
    await app.page.waitForURL(app.server.url + '/');
  });

  it('is operable from the keyboard: Tab reaches the navigation and Enter follows a link', async () => {
    await app.page.goto(app.server.url + '/');
    await app.page.locator('h1').first().waitFor();
    let focused = '';
    for (let i = 0; i < 8 && focused !== en['app.nav.labs']; i++) {
      await app.page.keyboard.press('Tab');
      focused = await app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe(en['app.nav.labs']);
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(app.server.url + '/labs');
  });
});
