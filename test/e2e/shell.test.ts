/**
 * The built app served by the real server, in Debian's Chromium: every top-level route in both
 * languages, the language choice remembered across a reload, and a friendly not-found page.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import en from '../../src/i18n/en/app.json';
import zh from '../../src/i18n/zh-CN/app.json';

const shots = resolve(import.meta.dirname, 'screenshots');
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startAppServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const routes = [
  { path: '/labs', key: 'app.nav.labs' },
  { path: '/projects', key: 'app.nav.projects' },
  { path: '/coding', key: 'app.nav.coding' },
  { path: '/reviews', key: 'app.nav.reviews' },
] as const;

describe('app shell', () => {
  it('starts in the browser language (English) and navigates every top-level route', async () => {
    await page.goto(server.url + '/');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(en['app.home.title']);
    for (const r of routes) {
      await page.getByRole('navigation').getByRole('link', { name: en[r.key] }).click();
      await page.waitForURL(server.url + r.path);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en[r.key]);
      expect(await page.title()).toBe(`${en[r.key]} · ${en['app.name']}`);
    }
    await page.screenshot({ path: join(shots, 'shell-en.png') });
  });

  it('switches to Simplified Chinese, keeps it across reloads, and shows the routes in Chinese', async () => {
    await page.goto(server.url + '/');
    await page.getByLabel(en['app.language']).selectOption('zh-CN');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(zh['app.home.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    for (const r of routes) {
      await page.goto(server.url + r.path); // a real URL load: reload keeps you where you were
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(zh[r.key]);
      await expect.poll(() => page.getByRole('navigation').textContent()).toContain(zh['app.nav.labs']);
    }
    await page.screenshot({ path: join(shots, 'shell-zh-CN.png') });
    await page.getByLabel(zh['app.language']).selectOption('en');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(en['app.nav.reviews']);
  });

  it('shows a friendly not-found page for an unknown URL, with a way home', async () => {
    await page.goto(server.url + '/no/such/page');
    await page.getByRole('heading', { name: en['app.notFound.title'] }).waitFor(); // the page's own h1 (one h1 per page)
    expect(await page.textContent('main')).toContain('/no/such/page');
    await page.getByRole('link', { name: en['app.notFound.home'] }).click();
    await page.waitForURL(server.url + '/');
  });

  it('is operable from the keyboard: Tab reaches the navigation and Enter follows a link', async () => {
    await page.goto(server.url + '/');
    await page.locator('h1').first().waitFor();
    let focused = '';
    for (let i = 0; i < 8 && focused !== en['app.nav.labs']; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe(en['app.nav.labs']);
    await page.keyboard.press('Enter');
    await page.waitForURL(server.url + '/labs');
  });
});
