/**
 * The review flow in real Chromium against the built app and the real server process: a student submits,
 * the mentor (logged in through /login) comments on a cell, scores the rubric and requests revisions; the
 * student sees the comment, replies, revises the notebook and resubmits; the mentor sees the diff and
 * approves. Screenshots in test/e2e/screenshots/review-*.png. Needs `npx vite build` first.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThroughPage as login } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-review-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let studentCtx: BrowserContext;
let mentorCtx: BrowserContext;
let student: Page;
let mentor: Page;
let firstUrl = '';
let projectId = '';
let decisionReceipt = '';

/** `npm run verify-reviews` on the running server's data (its review key is beside the data directory). */
function verifyReviews(args: string[]): Promise<{ code: number; stdout: string }> {
  const root = resolve(import.meta.dirname, '../..');
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/review/verify.ts'), ...args], { cwd: root, env: { ...process.env, DATA_DIR: app.server.dataDir } }, (err, stdout) =>
      done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });
}

const loginThroughPage = (page: Page, username: string, next: string) => login(page, app.server.url, username, PASSWORD, next);

const CRITERIA = ['research_question', 'method_variables', 'data_quality', 'analysis', 'conclusion', 'teamwork', 'communication', 'self_management'];

beforeAll(async () => {
  studentCtx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  mentorCtx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  student = await studentCtx.newPage();
  mentor = await mentorCtx.newPage();
  // The app picks its language from the browser; make it English for stable labels.
  for (const p of [student, mentor]) await p.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
});

describe('mentor review and resubmission', () => {
  it('the mentor’s empty queue says why it is empty and what happens next', async () => {
    await loginThroughPage(mentor, 'mentor', '/reviews');
    await expect.poll(() => mentor.getByText('Nothing has been handed to you').count()).toBe(1);
    await mentor.screenshot({ path: join(shots, 'review-empty-queue.png') });
  });

  it('a student submits the pendulum project', async () => {
    await loginThroughPage(student, 'student1', '/reviews');
    const card = student.locator('.card', { hasText: '单摆的周期与摆长的关系' });
    await card.getByRole('button', { name: 'Submit for review' }).click();
    await card.getByLabel('Note for your mentor (optional)').fill('First version, please have a look.');
    await card.getByRole('button', { name: 'Submit now' }).click();
    await student.waitForURL(/\/reviews\/[A-Za-z0-9_-]{8,}$/);
    firstUrl = student.url();
    await student.getByText('Submission 1').first().waitFor();
    await expect.poll(() => student.locator('.status-tag').first().textContent()).toBe('Submitted');
    projectId = await student.evaluate(async (id) => (await (await fetch(`/api/submissions/${id}`)).json()).project.id as string, firstUrl.split('/').pop()!);
  });

  it('the mentor finds it in the queue, comments on a cell, scores the rubric and requests revisions', async () => {
    await mentor.goto(`${app.server.url}/reviews`);
    await mentor.getByRole('link', { name: '单摆的周期与摆长的关系' }).click();
    await mentor.waitForURL(firstUrl);
    await mentor.getByRole('button', { name: 'Comment on cell 2' }).click();
    await mentor.getByLabel('Your comment').fill('State which variable you change and which you keep fixed.');
    await mentor.getByRole('button', { name: 'Post comment' }).click();
    await mentor.getByText('State which variable you change').waitFor();
    const levels = [3, 2, 3, 2, 2, 4, 3, 3];
    for (const [i, id] of CRITERIA.entries()) await mentor.locator(`input[name="level-${id}"][value="${levels[i]}"]`).check();
    // 15·(3+2+3+2+2)/4 + 10·4/4 + 10·3/4 + 5·3/4 = 45 + 10 + 7.5 + 3.75 = 66.25 → 66.3 (one decimal)
    await expect.poll(() => mentor.locator('.total').textContent()).toContain('66.3');
    await mentor.getByRole('button', { name: 'Save scores' }).click();
    await mentor.getByText('Scores saved: 66.3 / 100.').waitFor();
    await mentor.getByLabel('Request revisions').check();
    await mentor.getByLabel('Summary for the team').fill('Good start. Make the method precise and add a conclusion.');
    await mentor.getByRole('button', { name: 'Send decision' }).click();
    await mentor.locator('.decision.revise').waitFor();
    await mentor.screenshot({ path: join(shots, 'review-mentor-revise.png'), fullPage: true });
  });

  it('the student sees the comment, replies, revises the notebook and resubmits', async () => {
    await student.goto(firstUrl);
    await student.getByText('State which variable you change').waitFor();
    await student.locator('.decision.revise').waitFor();
    await student.getByLabel('Reply to this comment').fill('We change the length and keep the mass and the angle fixed.');
    await student.getByRole('button', { name: 'Reply', exact: true }).click();
    await student.getByText('We change the length and keep').waitFor();
    await student.screenshot({ path: join(shots, 'review-student-feedback.png'), fullPage: true });

    // Revise in the live notebook: type into the first text cell.
    await student.goto(`${app.server.url}/projects/${projectId}`);
    const editor = student.locator('.text-cell .ProseMirror').first();
    await editor.waitFor();
    await editor.click();
    await student.keyboard.press('Control+End');
    await student.keyboard.type(' We vary the length from 0.2 m to 1.0 m.');
    // wait until the server has the edit (nothing waiting to be sent)
    await expect.poll(async () => (await student.getByText(/changes waiting to be sent|Syncing/).count()) === 0, { timeout: 10_000 }).toBe(true);
    await student.waitForTimeout(500);

    await student.goto(firstUrl);
    await student.getByLabel('Note for your mentor (optional)').fill('Method made precise.');
    await student.getByRole('button', { name: 'Submit the revised version' }).click();
    await student.waitForURL((u) => u.pathname.startsWith('/reviews/') && u.href !== firstUrl);
    await student.getByText('Submission 2').first().waitFor();
  });

  it('the mentor sees what changed and approves', async () => {
    await mentor.goto(`${app.server.url}/reviews`);
    const first = mentor.locator('table.queue tbody tr').first();
    await expect.poll(() => first.textContent()).toContain('Submission 2');
    await first.getByRole('link').click();
    await mentor.getByRole('heading', { name: 'What changed since submission 1' }).waitFor();
    const counts = await mentor.locator('.diff .summary').textContent();
    expect(counts).toMatch(/1 changed/);
    await expect.poll(() => mentor.locator('.diff ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('We vary the length')]));
    await mentor.getByLabel('Approve').check();
    await mentor.getByLabel('Summary for the team').fill('Clear method and conclusion. Approved.');
    await mentor.getByRole('button', { name: 'Send decision' }).click();
    await mentor.locator('.decision.approve').waitFor();
    await expect.poll(() => mentor.locator('.history .ok').textContent()).toMatch(/intact/);
    // the decision carries a receipt people can keep, which verify-reviews finds again
    decisionReceipt = (await mentor.locator('.decision.approve .receipt > code').textContent()) ?? '';
    expect(decisionReceipt).toMatch(/^\d+-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    await mentor.screenshot({ path: join(shots, 'review-mentor-diff-approve.png'), fullPage: true });
  });

  it('the student’s portfolio shows both submissions, the score and the feedback, ready to print', async () => {
    await student.goto(`${app.server.url}/portfolio`);
    await student.getByRole('heading', { name: /Portfolio of/ }).waitFor();
    await student.getByText('Total: 66.3 / 100').first().waitFor();
    await student.getByText('Clear method and conclusion. Approved.').waitFor();
    // the project's review history receipt (the newest entry is the approval, so it is the decision's receipt)
    expect(await student.locator('.project > .receipt > code').textContent()).toBe(decisionReceipt);
    expect(await student.locator('.submission .receipt > code').allTextContents()).toEqual([expect.stringMatching(/^\d+-/), decisionReceipt]);
    const cli = await verifyReviews(['--receipt', decisionReceipt]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`Receipt ${decisionReceipt}: entry \\d+ \\(decision`));
    expect(cli.stdout).toMatch(/^OK\s/m);
    await student.emulateMedia({ media: 'print' });
    expect(await student.locator('header.top').isVisible()).toBe(false);
    await student.screenshot({ path: join(shots, 'review-portfolio-print.png'), fullPage: true });
    await student.emulateMedia({ media: 'screen' });
  });
});
