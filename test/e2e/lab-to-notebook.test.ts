/**
 * From lab to notebook in one step, in real Chromium against the real server: a student records the
 * pendulum's period at four lengths, sends the table and the experiment to the team notebook, charts T²
 * against L with a linear fit there (slope 4π²/g), and reopens the saved experiment in the lab.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';
import labs from '../../src/i18n/en/labs.json';
import physics from '../../src/i18n/en/physics.json';
import notebook from '../../src/i18n/en/notebook.json';

const PASSWORD = 'sprout-e2e-pass';
const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ password: PASSWORD });
let page: Page;
let projectId = '';
let projectTitle = '';

beforeAll(async () => {
  page = await (await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })).newPage();
  await loginThroughPage(page, app.server.url, 'student1', PASSWORD, '/labs');
  const projects = (await page.evaluate(() => fetch('/api/projects').then((r) => r.json()))) as { projects: { id: string; title: string; access: string }[] };
  const writable = projects.projects.find((p) => p.access === 'write')!;
  projectId = writable.id;
  projectTitle = writable.title;
});

const LENGTHS_M = [0.5, 1, 1.5, 2];
/** A wrapped <select>'s accessible name is its label followed by its options' text. */
const startsWith = (label: string) => new RegExp('^' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe('lab to notebook', () => {
  it('records T at four lengths, sends the table and the experiment, charts T² against L with a linear fit', async () => {
    // Small swings (5°) so that T² = 4π²L/g holds to 0.1 % (Serway & Jewett, Physics for Scientists and Engineers, §15.5).
    await page.goto(`${app.server.url}/labs/pendulum?secondPendulum=false&angleDeg=5`);
    await page.getByRole('button', { name: labs['labs.run.reset'] }).waitFor();
    for (const lengthM of LENGTHS_M) {
      const field = page.locator('#param-lengthM');
      await field.fill(String(lengthM));
      await field.press('Enter');
      await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
      await page.getByRole('button', { name: labs['labs.run.play'] }).click();
      await expect.poll(() => page.locator('.events').textContent().catch(() => ''), { timeout: 20_000 }).toContain(physics['physics.pendulum.e.period']);
      await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
    }
    await expect.poll(() => page.locator('.recorder tbody tr').count()).toBe(4);

    await page.getByRole('button', { name: labs['labs.send.button'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(labs['labs.send.project']).selectOption(projectId);
    await dialog.getByLabel(/This experiment/).check();
    // a new table at the end (lab-placement.test.ts sends into the template's own table)
    await dialog.getByLabel(labs['labs.send.atEnd']).check();
    await dialog.getByLabel(labs['labs.send.name']).fill('Pendulum lengths');
    await dialog.getByRole('button', { name: labs['labs.send.submit'] }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toContain(projectTitle);
    await page.screenshot({ path: join(shots, 'lab-to-notebook-sent.png') });
    await dialog.getByRole('link', { name: labs['labs.send.openNotebook'] }).click();
    await page.waitForURL((u) => u.pathname === `/projects/${projectId}`);

    // The table cell arrived with the lab's column names and units, and four rows.
    await expect
      .poll(() => page.locator('.table-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), { timeout: 20_000 })
      .toContain('Pendulum lengths');
    const tableCellId = await page
      .locator('[data-cell-id]')
      .evaluateAll((els) => els.find((e) => (e.querySelector('.table-name') as HTMLInputElement | null)?.value === 'Pendulum lengths')?.getAttribute('data-cell-id'));
    const cell = page.locator(`[data-cell-id="${tableCellId}"]`);
    await expect.poll(() => cell.locator('tbody tr').count()).toBe(4);

    // A chart of T² against L with a linear fit.
    const cellId = await cell.getAttribute('data-cell-id');
    const cells = page.locator('[data-cell-id]');
    const index = (await cells.evaluateAll((els, id) => els.findIndex((e) => e.getAttribute('data-cell-id') === id), cellId)) + 1;
    await page.getByRole('button', { name: notebook['notebook.add.here'].replace('{n}', String(index + 1)) }).click();
    await page.getByRole('group', { name: notebook['notebook.add.menu'] }).getByRole('button', { name: notebook['notebook.kind.chart'] }).click();
    const chart = cells.nth(index).locator('.chart-cell');
    await chart.waitFor();
    await chart.getByLabel(startsWith(notebook['notebook.chart.xAxis'])).selectOption({ label: physics['physics.pendulum.param.lengthM'] });
    await chart.getByLabel(startsWith(notebook['notebook.chart.yAxis'])).selectOption({ label: physics['physics.pendulum.m.periodSquaredS2'] });
    await chart.getByLabel(startsWith(notebook['notebook.chart.fit'])).selectOption('linear');
    const fit = chart.getByTestId('fit-result');
    await fit.waitFor();
    const text = (await fit.textContent()) ?? '';
    const slope = Number(/y\s*=\s*([\d.]+)\s*·?\s*x/.exec(text.replace(/\u2212/g, '-'))?.[1]);
    // slope of T² against L is 4π²/g = 4.0243 s²/m for g = 9.81 m/s²
    expect(Math.abs(slope - (4 * Math.PI ** 2) / 9.81) / ((4 * Math.PI ** 2) / 9.81)).toBeLessThan(0.01);
    expect(text).toMatch(/R² = 1(\.0+)?\b|R² = 0\.99/);
    await page.screenshot({ path: join(shots, 'lab-to-notebook-chart.png'), fullPage: true });
  });

  it('reopens the saved experiment in the lab with its values', async () => {
    const href = await page.locator('a[href*="/labs/pendulum?project="]').last().getAttribute('href');
    expect(href).toContain(`project=${projectId}`);
    await page.goto(app.server.url + href!);
    await expect.poll(() => page.getByRole('status').filter({ hasText: labs['labs.fromNotebook'].slice(0, 20) }).count(), { timeout: 20_000 }).toBe(1);
    // the last recorded length is the saved value
    await expect.poll(() => page.locator('#param-lengthM').inputValue()).toBe('2');
  });
});
