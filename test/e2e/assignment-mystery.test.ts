/**
 * The class flow of issue #19's bar, in real Chromium with real accounts: the teacher makes the 伏安法
 * circuit's resistor a locked mystery, shares the setup and assigns that link to the class with a range of
 * 20 … 80 Ω (each student gets their own resistor), a question and three checks (the answer within 5 %
 * of the true value, the slope of U against I within 5 %, the unit Ω). Three students open it from Home
 * into their own copy, measure, answer and hand in: one right, one with a wrong value (its check fails),
 * one after the due date. The teacher's progress grid and the assignment's page show exactly that (with
 * each student's true value, answers, plot and checks), and the inbox told each person the right things.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import bench from '../../src/i18n/en/bench.json';
import en from '../../src/i18n/en/classroom.json';
import labs from '../../src/i18n/en/labs.json';
import { BenchDriver } from '../support/bench-driver';
import { loginThroughPage } from '../support/login';
import { fill } from '../support/catalogue-message';
import { localInput } from '../support/datetime-input';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-mystery-pass-42';
const TITLE = 'Mystery resistor';
const QUESTION = 'What is the resistance of R1? Give the unit.';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
const errors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 1000 } });
  await context.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  return page;
}

/** A student opens the assignment from Home, measures U and I at three slider places, answers R × `factor` and hands in; returns U/I. */
async function studentHandsIn(username: string, factor: number, late: boolean): Promise<{ page: Page; measuredOhm: number }> {
  const page = await newPage();
  await loginThroughPage(page, app.server.url, username, PASSWORD, '/');
  await page.getByRole('heading', { name: en['classroom.due.title'] }).waitFor();
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.waitForURL((u) => u.pathname === `/labs/${resistanceViPreset.id}` && u.searchParams.has('assignment'));
  await page.getByRole('heading', { name: fill(en['classroom.handIn.assignment'], { title: TITLE }) }).waitFor();
  const b = new BenchDriver(page);
  await b.select('R1');
  await page.getByTestId('mystery-R1-resistanceOhm').waitFor(); // their own copy: the resistor is a mystery to them
  let measuredOhm = 0;
  for (const slider of [1, 0.6, 0.3]) {
    await b.set('RP1', 'sliderFraction', slider);
    const u = (await b.read('V1')).value, i = (await b.read('A1')).value;
    measuredOhm = u / i;
    await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
  }
  await page.getByLabel(QUESTION).fill(`${(measuredOhm * factor).toFixed(1)} Ω`);
  await page.getByRole('button', { name: fill(en['classroom.handIn.button'], { n: 3 }) }).click();
  await page.getByText(late ? en['classroom.handIn.doneLate'] : en['classroom.handIn.done']).waitFor();
  return { page, measuredOhm };
}

const passedCount = async (page: Page) => page.getByRole('list', { name: en['classroom.checks.results'] }).locator('li.pass').count();

describe('assigning a mystery-resistor measurement to a class', () => {
  it('three students hand in (one right, one wrong, one late); progress and inbox show exactly that', async () => {
    // The teacher builds the setup: R1 a locked mystery, shared as a link.
    const teacher = await newPage();
    await loginThroughPage(teacher, app.server.url, 'teacher', PASSWORD, '/labs');
    await teacher.goto(`${app.server.url}/labs/${resistanceViPreset.id}`);
    await teacher.getByRole('button', { name: bench['bench.teacher.editPreset'] }).click();
    await new BenchDriver(teacher).set('R1', 'resistanceOhm', 50);
    await teacher.locator('.inspector').getByLabel(bench['bench.teacher.mystery']).check();
    await teacher.locator('.inspector').getByLabel(bench['bench.teacher.lock']).check();
    await teacher.getByRole('button', { name: bench['bench.share.button'] }).click();
    const linkField = teacher.getByLabel(bench['bench.share.link']);
    await expect.poll(() => linkField.inputValue()).toContain('#setup=');
    const link = await linkField.inputValue();
    await teacher.getByRole('dialog').getByRole('button', { name: bench['bench.share.close'], exact: true }).click();

    // ... and assigns it: a range per student, a question, three checks, due at a minute 2-3 minutes ahead.
    await teacher.goto(`${app.server.url}/classes`);
    await teacher.getByRole('link', { name: en['classroom.assign.link'] }).first().click();
    await teacher.getByRole('heading', { name: en['classroom.assign.new'] }).waitFor();
    const option = teacher.locator(`#assign-experiment option[value$="|${resistanceViPreset.id}"]`).first();
    await teacher.getByLabel(en['classroom.assign.experiment']).selectOption((await option.getAttribute('value'))!);
    await teacher.getByLabel(en['classroom.assign.assignmentTitle']).fill(TITLE);
    await teacher.getByLabel(en['classroom.assign.instructions']).fill('Measure U and I at three slider places.');
    const dueAt = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
    await teacher.getByLabel(en['classroom.assign.due']).fill(localInput(dueAt));
    await teacher.getByLabel(en['classroom.setup.link']).fill(link);
    await teacher.getByRole('button', { name: en['classroom.setup.useLink'] }).click();
    await teacher.getByText(/6 parts, 1 locked, 0 hidden; hidden tools: .*; 1 mystery values/).waitFor();
    await teacher.getByLabel(fill(en['classroom.setup.minOf'], { part: 'R1', unit: 'Ω' })).fill('20');
    await teacher.getByLabel(fill(en['classroom.setup.maxOf'], { part: 'R1', unit: 'Ω' })).fill('80');
    await teacher.getByLabel(en['classroom.checks.questions']).fill(QUESTION);
    for (const kind of ['value', 'slope', 'unit'] as const) {
      await teacher.getByLabel(en['classroom.checks.add']).selectOption(kind);
      await teacher.getByRole('button', { name: en['classroom.checks.addButton'], exact: true }).click();
    }
    await teacher.getByLabel(en['classroom.checks.y'], { exact: true }).selectOption('voltageV');
    await teacher.getByLabel(en['classroom.checks.x'], { exact: true }).selectOption('currentA');
    await teacher.getByLabel(en['classroom.checks.unit'], { exact: true }).fill('Ω');
    await teacher.screenshot({ path: resolve(shots, 'assignment-mystery-form.png'), fullPage: true });
    await teacher.getByRole('button', { name: en['classroom.assign.submit'] }).click();
    await teacher.getByRole('link', { name: TITLE }).first().waitFor();

    // Two students on time: one right, one 30 % off; their resistors differ.
    const s1 = await studentHandsIn('student1', 1, false);
    expect(await passedCount(s1.page)).toBe(3);
    await s1.page.screenshot({ path: resolve(shots, 'assignment-mystery-student.png'), fullPage: true });
    const s2 = await studentHandsIn('student2', 1.3, false);
    expect(await passedCount(s2.page)).toBe(2);
    await s2.page.getByText(en['classroom.checks.problem.out_of_tolerance']).waitFor();
    for (const s of [s1, s2]) expect(s.measuredOhm).toBeGreaterThan(19.9), expect(s.measuredOhm).toBeLessThan(80.1);
    expect(Math.abs(s1.measuredOhm - s2.measuredOhm)).toBeGreaterThan(0.05);

    // The third after the due date.
    const wait = dueAt + 1500 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const s3 = await studentHandsIn('student3', 1, true);
    expect(await passedCount(s3.page)).toBe(3);

    // The teacher's progress grid: exactly those three, the others missing.
    await teacher.reload();
    const grid = teacher.getByRole('table', { name: en['classroom.progress.caption'] });
    await grid.waitFor();
    const cell = async (name: string) => (await grid.getByRole('row').filter({ hasText: name }).locator('td').last().textContent())!.trim();
    expect(await cell('张明 (Zhang Ming)')).toBe(en['classroom.status.handed_in']);
    expect(await cell('刘洋 (Liu Yang)')).toBe(en['classroom.status.handed_in']);
    expect(await cell('陈静 (Chen Jing)')).toBe(en['classroom.status.late']);
    const statuses = await grid.locator('tbody tr td:last-child').allTextContents();
    expect(statuses.map((s) => s.trim()).filter((s) => s === en['classroom.status.missing'])).toHaveLength(statuses.length - 3);

    // The assignment's page: each student's true value, checks, answers and plot.
    await grid.getByRole('link', { name: TITLE }).click();
    const row = (name: string) => teacher.getByRole('row').filter({ hasText: name });
    await row('张明 (Zhang Ming)').getByText(fill(en['classroom.assignment.checksPassed'], { passed: 3, n: 3 })).waitFor();
    await row('刘洋 (Liu Yang)').getByText(fill(en['classroom.assignment.checksPassed'], { passed: 2, n: 3 })).waitFor();
    await row('陈静 (Chen Jing)').getByText(fill(en['classroom.assignment.checksPassed'], { passed: 3, n: 3 })).waitFor();
    for (const [name, s] of [['张明 (Zhang Ming)', s1], ['刘洋 (Liu Yang)', s2], ['陈静 (Chen Jing)', s3]] as const) {
      const truth = Number(/R1: ([\d.]+) Ω/.exec((await row(name).locator('td.truth').textContent())!)![1]);
      // U/I read off the meters: the voltmeter's 60 kΩ in parallel and the pointer's resolution, well under 2 %
      expect(Math.abs(s.measuredOhm - truth) / truth).toBeLessThan(0.02);
    }
    await row('刘洋 (Liu Yang)').getByText(fill(en['classroom.assignment.rows'], { n: 3 })).click();
    await row('刘洋 (Liu Yang)').getByText(`${(s2.measuredOhm * 1.3).toFixed(1)} Ω`).waitFor();
    await row('刘洋 (Liu Yang)').getByRole('img', { name: /against/ }).waitFor();
    await teacher.screenshot({ path: resolve(shots, 'assignment-mystery-teacher.png'), fullPage: true });

    // The inbox: the teacher heard of three hand-ins, one late; each student only of the assignment.
    await teacher.goto(`${app.server.url}/inbox`);
    await teacher.getByRole('link', { name: fill(en['classroom.inbox.handedIn'], { name: '张明 (Zhang Ming)', title: TITLE }) }).waitFor();
    await teacher.getByRole('link', { name: fill(en['classroom.inbox.handedIn'], { name: '刘洋 (Liu Yang)', title: TITLE }) }).waitFor();
    await teacher.getByRole('link', { name: fill(en['classroom.inbox.handedInLate'], { name: '陈静 (Chen Jing)', title: TITLE }) }).waitFor();
    expect(await teacher.getByRole('link', { name: new RegExp(`handed in ${TITLE}`) }).count()).toBe(3);
    for (const s of [s1, s3]) {
      await s.page.goto(`${app.server.url}/inbox`);
      await s.page.getByRole('link', { name: new RegExp(`^New assignment for .*: ${TITLE}, due `) }).waitFor();
      expect(await s.page.getByRole('link', { name: /handed in/ }).count()).toBe(0);
    }
    expect(errors).toEqual([]);
  }, 420_000);
});
