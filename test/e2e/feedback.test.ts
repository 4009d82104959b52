/**
 * Issue #14, item 3, in real Chromium against the real server: feedback reaches the student. After the
 * mentor comments (one comment quoting words of a text cell) and asks for revisions, the student finds a
 * notice on Home and a "new feedback" mark on Projects; the notebook shows the mentor's decision and
 * summary at the top and each comment beside its cell, with the quoted words highlighted while the
 * comment is pointed at; the student replies and resolves there; once seen, the notice goes away. On a
 * phone the comments stack below their cell. Screenshots: feedback-*.png.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCells } from '../../projects/schema';
import review from '../../src/i18n/en/review.json';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie, teammate } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-feedback-pass-42';
const SUMMARY = 'A good start. Fill in the tables and write the conclusion.';
const QUOTE = '摆球质量 m';
const app = useServerAndBrowser({ password: PASSWORD });
let student = '';
let projectId = '';
let submissionId = '';
let questionCell = '';

const pageAs = (username: string, viewport = { width: 1366, height: 768 }) => signedInPage(app.browser, app.server, username, { password: PASSWORD, viewport });

beforeAll(async () => {
  student = await loginCookie(app.server, 'student1', PASSWORD);
  const mentor = await loginCookie(app.server, 'mentor', PASSWORD);
  const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(app.server, student, '/api/projects');
  projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
  const mate = await teammate(app.server, student, projectId);
  const cells = listCells(mate.doc);
  questionCell = cells[0].id; // 研究问题 / 单摆的周期 T 与摆长 L、摆球质量 m 有什么关系？
  const variablesCell = cells[2].id;
  mate.close();
  submissionId = (await apiAs<{ submission: { id: string } }>(app.server, student, `/api/projects/${projectId}/submissions`, { method: 'POST', body: {} })).body.submission.id;
  // plain text of the first cell: "研究问题\n单摆的周期 T 与摆长 L、摆球质量 m 有什么关系？"; the quote is characters 19–25
  const c1 = await apiAs(app.server, mentor, `/api/submissions/${submissionId}/comments`, { method: 'POST', body: { cellId: questionCell, range: { start: 19, end: 25 }, body: 'Which masses? Give the range.' } });
  expect(c1.status).toBe(201);
  expect((c1.body as { comment: { range: { quote: string } } }).comment.range.quote).toBe(QUOTE);
  expect((await apiAs(app.server, mentor, `/api/submissions/${submissionId}/comments`, { method: 'POST', body: { cellId: variablesCell, body: 'Say why 10° counts as a small angle.' } })).status).toBe(201);
  expect((await apiAs(app.server, mentor, `/api/submissions/${submissionId}/decision`, { method: 'POST', body: { decision: 'revise', summary: SUMMARY } })).status).toBe(200);
});

describe('feedback reaches the student', () => {
  let page: Page;
  let errors: string[];

  it('Home says that feedback arrived, with the mentor’s summary; Projects marks the project', async () => {
    ({ page, errors } = await pageAs('student1'));
    await page.goto(`${app.server.url}/`);
    const notice = page.locator('.feedback-notice');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain(SUMMARY);
    expect(await notice.textContent()).toContain(review['review.notice.revise'].replace('{name}', '李博士 (Dr Li)').replace('“{project}” (submission {n})', '').trim());
    expect(await notice.getByRole('link', { name: review['review.notice.read'] }).getAttribute('href')).toBe(`/reviews/${submissionId}`);
    await page.screenshot({ path: join(shots, 'feedback-home.png') });
    await page.goto(`${app.server.url}/projects`);
    await page.getByRole('link', { name: new RegExp(review['review.notice.badge']) }).waitFor();
  });

  it('the notebook shows the decision on top and each comment beside its cell, the quoted words highlighted', async () => {
    await page.goto(`${app.server.url}/projects/${projectId}`);
    const banner = page.locator('.feedback-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain(SUMMARY);
    const cell = page.locator(`section[data-cell-id="${questionCell}"]`);
    const aside = page.locator('.cell-row', { has: cell }).locator('.cell-comments');
    await aside.getByText('Which masses? Give the range.').waitFor();
    const [c, a] = [(await cell.boundingBox())!, (await aside.boundingBox())!];
    expect(a.x).toBeGreaterThan(c.x + c.width - 1); // beside the cell, to its right
    await aside.locator('.thread').hover();
    const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('review-passage-active') ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(highlighted).toEqual([QUOTE]);
    await page.screenshot({ path: join(shots, 'feedback-notebook.png') });

    // the team answers here
    await aside.getByLabel(review['review.comment.replyLabel']).fill('0.1 kg to 2 kg, in part 2.');
    await aside.getByRole('button', { name: review['review.comment.reply'], exact: true }).click();
    await aside.getByText('0.1 kg to 2 kg, in part 2.').waitFor();
    await aside.getByRole('button', { name: review['review.comment.resolve'] }).click();
    await aside.getByText(review['review.comment.resolvedBy'].split('{name}')[0].trim()).waitFor();
    const threads = await apiAs<{ byCell: Record<string, { replies: { body: string }[]; resolved: unknown }[]> }>(app.server, student, `/api/projects/${projectId}/review-comments`);
    expect(threads.body.byCell[questionCell][0]).toMatchObject({ replies: [{ body: '0.1 kg to 2 kg, in part 2.' }], resolved: expect.anything() });
    expect(errors).toEqual([]);
  });

  it('once seen, the notice is gone from Home and Projects', async () => {
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1000); // the notices come from one request after the page
    expect(await page.locator('.feedback-notice').count()).toBe(0);
    await page.goto(`${app.server.url}/projects`);
    await page.getByRole('link', { name: '单摆的周期与摆长的关系' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('link', { name: new RegExp(review['review.notice.badge']) }).count()).toBe(0);
    await page.context().close();
  });

  it('on a phone the comments stack below their cell', async () => {
    const { page: phone, errors: phoneErrors } = await pageAs('student2', { width: 390, height: 844 });
    await phone.goto(`${app.server.url}/projects/${projectId}`);
    const cell = phone.locator(`section[data-cell-id="${questionCell}"]`);
    const aside = phone.locator('.cell-row', { has: cell }).locator('.cell-comments');
    await aside.waitFor({ timeout: 20_000 });
    const [c, a] = [(await cell.boundingBox())!, (await aside.boundingBox())!];
    expect(a.y).toBeGreaterThanOrEqual(c.y + c.height - 1);
    expect(a.width).toBeGreaterThan(300);
    await phone.screenshot({ path: join(shots, 'feedback-phone.png'), fullPage: true });
    expect(phoneErrors).toEqual([]);
    await phone.context().close();
  });
});
