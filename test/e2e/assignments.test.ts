/**
 * Assignments in real Chromium against the real server (issue #19): the teacher assigns the pendulum from
 * the curriculum catalogue with instructions; a student finds it on Home, opens it in one click, records
 * a run and hands it in; the teacher's progress grid and the assignment's page show exactly that (one
 * handed in with its row, the others not opened), and the inbox told each the right thing. Late and missing are tested over HTTP with the
 * server's clock (test/integration/assignments.test.ts). Screenshots: assignments-*.png.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/classroom.json';
import labs from '../../src/i18n/en/labs.json';
import { loginThroughPage } from '../support/login';
import { fill } from '../support/catalogue-message';
import { signedInPage } from '../support/signed-in-page';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-assign-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });

/** A fresh English page, nobody signed in, its uncaught errors collected and every dialog accepted. */
const newPage = () => signedInPage(app.browser, app.server, null, { password: PASSWORD, viewport: { width: 1366, height: 900 }, acceptDownloads: true, dialogs: [] });

describe('an assignment from setting to hand-in', () => {
  it('the teacher assigns the pendulum; a student opens it from Home, records and hands in; the teacher sees it', async () => {
    const teacher = await newPage();
    await loginThroughPage(teacher.page, app.server.url, 'teacher', PASSWORD, '/classes');
    await teacher.page.getByRole('link', { name: en['classroom.assign.link'] }).first().click();
    await teacher.page.getByRole('heading', { name: en['classroom.assign.new'] }).waitFor();
    // before an experiment or a question, the checks' list says what a check needs (it offered only "…")
    await teacher.page.getByText(en['classroom.checks.nothingYet']).waitFor();
    expect(await teacher.page.getByLabel(en['classroom.checks.add']).isDisabled()).toBe(true);
    const option = teacher.page.locator('#assign-experiment option[value$="|pendulum"]').first();
    await teacher.page.getByLabel(en['classroom.assign.experiment']).selectOption((await option.getAttribute('value'))!);
    expect(await teacher.page.getByLabel(en['classroom.assign.assignmentTitle']).inputValue()).not.toBe(''); // the entry's title
    expect(await teacher.page.getByText(en['classroom.checks.nothingYet']).count()).toBe(0); // the pendulum's columns can be graphed
    expect(await teacher.page.getByLabel(en['classroom.checks.add']).isDisabled()).toBe(false);
    await teacher.page.getByLabel(en['classroom.assign.assignmentTitle']).fill('Pendulum period');
    await teacher.page.getByLabel(en['classroom.assign.instructions']).fill('Record at least one run at 1 m.');
    await teacher.page.getByRole('button', { name: en['classroom.assign.submit'] }).click();
    await teacher.page.getByRole('link', { name: 'Pendulum period' }).first().waitFor();
    await teacher.page.getByText(fill(en['classroom.assign.counts'], { done: 0, late: 0, missing: 0, n: 6 })).waitFor();

    const student = await newPage();
    await loginThroughPage(student.page, app.server.url, 'student1', PASSWORD, '/');
    await student.page.getByRole('heading', { name: en['classroom.due.title'] }).waitFor();
    await student.page.getByRole('link', { name: 'Pendulum period', exact: true }).click();
    await student.page.waitForURL((u) => u.pathname === '/labs/pendulum' && u.searchParams.has('assignment'));
    await student.page.getByRole('heading', { name: fill(en['classroom.handIn.assignment'], { title: 'Pendulum period' }) }).waitFor();
    await student.page.getByText('Record at least one run at 1 m.').waitFor();
    await student.page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
    await student.page.getByRole('button', { name: fill(en['classroom.handIn.button'], { n: 1 }) }).click();
    await student.page.getByText(en['classroom.handIn.done']).waitFor();
    await student.page.screenshot({ path: resolve(shots, 'assignments-handed-in.png'), fullPage: true });

    // the teacher's progress grid: student1 handed in, student2 never opened it
    await teacher.page.reload();
    const grid = teacher.page.getByRole('table', { name: en['classroom.progress.caption'] });
    await grid.waitFor();
    expect(await grid.getByRole('row').filter({ hasText: '张明 (Zhang Ming)' }).textContent()).toContain(en['classroom.status.handed_in']);
    expect(await grid.getByRole('row').filter({ hasText: '刘洋 (Liu Yang)' }).textContent()).toContain(en['classroom.status.not_opened']);
    await teacher.page.screenshot({ path: resolve(shots, 'assignments-progress.png'), fullPage: true });
    await grid.getByRole('link', { name: 'Pendulum period' }).click();
    const row = teacher.page.getByRole('row').filter({ hasText: '张明 (Zhang Ming)' });
    await row.getByText(fill(en['classroom.assignment.rows'], { n: 1 })).waitFor();

    // the inbox: the teacher was told of the hand-in (the header counts it), the student of the assignment
    await teacher.page.locator('a.inbox-link .count').filter({ hasText: '1' }).waitFor();
    await teacher.page.locator('a.inbox-link').click();
    await teacher.page.getByRole('link', { name: fill(en['classroom.inbox.handedIn'], { name: '张明 (Zhang Ming)', title: 'Pendulum period' }) }).click();
    await teacher.page.waitForURL((u) => u.pathname.startsWith('/assignments/'));
    await teacher.page.waitForFunction(() => !document.querySelector('a.inbox-link .count'));
    await student.page.goto(`${app.server.url}/inbox`);
    await student.page.getByRole('link', { name: /^New assignment for .*: Pendulum period, due / }).waitFor();

    // the student's Home now shows it handed in
    await student.page.goto(`${app.server.url}/`);
    await student.page.getByRole('heading', { name: en['classroom.due.title'] }).waitFor();
    expect(await student.page.locator('.due li').filter({ hasText: 'Pendulum period' }).textContent()).toContain(en['classroom.status.handed_in']);
    expect([...teacher.errors, ...student.errors]).toEqual([]);
    await teacher.page.context().close();
    await student.page.context().close();
  }, 180_000);
});
