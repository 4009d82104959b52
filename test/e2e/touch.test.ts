/**
 * A 1024×768 touch tablet (issue #22, item 4; Playwright's hasTouch + isMobile: the page sees
 * `pointer: coarse`): every HTML control of the lab pages is at least 44 × 44 CSS px (WCAG 2.5.5; a
 * checkbox counts with the label that toggles it), a tap on Play runs the experiment, and a slider's step
 * buttons set exact values (a finger cannot slide to 1.01 m).
 * The benches' SVG parts and posts: bench-touch.test.ts. Wires (for deleting one) are not enlarged yet.
 * Needs `npx vite build` first.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/labs.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-touch-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, page: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-US' } });

/** HTML controls in <main> smaller than 44 px either way (a checkbox or radio measured with its label). */
const smallControls = () =>
  app.page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('main button, main select, main input, main summary, main textarea')];
    return els
      .map((e) => {
        const toggle = e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');
        const r = ((toggle && e.closest('label')) || e).getBoundingClientRect();
        return { what: `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}`, w: Math.round(r.width), h: Math.round(r.height) };
      })
      .filter((c) => c.w > 0 && c.h > 0 && (c.w < 44 || c.h < 44));
  });

/** The header's controls (logo, sections, inbox, account, log out, language) smaller than 44 px either way. */
const smallHeaderControls = () =>
  app.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header.top a, header.top button, header.top select')]
      .map((e) => ({ what: `${e.tagName.toLowerCase()} ${e.textContent?.trim().slice(0, 30) ?? ''}`, w: Math.round(e.getBoundingClientRect().width), h: Math.round(e.getBoundingClientRect().height) }))
      .filter((c) => c.w > 0 && c.h > 0 && (c.w < 44 || c.h < 44)),
  );

/** Links in `selector` smaller than 44 px either way (a standalone link is a control a finger taps too). */
const smallLinks = (selector: string) =>
  app.page.evaluate((sel) =>
    [...document.querySelectorAll<HTMLElement>(sel)]
      .map((e) => ({ what: e.textContent?.trim().slice(0, 30), w: Math.round(e.getBoundingClientRect().width), h: Math.round(e.getBoundingClientRect().height) }))
      .filter((c) => c.w > 0 && c.h > 0 && (c.w < 44 || c.h < 44)), selector);

/** Logs the tablet's page in as one of the demo school's people (the session cookie replaces the last one). */
async function logInAs(username: string): Promise<void> {
  await app.page.goto(`${app.server.url}/login`);
  const status = await app.page.evaluate(
    async ([u, p]) => (await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u, password: p }) })).status,
    [username, PASSWORD],
  );
  expect(status).toBe(200);
}

describe('on a touch tablet', () => {
  it('sees a coarse pointer', async () => {
    await app.page.goto(app.server.url + '/labs');
    expect(await app.page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  });

  it.each(['pendulum', 'projectile', 'gas'])('lab %s: every control is at least 44 px, and a tap on Play runs it', async (id) => {
    await app.page.goto(`${app.server.url}/labs/${id}`);
    await app.page.getByRole('button', { name: en['labs.run.reset'] }).waitFor({ timeout: 60_000 });
    expect(await smallControls()).toEqual([]);
    // the bigger controls still fit the tablet's width
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    const time = app.page.getByLabel(en['labs.run.time'], { exact: true });
    const before = await time.textContent();
    await app.page.getByRole('button', { name: en['labs.run.play'] }).tap();
    await expect.poll(() => time.textContent(), { timeout: 30_000 }).not.toBe(before);
  }, 120_000);

  it('a slider\'s − and + step buttons set exact values, and stop at the range\'s ends', async () => {
    await app.page.goto(`${app.server.url}/labs/pendulum`);
    const field = app.page.locator('#param-lengthM');
    await field.waitFor({ timeout: 60_000 });
    const row = field.locator('xpath=..');
    const [down, up] = [row.locator('button.step').first(), row.locator('button.step').last()];
    expect(await up.getAttribute('aria-label')).toMatch(/one step \(0\.01\) more$/);
    await up.tap();
    await up.tap();
    await expect.poll(() => field.inputValue()).toBe('1.02'); // pendulum length: default 1 m, step 0.01 m
    await down.tap();
    await expect.poll(() => field.inputValue()).toBe('1.01');
    await field.fill('10');
    await field.press('Enter');
    await expect.poll(() => up.isDisabled()).toBe(true); // the range's maximum, 10 m
    await down.tap();
    await expect.poll(() => field.inputValue()).toBe('9.99');
    for (const b of [down, up]) {
      const r = (await b.boundingBox())!;
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
    }
  }, 120_000);

  // Pages whose own styles set a smaller size than app.css's touch rule (a component's scoped min-height or
  // min-width wins over it): the catalogue's filters were 37 px high, the gradebook's score buttons and a
  // notebook table's column name and unit fields 33-35 px wide; the header's inbox and account links 23-24 px high.
  it('the labs catalogue, the gradebook and evaluation pages, a student\'s Home and a notebook table: every control at least 44 px, the header\'s too', async () => {
    await app.page.goto(`${app.server.url}/labs`);
    await app.page.locator('main select').first().waitFor({ timeout: 60_000 });
    expect(await smallControls()).toEqual([]);
    expect(await smallHeaderControls()).toEqual([]);

    await logInAs('teacher');
    const classId = await app.page.evaluate(async () => ((await (await fetch('/api/classes')).json()) as { classes: { id: number }[] }).classes[0].id);
    await app.page.goto(`${app.server.url}/evaluation/${classId}`);
    await app.page.locator('main button.cell').first().waitFor({ timeout: 60_000 });
    expect(await smallControls()).toEqual([]);
    expect(await smallHeaderControls()).toEqual([]);
    // and its links: back to the classes, each student's name (16 px high before), the downloads
    expect(await app.page.locator('main tbody th a').count()).toBeGreaterThan(0);
    expect(await smallLinks('main a')).toEqual([]);
    // a student's evaluation page, reached from a name, and the evaluation's list of classes
    await app.page.locator('main tbody th a').first().click();
    await app.page.waitForURL(/\/evaluation\/\d+\/students\/\d+$/);
    await app.page.locator('main h1').waitFor({ timeout: 60_000 });
    expect(await smallControls()).toEqual([]);
    expect(await smallLinks('main a')).toEqual([]);
    await app.page.goto(`${app.server.url}/evaluation`);
    await app.page.locator('main a').first().waitFor({ timeout: 60_000 });
    expect(await smallLinks('main a')).toEqual([]);

    // an assignment, so the student's Home lists it (its title and "Details" are links a finger taps)
    const due = Date.now() + 7 * 86_400_000;
    const made = await app.page.evaluate(
      async ([id, dueAt]) => (await fetch(`/api/classes/${id}/assignments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Pendulum period', instructions: '', experimentId: 'pendulum', dueAt }) })).status,
      [classId, due] as const,
    );
    expect(made).toBe(201);
    // the teacher's links a finger taps: the classes page's portfolios and rubric, the class's assignments and downloads
    await app.page.goto(`${app.server.url}/classes`);
    await app.page.locator('main .links a').first().waitFor({ timeout: 60_000 });
    expect(await smallLinks('main .links a')).toEqual([]);
    await app.page.goto(`${app.server.url}/classes/${classId}/assignments`);
    await app.page.locator('main .downloads a').first().waitFor({ timeout: 60_000 });
    expect(await smallLinks('main .list a, main .downloads a')).toEqual([]);

    await logInAs('student1');
    await app.page.goto(`${app.server.url}/`);
    await app.page.locator('main section.due a.details').waitFor({ timeout: 60_000 });
    expect(await smallLinks('main section.due a')).toEqual([]);

    const projectId = await app.page.evaluate(async () => ((await (await fetch('/api/projects')).json()) as { projects: { id: string }[] }).projects[1].id);
    await app.page.goto(`${app.server.url}/projects/${projectId}`);
    await app.page.locator('main input.col-unit').first().waitFor({ timeout: 60_000 });
    expect(await smallControls()).toEqual([]);
    // its links a finger taps: back to the projects, and an experiment cell's "Open in the lab"
    expect(await smallLinks('main a.back, main .experiment-cell a.open')).toEqual([]);
    expect(await app.page.locator('main .experiment-cell a.open').count()).toBeGreaterThan(0);
    expect(await smallHeaderControls()).toEqual([]);
  }, 180_000);
});
