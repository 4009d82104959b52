/**
 * The Labs page in real Chromium: the curriculum catalogue (68 required experiments, each with a picture)
 * browsed by subject, grade, standard and a title search in both languages, by keyboard; filters kept in
 * the address; an empty state; worksheets loaded only when opened (and a failed load offered again); a
 * covered item opening its lab with the entry's starting values; a title for every tab (the home title
 * once, each lab its own); 390 px and 1920 px layouts.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../simulations/catalog/catalog';
import enApp from '../../src/i18n/en/app.json';
import zhApp from '../../src/i18n/zh-CN/app.json';
import en from '../../src/i18n/en/catalog.json';
import zh from '../../src/i18n/zh-CN/catalog.json';
import enPhysics from '../../src/i18n/en/physics.json';
import enLabs from '../../src/i18n/en/labs.json';
import zhPhysics from '../../src/i18n/zh-CN/physics.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ page: { locale: 'en-US', viewport: { width: 1280, height: 900 } } });

const entries = () => app.page.locator('li.entry');
const worksheetRequests: string[] = [];

describe('Labs catalogue', () => {
  it('lists every required experiment with a picture, grouped by standard', async () => {
    app.page.on('request', (r) => {
      if (/\/assets\/cn-(compulsory|senior)-20\d\d-(physics|chemistry)-[\w-]+\.js$/.test(r.url())) worksheetRequests.push(r.url());
    });
    await app.page.goto(app.server.url + '/labs');
    await expect.poll(() => entries().count(), { timeout: 30_000 }).toBe(CATALOG.length);
    expect(await app.page.locator('li.entry svg.pic[data-picture]').count()).toBe(CATALOG.length);
    // every picture is drawn (has shapes), none is an empty box
    const empty = await app.page.locator('li.entry svg.pic').evaluateAll((svgs) => svgs.filter((s) => s.childElementCount < 3).length);
    expect(empty).toBe(0);
    expect(await app.page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['Junior physics (2022 standard)', 'Junior chemistry (2022 standard)', 'Senior physics (2017/2020 standard)', 'Senior chemistry (2017/2020 standard)']),
    );
    const runnable = CATALOG.filter((e) => e.experiments.length).length;
    await expect.poll(() => app.page.getByRole('status').first().textContent()).toBe(en['catalog.summary'].replace('{shown}', '68').replace('{total}', '68').replace('{runnable}', String(runnable)));
    expect(await app.page.title()).toBe(`${enApp['app.nav.labs']} · ${enApp['app.name']}`);
    // no worksheet has been fetched for the first screen
    expect(worksheetRequests).toEqual([]);
    await app.page.screenshot({ path: join(shots, 'labs-catalogue-1280.png') });
  });

  it('filters by subject, grade, standard and "runs now" with the keyboard, and keeps the filter in the address', async () => {
    await app.page.getByLabel(en['catalog.filters.search']).focus();
    await app.page.keyboard.press('Tab'); // subject
    await app.page.keyboard.press('ArrowDown'); // all → physics
    await expect.poll(() => entries().count()).toBe(21 + 21);
    await app.page.keyboard.press('Tab'); // grade
    await app.page.keyboard.press('ArrowDown'); // all → junior
    await app.page.keyboard.press('ArrowDown'); // junior → grade 8
    await app.page.keyboard.press('ArrowDown'); // grade 8 → grade 9
    await expect.poll(() => entries().locator('.code').allTextContents()).toEqual(['4.1.7', '4.1.8', '4.1.9', '4.2.9', '4.2.10', '4.2.11', '4.2.12']);
    expect(new URL(app.page.url()).search).toBe('?subject=physics&grade=9');

    await app.page.getByRole('button', { name: en['catalog.filters.clear'] }).click();
    await expect.poll(() => entries().count()).toBe(68);
    await app.page.getByLabel(en['catalog.filters.standard']).selectOption('cn-senior-2020-chemistry');
    await app.page.getByLabel(en['catalog.filters.runnable']).check();
    // the covered senior chemistry items, in catalogue order (ball-and-stick models and titration were the
    // first two; the wet bench adds more)
    const seniorChemistry = CATALOG.filter((e) => e.standard === 'cn-senior-2020-chemistry' && e.experiments.length).map((e) => e.title.en);
    expect(seniorChemistry).toEqual(expect.arrayContaining(['Building ball-and-stick models of organic molecules', 'Titrating a strong acid against a strong base']));
    await expect.poll(() => entries().locator('h3').allTextContents()).toEqual(seniorChemistry);

    // the address opens the same view
    await app.page.reload();
    await expect.poll(() => entries().count()).toBe(seniorChemistry.length);
    expect(await app.page.getByLabel(en['catalog.filters.runnable']).isChecked()).toBe(true);
    expect(await app.page.getByLabel(en['catalog.filters.standard']).inputValue()).toBe('cn-senior-2020-chemistry');
  });

  it('searches titles in Chinese and English, and says so when nothing matches', async () => {
    await app.page.goto(app.server.url + '/labs');
    const search = app.page.getByLabel(en['catalog.filters.search']);
    await search.fill('单摆');
    await expect.poll(() => entries().locator('.code').allTextContents()).toEqual(['X1.2']);
    await search.fill('simple pendulum');
    await expect.poll(() => entries().locator('.code').allTextContents()).toEqual(['X1.2']);
    await search.fill('zzzz');
    await expect.poll(() => entries().count()).toBe(0);
    await app.page.getByRole('heading', { name: en['catalog.empty.title'] }).waitFor();
    await app.page.screenshot({ path: join(shots, 'labs-catalogue-empty.png') });
    await app.page.locator('.empty').getByRole('button', { name: en['catalog.filters.clear'] }).click();
    await expect.poll(() => entries().count()).toBe(68);
    expect(await search.inputValue()).toBe('');
  });

  it('loads a worksheet only when it is opened, by keyboard, and offers a failed load again', async () => {
    await app.page.goto(app.server.url + '/labs?standard=cn-senior-2020-physics&q=' + encodeURIComponent('单摆'));
    await expect.poll(() => entries().count()).toBe(1);
    const before = worksheetRequests.length;
    // The first try fails (a dropped connection), the second goes through.
    await app.page.route(/\/assets\/cn-senior-2020-physics-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
    const summary = app.page.locator('li.entry summary');
    await summary.focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('alert').filter({ hasText: en['catalog.worksheet.failed'] }).waitFor();
    await app.page.unroute(/\/assets\/cn-senior-2020-physics-[\w-]+\.js$/);
    await app.page.getByRole('button', { name: en['catalog.worksheet.retry'] }).click();
    const sheet = app.page.locator('li.entry .worksheet');
    await sheet.getByRole('heading', { name: en['catalog.worksheet.goal'] }).waitFor();
    for (const part of ['apparatus', 'steps', 'record', 'questions'] as const) {
      await sheet.getByRole('heading', { name: en[`catalog.worksheet.${part}`] }).waitFor();
    }
    expect(await sheet.locator('ol').first().locator('li').count()).toBeGreaterThanOrEqual(4);
    expect(worksheetRequests.length).toBeGreaterThan(before);
    expect(worksheetRequests.slice(before).every((u) => u.includes('cn-senior-2020-physics'))).toBe(true);
    await app.page.screenshot({ path: join(shots, 'labs-catalogue-worksheet.png'), fullPage: true });
  });

  it('opens a covered item’s lab with the entry’s starting values, and each lab has its own tab title', async () => {
    // Focus the entry's "Open" link and follow it with Enter.
    const open = app.page.getByRole('link', { name: en['catalog.open'].replace('{title}', enPhysics['physics.pendulum.title']) });
    await open.focus();
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/\/labs\/pendulum\?/);
    expect(new URL(app.page.url()).searchParams.get('angleDeg')).toBe('5');
    await expect.poll(() => app.page.locator('#param-angleDeg').inputValue(), { timeout: 30_000 }).toBe('5');
    await expect.poll(() => app.page.title()).toBe(`${enPhysics['physics.pendulum.title']} · ${enApp['app.name']}`);
    await app.page.goto(app.server.url + '/labs/projectile');
    await expect.poll(() => app.page.title(), { timeout: 30_000 }).toBe(`${enPhysics['physics.projectile.title']} · ${enApp['app.name']}`);
    await app.page.goto(app.server.url + '/labs/no-such-lab');
    await expect.poll(() => app.page.title()).toBe(`${enLabs['labs.unknown.title']} · ${enApp['app.name']}`);
    // the home page says the app's name once
    await app.page.goto(app.server.url + '/');
    await expect.poll(() => app.page.title()).toBe(enApp['app.name']);
  });
});

describe('Labs catalogue in Chinese, on a phone and on a classroom display', () => {
  it('fits 390 px without sideways scrolling, in Chinese', async () => {
    const phone = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const p = await phone.newPage();
    await p.goto(app.server.url + '/labs');
    await expect.poll(() => p.locator('li.entry').count(), { timeout: 30_000 }).toBe(68);
    expect(await p.locator('h1').textContent()).toBe(zhApp['app.nav.labs']);
    expect(await p.locator('li.entry h3').first().textContent()).toBe('用托盘天平测量物体的质量');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.getByLabel(zh['catalog.filters.search']).fill('pendulum');
    await expect.poll(() => p.locator('li.entry h3').allTextContents()).toEqual(['用单摆测量重力加速度的大小']);
    await p.locator('li.entry summary').click();
    await p.getByRole('heading', { name: zh['catalog.worksheet.steps'] }).waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.getByRole('link', { name: zh['catalog.open'].replace('{title}', zhPhysics['physics.pendulum.title']) }).click();
    await expect.poll(() => p.title(), { timeout: 30_000 }).toBe(`${zhPhysics['physics.pendulum.title']} · ${zhApp['app.name']}`);
    await p.goto(app.server.url + '/labs');
    await p.locator('li.entry').first().waitFor();
    await p.screenshot({ path: join(shots, 'labs-catalogue-390-zh.png') });
    await phone.close();
  });

  it('uses the width of a 1920 px display', async () => {
    const wide = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } });
    const p = await wide.newPage();
    await p.goto(app.server.url + '/labs');
    await expect.poll(() => p.locator('li.entry').count(), { timeout: 30_000 }).toBe(68);
    const tops = await p.locator('li.entry').evaluateAll((els) => els.slice(0, 6).map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops.filter((t) => t === tops[0]).length).toBeGreaterThanOrEqual(3); // at least three cards side by side
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    await p.screenshot({ path: join(shots, 'labs-catalogue-1920-zh.png') });
    await wide.close();
  });
});
