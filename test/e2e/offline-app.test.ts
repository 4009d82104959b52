/**
 * The whole app offline after one visit (issue #22, item 1), in real Chromium with its service worker:
 * a student opens one page (home), the link drops (context.setOffline), and a lab never visited, a
 * bench, the coding page and a reload work, in English and in Chinese, with a notice of what waits for
 * the network. Then an update: the server gets a new version, the browser downloads it in the
 * background (the page says it will be used next time), a reload keeps the running version, and the next
 * start (the tab closed and opened again) runs the new one and says so.
 * Needs `npx vite build` first.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import enApp from '../../src/i18n/en/app.json';
import zhApp from '../../src/i18n/zh-CN/app.json';
import enLabs from '../../src/i18n/en/labs.json';
import enAuth from '../../src/i18n/en/auth.json';
import zhAuth from '../../src/i18n/zh-CN/auth.json';
import { loginThroughPage } from '../support/login';
import zhLabs from '../../src/i18n/zh-CN/labs.json';

const dist = resolve(import.meta.dirname, '../../dist');
const shots = resolve(import.meta.dirname, 'screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const offlineReady = (page: Page) => expect.poll(() => page.evaluate(() => document.documentElement.dataset.offlineReady ?? ''), { timeout: 120_000, interval: 500 }).toBe('true');

/** A lab page works: its controls are there and Play moves simulated time on. */
async function labRuns(page: Page, path: string, words: { play: string; reset: string; time: string }): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: words.reset }).waitFor({ timeout: 60_000 });
  const time = page.getByLabel(words.time, { exact: true });
  const before = await time.textContent();
  await page.getByRole('button', { name: words.play }).click();
  await expect.poll(() => time.textContent(), { timeout: 30_000 }).not.toBe(before);
}

describe('offline after one visit', () => {
  let server: RunningServer;
  let ctx: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer();
    ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await ctx?.close();
    await server?.dispose();
  });

  it('opens a lab never visited, a bench, the coding page and reloads, in English and Chinese, with the network gone', async () => {
    await page.goto(server.url + '/');
    await offlineReady(page);
    await ctx.setOffline(true);

    const en = { play: enLabs['labs.run.play'], reset: enLabs['labs.run.reset'], time: enLabs['labs.run.time'] };
    // a full navigation (not the router): the page itself must come from the service worker
    await labRuns(page, server.url + '/labs/gas', en);
    const notice = page.getByTestId('offline-notice');
    await expect.poll(() => notice.textContent()).toContain(enApp['app.offline.needsNetwork']);
    expect(await notice.textContent()).not.toContain(enApp['app.offline.notReady']);
    await page.screenshot({ path: join(shots, 'offline-lab-en.png') });

    await page.goto(server.url + '/labs/circuit-ohms-law');
    await expect.poll(() => page.locator('svg.table g.part').count(), { timeout: 60_000 }).toBeGreaterThan(2);

    await page.goto(server.url + '/coding');
    await page.locator('.blocklySvg').first().waitFor({ timeout: 60_000 });
    await page.locator('.blocklyToolbox').first().waitFor({ timeout: 60_000 });

    // the other language: its catalogue was never loaded while online
    await page.getByRole('combobox', { name: enApp['app.language'] }).selectOption('zh-CN');
    await expect.poll(() => page.getByRole('navigation').getByRole('link').first().textContent(), { timeout: 30_000 }).toBe(zhApp['app.nav.labs']);
    const zh = { play: zhLabs['labs.run.play'], reset: zhLabs['labs.run.reset'], time: zhLabs['labs.run.time'] };
    await labRuns(page, server.url + '/labs/spring', zh);
    await expect.poll(() => page.getByTestId('offline-notice').textContent()).toContain(zhApp['app.offline.now']);
    await page.goto(server.url + '/labs/optics-convex-lens');
    await expect.poll(() => page.locator('svg.table g.part').count(), { timeout: 60_000 }).toBeGreaterThan(2);
    await page.goto(server.url + '/coding');
    await page.locator('.blocklySvg').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(shots, 'offline-coding-zh.png') });

    // a reload while offline, on the catalogue
    await page.goto(server.url + '/labs');
    await page.reload();
    await expect.poll(() => page.locator('li.entry').count(), { timeout: 60_000 }).toBeGreaterThan(10);

    await ctx.setOffline(false);
    await page.getByTestId('offline-notice').waitFor({ state: 'detached', timeout: 30_000 });
  }, 240_000);
});

describe('a logged-in student offline (issue #22, item 5)', () => {
  const PASSWORD = 'e2e-offline-who-42';
  let server: RunningServer;
  let ctx: BrowserContext;

  beforeAll(async () => {
    server = await startAppServer({ env: { DEMO_PASSWORD: PASSWORD } });
    ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await ctx?.close();
    await server?.dispose();
  });

  it('an offline reload shows the student\'s name with an offline mark, not "Log in"; back online the mark goes', async () => {
    const page = await ctx.newPage();
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
    await loginThroughPage(page, server.url, 'student1', PASSWORD, '/labs');
    const who = page.locator('header .who');
    await who.waitFor();
    const signedIn = (await who.textContent())!.trim();
    expect(signedIn).toMatch(/^Logged in as \S/);
    expect(await page.getByTestId('account-offline').count()).toBe(0);
    await offlineReady(page);

    await ctx.setOffline(true);
    // the session check fails (no link): before, the header fell back to "Log in"
    await page.reload();
    await who.waitFor({ timeout: 30_000 });
    expect((await who.textContent())!.trim()).toBe(signedIn);
    expect(await page.getByTestId('account-offline').textContent()).toBe(enAuth['auth.offlineMark']);
    expect(await page.locator('header').getByRole('link', { name: enAuth['auth.login.link'], exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'offline-logged-in-en.png') });
    // another page, a full navigation from the service worker, in Chinese
    await page.evaluate(() => localStorage.setItem('sprout.locale', 'zh-CN'));
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'zh-CN'));
    await page.goto(server.url + '/coding');
    await expect.poll(() => page.getByTestId('account-offline').textContent(), { timeout: 30_000 }).toBe(zhAuth['auth.offlineMark']);
    expect(await page.locator('header .who').textContent()).toContain(signedIn.replace(/^Logged in as /, ''));
    await page.screenshot({ path: join(shots, 'offline-logged-in-zh.png') });

    await ctx.setOffline(false);
    await page.getByTestId('account-offline').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('header .who').count()).toBe(1);
    await page.close();
  }, 180_000);
});

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

describe('updates', () => {
  let server: RunningServer | undefined;
  let copy: string;
  let dataDir: string;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'sprout-dist-'));
    cpSync(dist, copy, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'sprout-update-'));
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(copy, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('downloads a new version in the background, says it is used next time, and the next start runs it and says so', async () => {
    const port = await freePort();
    const env = { DIST_DIR: copy, PORT: String(port) };
    server = await startAppServer({ dataDir, env });
    const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
    let page = await ctx.newPage();
    const version = () =>
      page.evaluate(
        () =>
          new Promise<string>((res) => {
            const ch = new MessageChannel();
            ch.port1.onmessage = (e: MessageEvent<{ version: string }>) => res(e.data.version);
            navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [ch.port2]);
          }),
      );
    await page.goto(server.url + '/labs');
    await offlineReady(page);
    const first = await version();

    // a new version on the server (the server keeps files in memory: restart it on the same port)
    await server.stop();
    const swPath = join(copy, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replaceAll(first, 'feedf00d'));
    server = await startAppServer({ dataDir, env });

    // the next page the student opens checks for it; it downloads while this version keeps running
    await page.goto(server.url + '/coding');
    await page.getByTestId('update-waiting').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('update-waiting').textContent()).toContain(enApp['app.update.waiting']);
    expect(await version()).toBe(first);

    // a reload does not swap versions under the student: the old one runs until its pages are closed
    await page.reload();
    await page.getByRole('navigation').waitFor();
    expect(await version()).toBe(first);
    await page.close();

    // the next start (the app's tab closed and opened again) runs the new version, and says so once
    page = await ctx.newPage();
    await page.goto(server.url + '/labs');
    await page.getByTestId('update-applied').waitFor({ timeout: 60_000 });
    expect(await version()).toBe('feedf00d');
    await page.getByRole('button', { name: enApp['app.update.dismiss'] }).click();
    await page.getByTestId('update-applied').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('navigation').waitFor();
    expect(await page.getByTestId('update-applied').count()).toBe(0);
    await ctx.close();
  }, 240_000);
});
