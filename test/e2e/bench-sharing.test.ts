/**
 * The bench's setup travelling, in real Chromium against the real server: a teacher makes a resistor's value
 * a mystery, locks it and shares the setup as a link; a student opens the link, cannot see the value anywhere
 * in the page or move the part, and measures it with the meters. A setup file that fails validation is
 * refused naming the field. A student's changed circuit goes into the notebook as an experiment and comes
 * back from it as built.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import { BenchDriver } from '../support/bench-driver';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';
import bench from '../../src/i18n/en/bench.json';
import labs from '../../src/i18n/en/labs.json';

const PASSWORD = 'sprout-e2e-pass';
const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ password: PASSWORD });

async function newPage(): Promise<Page> {
  const page = await (await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } })).newPage();
  // A step that cannot happen fails with its locator, not as the whole test's timeout.
  page.setDefaultTimeout(20_000);
  // Opening the notebook loads its editor: slower than a step on a busy machine.
  page.setDefaultNavigationTimeout(60_000);
  return page;
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: bench['bench.share.button'] }).click();
  const field = page.getByLabel(bench['bench.share.link']);
  await expect.poll(() => field.inputValue()).toContain('#setup=');
  const link = await field.inputValue();
  await page.getByRole('dialog').getByRole('button', { name: bench['bench.share.close'], exact: true }).click();
  return link;
}

describe('sharing a bench setup', () => {
  it("a teacher's mystery resistor: the student never sees its value, cannot move it, and measures it", async () => {
    const teacher = await newPage();
    await loginThroughPage(teacher, app.server.url, 'teacher', PASSWORD, '/labs');
    await teacher.goto(`${app.server.url}/labs/${resistanceViPreset.id}`);
    const t = new BenchDriver(teacher);
    await teacher.getByRole('button', { name: bench['bench.teacher.editPreset'] }).click();
    await t.set('R1', 'resistanceOhm', 22);
    await teacher.locator('.inspector').getByLabel(bench['bench.teacher.mystery']).check();
    await teacher.locator('.inspector').getByLabel(bench['bench.teacher.lock']).check();
    // The teacher still sees the value.
    await expect.poll(() => teacher.locator('#prop-R1-resistanceOhm').inputValue()).toBe('22');
    const link = await shareLink(teacher);

    const student = await newPage();
    await loginThroughPage(student, app.server.url, 'student1', PASSWORD, '/labs');
    await student.goto(link);
    await expect.poll(() => student.getByTestId('bench-announcer').textContent(), { timeout: 20_000 }).toContain('Opened the setup from the link');
    const s = new BenchDriver(student);
    await s.select('R1');
    await student.getByTestId('mystery-R1-resistanceOhm').waitFor();
    const html = await student.content();
    expect(html).not.toMatch(/22(\.0+)?\s*Ω/);
    expect(await student.locator('#prop-R1-resistanceOhm').count()).toBe(0);
    expect(await student.locator('#param-resistanceOhm').count()).toBe(0);
    // Locked: the arrows do not move it, and the student is told why.
    await student.locator('g.part[data-part="R1"]').focus();
    await student.keyboard.press('ArrowRight');
    await expect.poll(() => student.getByTestId('bench-announcer').textContent()).toContain('R1 is locked by the teacher');
    // Measured: U / I at two slider positions gives 22 Ω (with the voltmeter's 60 kΩ in parallel).
    for (const slider of [1, 0.3]) {
      await s.set('RP1', 'sliderFraction', slider);
      const u = (await s.read('V1')).value, i = (await s.read('A1')).value;
      expect(u / i).toBeCloseTo((22 * 60_000) / 60_022, 3);
    }
    await student.screenshot({ path: join(shots, 'bench-mystery-student.png'), fullPage: true });
    expect(await student.content()).not.toMatch(/22(\.0+)?\s*Ω/);

    // Recorded and sent to the notebook as an experiment: the value stays out of the row, the cell and the page.
    await student.getByRole('button', { name: labs['labs.recorder.record'] }).click();
    const projects = (await student.evaluate(() => fetch('/api/projects').then((r) => r.json()))) as { projects: { id: string; title: string; access: string }[] };
    const project = projects.projects.find((p) => p.access === 'write')!;
    await student.getByRole('button', { name: labs['labs.send.button'] }).click();
    const dialog = student.getByRole('dialog');
    await dialog.getByLabel(labs['labs.send.project']).selectOption(project.id);
    await dialog.getByLabel(/This experiment/).check();
    await dialog.getByRole('button', { name: labs['labs.send.submit'] }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toContain(project.title);
    await dialog.getByRole('link', { name: labs['labs.send.openNotebook'] }).click();
    await student.waitForURL((u) => u.pathname === `/projects/${project.id}`);
    const cell = student.locator('.experiment-cell').last();
    await cell.waitFor({ timeout: 60_000 });
    await expect.poll(() => cell.textContent()).toContain('Slider');
    expect(await cell.textContent()).not.toMatch(/\b22\b/);
    expect(await student.content()).not.toMatch(/22(\.0+)?\s*Ω/);
    expect(await student.locator(`a[href*="resistanceOhm="]`).count()).toBe(0);
  }, 150_000);

  it('refuses a setup file that fails validation, naming the field', async () => {
    const page = await newPage();
    await page.goto(`${app.server.url}/labs/${resistanceViPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bad = structuredClone(resistanceViPreset.setup);
    bad.parts[3].props.resistanceOhm = -4;
    const file = join(tmpdir(), `bad-setup-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(bad));
    await page.getByRole('button', { name: bench['bench.share.button'] }).click();
    await page.locator('dialog input[type="file"]').setInputFiles(file);
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('parts[3].props.resistanceOhm');
    expect(await alert.textContent()).toContain('0.1 … 1000 Ω');
  });

  it("a student's changed circuit goes to the notebook as an experiment and reopens as built", async () => {
    const page = await newPage();
    await loginThroughPage(page, app.server.url, 'student1', PASSWORD, '/labs');
    const projects = (await page.evaluate(() => fetch('/api/projects').then((r) => r.json()))) as { projects: { id: string; title: string; access: string }[] };
    const project = projects.projects.find((p) => p.access === 'write')!;
    await page.goto(`${app.server.url}/labs/${resistanceViPreset.id}`);
    const b = new BenchDriver(page);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    // Take the voltmeter away and open the switch.
    await page.locator('g.part[data-part="V1"]').focus();
    await page.keyboard.press('Delete');
    await b.flip('S1');
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('switch S1 (open)');
    const built = await page.getByTestId('bench-description').textContent();
    expect(built).not.toContain('voltmeter V1');

    await page.getByRole('button', { name: labs['labs.send.button'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(labs['labs.send.project']).selectOption(project.id);
    await dialog.getByLabel(/This experiment/).check();
    await dialog.getByRole('button', { name: labs['labs.send.submit'] }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toContain(project.title);
    await dialog.getByRole('link', { name: labs['labs.send.openNotebook'] }).click();
    await page.waitForURL((u) => u.pathname === `/projects/${project.id}`);
    const href = await page.locator(`a[href*="/labs/${resistanceViPreset.id}?project="]`).last().getAttribute('href', { timeout: 60_000 });
    await page.goto(app.server.url + href!);
    await expect.poll(() => page.getByTestId('bench-description').textContent(), { timeout: 20_000 }).toBe(built);
    expect(await page.locator('g.part[data-part="V1"]').count()).toBe(0);
  }, 150_000);
});
