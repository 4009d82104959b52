/**
 * Issue #14, item 4, in real Chromium against the real server: lab data lands where the template
 * expects it. A student opens the pendulum lab from the notebook's experiment cell, records the period
 * at four lengths and sends it: the dialog offers the template's own data table (the T²–L chart plots
 * it), shows which column fills which and what is left out; the notebook opens at that table, values
 * shown to 4 significant figures while the full values are stored, and the chart draws the fit with
 * slope 4π²/g. Sent again as a new table, its headers are the lab's labels, read whole; pointing the
 * template chart at the new table moves its axes to the matching columns instead of saying a column
 * "was deleted". Screenshots: lab-placement-*.png.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChart } from '../../projects/cells/chart';
import { readTable } from '../../projects/cells/table';
import { listCells } from '../../projects/schema';
import labs from '../../src/i18n/en/labs.json';
import notebook from '../../src/i18n/en/notebook.json';
import physics from '../../src/i18n/en/physics.json';
import { apiAs, loginCookie, teammate } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-placement-pass-42';
const LENGTHS_M = [0.5, 1, 1.5, 2];
/** Slope of T² against L for small swings: 4π²/g = 4.0243 s²/m with g = 9.81 m/s² (Serway & Jewett, Physics for Scientists and Engineers, §15.5). */
const SLOPE = (4 * Math.PI ** 2) / 9.81;
const app = useServerAndBrowser({ password: PASSWORD });
let page: Page;
let errors: string[] = [];
let projectId = '';
let cookie = '';

beforeAll(async () => {
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  cookie = await loginCookie(app.server, 'student1', PASSWORD);
  await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=').slice(1).join('='), url: app.server.url }]);
  await context.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(app.server, cookie, '/api/projects');
  projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
});

async function recordLengths() {
  await page.locator('#param-angleDeg').fill('5'); // small swings, so T² = 4π²L/g holds to 0.1 %
  await page.locator('#param-angleDeg').press('Enter');
  for (const lengthM of LENGTHS_M) {
    await page.locator('#param-lengthM').fill(String(lengthM));
    await page.locator('#param-lengthM').press('Enter');
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(() => page.locator('.events').textContent().catch(() => ''), { timeout: 20_000 }).toContain(physics['physics.pendulum.e.period']);
    await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
  }
  await expect.poll(() => page.locator('.recorder tbody tr').count()).toBe(LENGTHS_M.length);
}

const fitSlope = async (chart: ReturnType<Page['locator']>) => {
  const text = (await chart.getByTestId('fit-result').textContent()) ?? '';
  return Number(/y\s*=\s*([\d.]+)\s*·?\s*x/.exec(text.replace(/\u2212/g, '-'))?.[1]);
};

describe('lab data into the template’s table', () => {
  let tableId = '';

  it('offers the template’s data table, fills it, opens the notebook there, and the T²–L chart fits it', async () => {
    // from the notebook's experiment cell to the lab, as a student would
    await page.goto(`${app.server.url}/projects/${projectId}`);
    const toLab = page.locator('a[href*="/labs/pendulum?project="]').first();
    await toLab.waitFor({ timeout: 20_000 });
    await page.goto(app.server.url + (await toLab.getAttribute('href')));
    await page.getByRole('status').filter({ hasText: labs['labs.fromNotebook'].slice(0, 20) }).waitFor({ timeout: 20_000 });
    await recordLengths();

    // first as a new table at the end (checked in the next test), then into the template's table
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: labs['labs.send.button'] }).click();
    await dialog.getByLabel(labs['labs.send.atEnd']).check();
    await dialog.getByLabel(labs['labs.send.name']).fill('Second run');
    await dialog.getByRole('button', { name: labs['labs.send.submit'] }).click();
    await dialog.getByRole('link', { name: labs['labs.send.openNotebook'] }).waitFor({ timeout: 15_000 });
    await dialog.getByRole('button', { name: labs['labs.send.close'] }).click();

    await page.getByRole('button', { name: labs['labs.send.button'] }).click();
    const into = dialog.getByLabel(labs['labs.send.intoTable'].replace('{table}', '第一部分：周期与摆长'));
    await into.waitFor({ timeout: 15_000 });
    expect(await into.isChecked()).toBe(true); // the table whose column the runs varied comes first
    const mapping = (await dialog.locator('.place').first().textContent()) ?? '';
    expect(mapping).toContain(`L (m) ← ${physics['physics.pendulum.param.lengthM']} (m)`);
    expect(mapping).toContain(`T (s) ← ${physics['physics.pendulum.m.periodS']} (s)`);
    expect(mapping).toContain(physics['physics.pendulum.m.periodSquaredS2']); // named as left out
    await page.screenshot({ path: join(shots, 'lab-placement-dialog.png') });
    await dialog.getByRole('button', { name: labs['labs.send.submit'] }).click();
    const open = dialog.getByRole('link', { name: labs['labs.send.openNotebook'] });
    await open.waitFor({ timeout: 15_000 });
    const href = (await open.getAttribute('href'))!;
    tableId = href.split('#cell-')[1];
    expect(href).toBe(`/projects/${projectId}#cell-${tableId}`);
    await open.click();

    // the notebook opens at the filled table
    const table = page.locator(`section[data-cell-id="${tableId}"]`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell-id')), { timeout: 20_000 }).toBe(tableId);
    const box = (await table.boundingBox())!;
    expect(box.y).toBeGreaterThan(-10); // scrolled to its top
    expect(box.y).toBeLessThan(768);
    expect(await table.locator('.table-name').inputValue()).toBe('第一部分：周期与摆长');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    // shown to 4 significant figures; stored in full
    const shown = await table.getByLabel('Row 1, T', { exact: true }).inputValue();
    expect(shown).toMatch(/^1\.4\d\d$/);
    const mate = await teammate(app.server, cookie, projectId);
    const stored = readTable(mate.doc, tableId);
    mate.close();
    expect(stored.rows.map((r) => r.values[0])).toEqual(LENGTHS_M);
    expect(String(stored.rows[0].values[1]).length).toBeGreaterThan(6);
    expect(stored.columns.map((c) => c.digits)).toEqual([4, 4]);

    // the template's chart right below plots it, with the fit
    const chart = page.locator('section[data-kind="chart"]').first().locator('.chart-cell');
    await chart.getByTestId('fit-result').waitFor();
    expect(Math.abs((await fitSlope(chart)) - SLOPE) / SLOPE).toBeLessThan(0.01);
    await page.screenshot({ path: join(shots, 'lab-placement-notebook.png') });
  });

  it('sent as a new table, the headers are the lab’s labels read whole; the chart pointed at it keeps its quantities', async () => {
    const mate = await teammate(app.server, cookie, projectId);
    const secondRun = listCells(mate.doc).find((c) => c.kind === 'table' && readTable(mate.doc, c.id).name === 'Second run')!.id;
    const newTable = page.locator(`section[data-cell-id="${secondRun}"]`);
    await newTable.scrollIntoViewIfNeeded();
    const header = newTable.getByLabel(notebook['notebook.table.columnName']).first();
    expect(await header.inputValue()).toBe(physics['physics.pendulum.param.lengthM']);
    expect(await header.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth + 1)).toBe(true);

    // point the template's T²–L chart at the new table: its axes follow to L and T there
    const chartSection = page.locator('section[data-kind="chart"]').first();
    await chartSection.getByLabel(/^Table/).selectOption({ label: 'Second run' });
    const chart = chartSection.locator('.chart-cell');
    await chart.getByTestId('fit-result').waitFor();
    expect(await chart.textContent()).not.toContain('deleted');
    expect(await chart.locator('.note').count()).toBe(0);
    expect(Math.abs((await fitSlope(chart)) - SLOPE) / SLOPE).toBeLessThan(0.01);
    // stored: the chart now plots the new table's L and T columns
    await expect.poll(() => readChart(mate.doc, listCells(mate.doc).find((c) => c.kind === 'chart')!.id).tableId).toBe(secondRun);
    const chartData = readChart(mate.doc, listCells(mate.doc).find((c) => c.kind === 'chart')!.id);
    const columns = readTable(mate.doc, secondRun).columns;
    expect([chartData.x.columnId, chartData.y.columnId].map((id) => columns.find((c) => c.id === id)?.key)).toEqual(['lengthM', 'periodS']);
    mate.close();
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, 'lab-placement-repoint.png') });
  });
});
