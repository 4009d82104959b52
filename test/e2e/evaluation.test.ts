/**
 * Process evaluation (issue #20) in real Chromium against the real server: the teacher sets the class's
 * weights in the gradebook (a process share below the school's 40 % floor is refused at that field), rates
 * two soft indicators of a student on the student's page, the gradebook then shows the totals the server
 * computed from the records, and the student reads their report (in zh-CN) with the receipt of the class's
 * evaluation log. Then `npm run verify-reviews` passes, and fails naming the rating once it is edited in
 * the database behind the server's back. Screenshots: evaluation-*.png.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/evaluation.json';
import zh from '../../src/i18n/zh-CN/evaluation.json';
import labs from '../../src/i18n/en/labs.json';
import type { GradebookView } from '../../projects/contracts/evaluation';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie } from '../support/teammate';
import { fill } from '../support/catalogue-message';
import { useServerAndBrowser } from '../support/server-and-browser';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-evaluation-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 180_000 });
let classId: number;
let studentId: number;
let receipt = '';

const pageAs = (username: string, locale: 'en' | 'zh-CN') => signedInPage(app.browser, app.server, username, { password: PASSWORD, locale, viewport: { width: 1366, height: 900 } });

function verifyCli(args: string[] = []): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/review/verify.ts'), ...args], { cwd: root, env: { ...process.env, DATA_DIR: app.server.dataDir } }, (err, stdout) =>
      done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });
}

beforeAll(async () => {
  // the review gives the result part: student1 hands in their team's project, the mentor scores it
  const student = await loginCookie(app.server, 'student1', PASSWORD);
  const mentor = await loginCookie(app.server, 'mentor', PASSWORD);
  const { body: projects } = await apiAs<{ projects: { id: string }[] }>(app.server, student, '/api/projects');
  const sub = await apiAs<{ submission: { id: string } }>(app.server, student, `/api/projects/${projects.projects[0].id}/submissions`, { method: 'POST', body: { note: 'v1' } });
  const levels = { research_question: 4, method_variables: 3, data_quality: 3, analysis: 2, conclusion: 4, teamwork: 3, communication: 3, self_management: 3 };
  expect((await apiAs(app.server, mentor, `/api/submissions/${sub.body.submission.id}/score`, { method: 'PUT', body: { levels } })).status).toBe(200);
  studentId = (await apiAs<{ user: { id: number } }>(app.server, student, '/api/auth/me')).body.user.id;
  const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
  classId = (await apiAs<{ classes: { id: number }[] }>(app.server, teacher, '/api/classes')).body.classes[0].id;
}, 180_000);

describe('process evaluation in the browser', () => {
  it('the teacher sets the weights (below the floor refused at the field), rates two soft indicators, and the gradebook shows the computed totals', async () => {
    const { page, errors } = await pageAs('teacher', 'en');
    await page.goto(`${app.server.url}/evaluation`);
    await page.getByRole('link', { name: /Grade 8 Class 1/ }).click();
    await page.waitForURL(/\/evaluation\/\d+$/);
    const share = page.getByLabel(en['evaluation.weights.processPct']);
    await share.fill('30');
    await page.getByRole('button', { name: en['evaluation.weights.save'] }).click();
    const refusal = page.getByRole('alert').filter({ hasText: fill(en['evaluation.weights.belowFloor'], { floor: 40 }) });
    await refusal.waitFor({ timeout: 30_000 });
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    expect(await share.getAttribute('aria-describedby')).toBe('w-problem');
    await page.screenshot({ path: join(shots, 'evaluation-floor.png'), fullPage: true });
    await share.fill('60');
    await page.getByRole('button', { name: en['evaluation.weights.save'] }).click();
    await page.getByText(fill(en['evaluation.gradebook.lead'], { process: 60, result: 40 })).waitFor({ timeout: 30_000 });

    // the student's page: rate inquiry 3 and persistence 4
    await page.getByRole('link', { name: '张明 (Zhang Ming)' }).click();
    await page.waitForURL(new RegExp(`/evaluation/${classId}/students/${studentId}$`));
    for (const [name, level] of [['Inquiry', 3], ['Persistence', 4]] as const) {
      const form = page.getByRole('form', { name: fill(en['evaluation.rate.label'], { indicator: name }) });
      await form.getByRole('radio', { name: new RegExp(`^${fill(en['evaluation.rate.level'], { n: level })}`) }).check();
      await form.getByLabel(en['evaluation.rate.remark']).fill(`${name}: level ${level} (browser test)`);
      await form.getByRole('button', { name: en['evaluation.rate.save'] }).click();
      await page.getByRole('heading', { name: new RegExp(`^${name} ${25 * level} `) }).waitFor({ timeout: 30_000 });
    }
    await page.getByText('Inquiry: level 3 (browser test)').waitFor();

    // the gradebook: the server's numbers, with the ratings in them
    await page.getByRole('link', { name: en['evaluation.student.backToGradebook'] }).click();
    await page.waitForURL(/\/evaluation\/\d+$/);
    const api = await page.evaluate(async (id) => (await (await fetch(`/api/classes/${id}/evaluation`)).json()) as { gradebook: GradebookView }, classId);
    const row = api.gradebook.rows.find((r) => r.student.id === studentId)!;
    const by = Object.fromEntries(row.indicators.map((i) => [i.id, i.score]));
    expect([by.inquiry, by.persistence]).toEqual([75, 100]);
    expect(row.result.score).toBe(80); // product criteria 4, 3, 3, 2, 4 of 4 (equal weights)
    expect(row.total).toBe(Math.round((0.6 * row.process! + 0.4 * 80) * 10) / 10);
    const tr = page.getByRole('row').filter({ has: page.getByRole('link', { name: '张明 (Zhang Ming)' }) });
    const shown = async (part: string) => ((await tr.locator(`[data-part="${part}"]`).textContent()) ?? '').trim();
    const text = (v: number | null) => (v === null ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(1));
    expect([await shown('process'), await shown('result'), await shown('total')]).toEqual([text(row.process), '80', text(row.total)]);
    // drill-down: the records behind the inquiry score, with the definition students read
    await tr.getByRole('button', { name: /Inquiry: 75/ }).click();
    const detail = page.getByRole('region', { name: fill(en['evaluation.gradebook.detail'], { name: '张明 (Zhang Ming)' }) });
    await detail.getByText('Asking questions and finding ways to answer them.', { exact: false }).waitFor();
    expect(await detail.textContent()).toContain('level 3 — Asks testable questions and designs experiments to answer them.');
    await page.screenshot({ path: join(shots, 'evaluation-gradebook.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the student reads their report in Chinese, with the receipt of the class’s evaluation log', async () => {
    const { page, errors } = await pageAs('student1', 'zh-CN');
    await page.goto(`${app.server.url}/evaluation`);
    await page.getByRole('link', { name: /八年级一班/ }).click();
    await page.getByRole('heading', { name: fill(zh['evaluation.student.title'], { name: '张明 (Zhang Ming)' }) }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: /^探究精神 75 / }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Inquiry: level 3 (browser test)'); // the teacher's remark, as written
    expect(main).toContain(zh['evaluation.timeline.title']);
    expect(await page.getByRole('form').count()).toBe(0); // students do not rate
    receipt = ((await page.locator('.receipt code').textContent()) ?? '').trim();
    expect(receipt).toMatch(/^3-[0-9A-Z]{5}-[0-9A-Z]{5}$/); // weights, two ratings
    await page.screenshot({ path: join(shots, 'evaluation-report-zh.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('a student’s lab session (runs and recorded rows) reaches the gradebook’s lab work', async () => {
    const { page, errors } = await pageAs('student1', 'en');
    await page.goto(`${app.server.url}/labs/pendulum`);
    const play = page.getByRole('button', { name: labs['labs.run.play'], exact: true });
    await play.click();
    await page.getByRole('button', { name: labs['labs.run.pause'], exact: true }).click();
    await page.getByRole('button', { name: labs['labs.recorder.record'], exact: true }).click();
    await play.click();
    await page.getByRole('button', { name: labs['labs.run.pause'], exact: true }).click();
    await page.goto(`${app.server.url}/`); // leaving the lab sends the last counts
    const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
    let lab: { score: number | null; raw: Record<string, number | null> } | undefined;
    for (let i = 0; i < 60 && !(lab?.raw.runs === 2); i++) {
      const g = (await apiAs<{ gradebook: GradebookView }>(app.server, teacher, `/api/classes/${classId}/evaluation`)).body.gradebook;
      lab = g.rows.find((r) => r.student.id === studentId)!.indicators.find((x) => x.id === 'lab_activity');
      if (lab?.raw.runs !== 2) await new Promise((r) => setTimeout(r, 500));
    }
    // one session of the target 4, two runs of 12: 50·1/4 + 50·2/12 = 20.8 (record-indicators.ts)
    expect(lab).toMatchObject({ score: 20.8, raw: { sessions: 1, runs: 2, recordedRows: 1 } });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('verify-reviews checks the evaluation log and names a rating edited behind the server', async () => {
    const good = await verifyCli();
    expect(good.stdout).toMatch(new RegExp(`OK +class:${classId} +3 entries`));
    expect(good.code).toBe(0);
    expect((await verifyCli(['--receipt', receipt])).code).toBe(0);
    await app.server.stop();
    const db = new Database(join(app.server.dataDir, 'sprout-lab.db'));
    db.prepare("UPDATE evaluation_ratings SET level = 1 WHERE indicator = 'persistence'").run();
    db.close();
    const bad = await verifyCli();
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`BROKEN +class:${classId} .*rating of persistence for student ${studentId} by user \\d+ was changed after entry 3`));
    expect((await verifyCli(['--receipt', receipt])).code).toBe(1);
  }, 120_000);
});
