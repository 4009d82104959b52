/**
 * Editing an assignment after it was set, and a student putting the bench back as assigned (issue #19),
 * in real Chromium with real accounts: the teacher changes the instructions and the due date on the
 * assignment's page; the student's inbox says the assignment changed and what; the lab opened from it
 * shows the new instructions; the student moves the rheostat and records a row, then resets to the
 * assigned setup (after a confirm): the meters read as assigned again and the recorded row is still there.
 * Screenshots: assignment-edit-*.png (en and zh-CN).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import en from '../../src/i18n/en/classroom.json';
import zh from '../../src/i18n/zh-CN/classroom.json';
import labs from '../../src/i18n/en/labs.json';
import { signedInPage } from '../support/signed-in-page';
import { BenchDriver } from '../support/bench-driver';
import { apiAs, loginCookie } from '../support/teammate';
import { fill } from '../support/catalogue-message';
import { localInput } from '../support/datetime-input';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-edit-pass-42';
const TITLE = 'Unknown resistor';
const DAY = 24 * 3600_000;
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
let assignmentId: number;
const errors: string[] = [];
const dialogs: string[] = [];

const pageAs = (username: string, locale: 'en' | 'zh-CN'): Promise<Page> =>
  signedInPage(app.browser, app.server, username, { password: PASSWORD, locale, viewport: { width: 1366, height: 1000 }, errors, dialogs }).then((s) => s.page);

beforeAll(async () => {
  const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
  const classId = (await apiAs<{ classes: { id: number }[] }>(app.server, teacher, '/api/classes')).body.classes[0].id;
  const setup = { ...resistanceViPreset.setup, parts: resistanceViPreset.setup.parts.map((p) => (p.id === 'R1' ? { ...p, mystery: ['resistanceOhm'] } : p)) };
  const r = await apiAs<{ assignment: { id: number } }>(app.server, teacher, `/api/classes/${classId}/assignments`, {
    method: 'POST',
    body: { title: TITLE, instructions: 'Measure R.', experimentId: resistanceViPreset.id, dueAt: Date.now() + 2 * DAY, setup, mystery: [{ part: 'R1', prop: 'resistanceOhm', min: 20, max: 80 }] },
  });
  expect(r.status).toBe(201);
  assignmentId = r.body.assignment.id;
}, 120_000);

describe('editing an assignment; a student resets to the assigned setup', () => {
  it('the teacher changes the instructions and the due date; the page says what changed', async () => {
    const page = await pageAs('teacher', 'en');
    await page.goto(`${app.server.url}/assignments/${assignmentId}`);
    await page.getByRole('button', { name: en['classroom.edit.open'] }).click();
    await page.locator('#edit-instructions').fill('Measure R with at least four readings.');
    await page.locator('#edit-dueAt').fill(localInput(Date.now() + 3 * DAY));
    await page.locator('form.edit').screenshot({ path: resolve(shots, 'assignment-edit-teacher-en.png') });
    await page.getByRole('button', { name: en['classroom.edit.save'] }).click();
    const what = [en['classroom.change.instructions'], en['classroom.change.dueAt']].join(en['classroom.change.separator']);
    const saved = page.locator('p.saved[role="status"]');
    await saved.waitFor();
    expect(await saved.textContent()).toBe(fill(en['classroom.edit.saved'], { what }));
    expect(await page.locator('.instructions').textContent()).toBe('Measure R with at least four readings.');
    expect(await page.locator('form.edit').count()).toBe(0);
    await page.context().close();
  });

  it('the student is told; on the bench they reset to the assigned setup after a confirm, keeping their recorded row', async () => {
    const inbox = await pageAs('student1', 'zh-CN');
    await inbox.goto(`${app.server.url}/inbox`);
    const zhWhat = [zh['classroom.change.instructions'], zh['classroom.change.dueAt']].join(zh['classroom.change.separator']);
    // the notice up to its due date (whose wording depends on the clock): 作业有改动：“…”（说明、截止时间）。
    const notice = inbox.getByText(fill(zh['classroom.inbox.changed'], { title: TITLE, what: zhWhat, when: '@' }).split('@')[0]);
    await notice.first().waitFor();
    await inbox.locator('.inbox').screenshot({ path: resolve(shots, 'assignment-edit-inbox-zh.png') });
    await inbox.context().close();

    const page = await pageAs('student1', 'en');
    await page.goto(`${app.server.url}/labs/${resistanceViPreset.id}?assignment=${assignmentId}`);
    await page.getByText('Measure R with at least four readings.').waitFor();
    const b = new BenchDriver(page);
    const assigned = (await b.read('V1')).value;
    await b.set('RP1', 'sliderFraction', assigned > 0 && (await b.read('A1')).value > 0 ? 0.2 : 0.8);
    const moved = (await b.read('V1')).value;
    expect(moved).not.toBeCloseTo(assigned, 3);
    await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
    await page.getByRole('button', { name: fill(en['classroom.handIn.button'], { n: 1 }) }).waitFor();

    await page.getByRole('button', { name: en['classroom.handIn.resetSetup'] }).click();
    await page.getByRole('status').filter({ hasText: en['classroom.handIn.resetDone'] }).waitFor();
    expect(dialogs).toContain(en['classroom.handIn.resetConfirm']);
    await expect.poll(async () => (await b.read('V1')).value, { timeout: 10_000 }).toBeCloseTo(assigned, 3);
    // the recorded row is kept: still one row to hand in
    expect(await page.getByRole('button', { name: fill(en['classroom.handIn.button'], { n: 1 }) }).count()).toBe(1);
    await page.locator('section.sheet').screenshot({ path: resolve(shots, 'assignment-edit-reset-en.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
