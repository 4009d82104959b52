/**
 * Issue #14, items 1 and 2, in real Chromium against the real server: a teacher reads the team's live
 * notebook at full width (the read-only view had the 32 px controls column take the text, one character
 * per line); the mentor reads a frozen submission drawn by the notebook's own cell views — formulas
 * typeset, the chart drawn with its fit, the experiment's settings by name with units — schedules a
 * defense without a page error, sees the changed formula typeset in the diff of a resubmission, and
 * downloads the submission as printable HTML that reads the same way.
 * The teammate who fills in the data is a Node y-websocket client. Screenshots: review-readonly-*.png.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendRows, readTable } from '../../projects/cells/table';
import { setTextBlocks } from '../../projects/cells/text';
import { listCells } from '../../projects/schema';
import en from '../../src/i18n/en/review.json';
import physicsEn from '../../src/i18n/en/physics.json';
import physicsZh from '../../src/i18n/zh-CN/physics.json';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie, teammate, type Teammate } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-readonly-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let student = '';
let mentorCookie = '';
let projectId = '';
let mate: Teammate;
const LENGTHS_M = [0.5, 1, 1.5, 2];
/** T = 2π√(L/g), g = 9.81 m/s² (small-angle period of a simple pendulum; OpenStax College Physics 2e, §16.4). */
const periodS = (lengthM: number) => 2 * Math.PI * Math.sqrt(lengthM / 9.81);

const pageAs = (username: string, locale: 'en' | 'zh-CN', viewport = { width: 1366, height: 768 }) =>
  signedInPage(app.browser, app.server, username, { password: PASSWORD, locale, viewport, acceptDownloads: true });

beforeAll(async () => {
  student = await loginCookie(app.server, 'student1', PASSWORD);
  mentorCookie = await loginCookie(app.server, 'mentor', PASSWORD);
  const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(app.server, student, '/api/projects');
  projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
  // The team measured the period at four lengths: into the template's first data table (L, T).
  mate = await teammate(app.server, student, projectId);
  const table = listCells(mate.doc).find((c) => c.kind === 'table')!.id;
  appendRows(mate.doc, table, LENGTHS_M.map((l) => [l, periodS(l)]));
  await mate.flushed();
});
afterAll(async () => {
  mate?.close();
});

describe('reading a notebook and a submission', () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    it(`a teacher reads the live notebook at full width, without editing controls (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await pageAs('teacher', 'en', viewport);
      await page.goto(`${app.server.url}/projects/${projectId}`);
      const first = page.locator('[data-kind="text"] .text-cell').first();
      await expect.poll(() => first.textContent(), { timeout: 20_000 }).toContain('研究问题');
      const box = (await first.boundingBox())!;
      // the text column takes the notebook's width (it was 32 px wide: one character per line)
      expect(box.width).toBeGreaterThan(viewport.width * 0.5);
      const heading = (await first.locator('h3').boundingBox())!;
      expect(heading.height).toBeLessThan(40); // one line, not four stacked characters
      expect(await page.locator('[data-cell-id] .controls').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
      expect(await page.locator('[data-cell-id] input, [data-cell-id] [contenteditable="true"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.screenshot({ path: join(shots, `review-readonly-teacher-${viewport.width}.png`) });
      await page.context().close();
    });
  }

  let firstSubmission = '';
  it('the mentor reads the submission with typeset formulas, the chart and its fit, and the experiment in words', async () => {
    const sub = await apiAs<{ submission: { id: string } }>(app.server, student, `/api/projects/${projectId}/submissions`, { method: 'POST', body: { note: 'First version' } });
    expect(sub.status).toBe(201);
    firstSubmission = sub.body.submission.id;
    const { page, errors } = await pageAs('mentor', 'en');
    await page.goto(`${app.server.url}/reviews/${firstSubmission}`);
    await page.getByRole('heading', { name: en['review.cells.title'] }).waitFor();
    // formulas typeset (MathML from KaTeX), not LaTeX source
    await expect.poll(() => page.locator('.cell-body[data-kind="text"] math').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.cell-body[data-kind="text"] .math-source, .cell-body[data-kind="text"] code.math').count()).toBe(0);
    // the T²–L chart drawn, with its linear fit: slope 4π²/g = 4.024 s²/m
    const chart = page.locator('.cell-body[data-kind="chart"]').first();
    await chart.locator('canvas').first().waitFor();
    const fit = (await chart.getByTestId('fit-result').textContent()) ?? '';
    const slope = Number(/y\s*=\s*([\d.]+)\s*·?\s*x/.exec(fit.replace(/\u2212/g, '-'))?.[1]);
    expect(Math.abs(slope - (4 * Math.PI ** 2) / 9.81)).toBeLessThan(0.01);
    // the experiment by its settings' names, values and units
    const experiment = (await page.locator('.cell-body[data-kind="experiment"]').textContent()) ?? '';
    expect(experiment).toContain(physicsEn['physics.pendulum.title']);
    expect(experiment).toContain(physicsEn['physics.pendulum.param.lengthM']);
    expect(experiment).toMatch(/1\s*m/);
    expect(experiment).not.toContain('lengthM');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, 'review-readonly-mentor.png'), fullPage: true });

    // the printable HTML reads the same way
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en['review.submission.downloadHtml'] }).click();
    const html = readFileSync(await (await download).path(), 'utf8');
    expect(html).toContain('<math');
    expect(html).toContain('<svg');
    expect(html).toContain(`${physicsEn['physics.pendulum.param.lengthM']} = 1 m`);
    expect(html).not.toContain('lengthM');
    await page.context().close();
  });

  it('the mentor schedules a defense and starts its record without a page error', async () => {
    const { page, errors } = await pageAs('mentor', 'en');
    await page.goto(`${app.server.url}/reviews/${firstSubmission}`);
    await page.getByLabel(en['review.defense.when']).fill('2030-05-20T10:00');
    await page.getByLabel(en['review.defense.place']).fill('Room 3');
    await page.getByRole('button', { name: en['review.defense.scheduleButton'] }).click();
    await page.getByRole('heading', { name: en['review.defense.record'] }).waitFor();
    await page.getByLabel(en['review.defense.question'].replace('{n}', '1')).fill('Why square the period?');
    await page.getByRole('button', { name: en['review.defense.addQuestion'] }).click();
    await page.getByLabel(en['review.defense.question'].replace('{n}', '2')).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Chinese the experiment reads in Chinese', async () => {
    const { page, errors } = await pageAs('mentor', 'zh-CN');
    await page.goto(`${app.server.url}/reviews/${firstSubmission}`);
    const experiment = page.locator('.cell-body[data-kind="experiment"]');
    await expect.poll(() => experiment.textContent(), { timeout: 15_000 }).toContain(physicsZh['physics.pendulum.param.lengthM']);
    expect(await experiment.textContent()).toContain(physicsZh['physics.pendulum.title']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the diff of a resubmission typesets the changed formula and shows the changed data', async () => {
    const decided = await apiAs(app.server, mentorCookie, `/api/submissions/${firstSubmission}/decision`, { method: 'POST', body: { decision: 'revise', summary: 'Write the model as T².' } });
    expect(decided.status).toBe(200);
    const hypothesis = listCells(mate.doc).filter((c) => c.kind === 'text')[1].id;
    setTextBlocks(mate.doc, hypothesis, [{ heading: 2, text: '假设' }, { paragraph: ['模型：', { math: 'T^2 = \\frac{4\\pi^2}{g} L' }] }]);
    const table = listCells(mate.doc).find((c) => c.kind === 'table')!.id;
    appendRows(mate.doc, table, [[2.5, periodS(2.5)]]);
    expect(readTable(mate.doc, table).rows).toHaveLength(5);
    await mate.flushed();
    const second = await apiAs<{ submission: { id: string } }>(app.server, student, `/api/projects/${projectId}/submissions`, { method: 'POST', body: { note: 'T² now' } });
    expect(second.status).toBe(201);

    const { page, errors } = await pageAs('mentor', 'en');
    await page.goto(`${app.server.url}/reviews/${second.body.submission.id}`);
    await page.getByRole('heading', { name: en['review.diff.title'].replace('{n}', '1') }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.diff ins math').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.diff del math').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('.diff ins').allTextContents()).toContainEqual(expect.stringContaining('2.5'));
    // the changed table drawn below its word diff, as the notebook shows it
    expect(await page.locator('.diff .cell-body[data-kind="table"] tbody tr').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, 'review-readonly-diff.png'), fullPage: true });
    await page.context().close();
  });
});
