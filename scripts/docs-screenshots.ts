/**
 * The screenshots of the README's first-lesson guide (docs/screenshots/*.png), taken in headless
 * Chromium against a fresh server with the demo school in English: the teacher's class, a student
 * joining, the pendulum lab sending its data, the notebook's chart, the mentor's review and the
 * feedback beside the notebook's cells. Run: `npx vite build && npx tsx scripts/docs-screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listCells } from '../projects/schema';
import { startAppServer, type RunningServer } from '../test/support/app-server';
import { launchBrowser } from '../test/support/browser';
import { apiAs, loginCookie, teammate } from '../test/support/teammate';

const out = resolve(import.meta.dirname, '../docs/screenshots');
const PASSWORD = 'docs-screenshots-42';
const VIEWPORT = { width: 1024, height: 640 };

async function pageAs(browser: Browser, server: RunningServer, username: string | null): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (username) {
    const cookie = await loginCookie(server, username, PASSWORD);
    await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=').slice(1).join('='), url: server.url }]);
  }
  await context.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
  return context.newPage();
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(out, name) });

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startAppServer({ env: { DEMO_PASSWORD: PASSWORD, DEMO_LOCALE: 'en' } });
  const browser = await launchBrowser();
  try {
    // 1. The teacher's class: invite code, students, teams and their mentor
    const teacher = await pageAs(browser, server, 'teacher');
    await teacher.goto(`${server.url}/classes`);
    await teacher.locator('section.class').first().waitFor();
    await shot(teacher, '1-classes.png');
    const code = (await teacher.locator('section.class code, section.class .code').first().textContent())?.replace(/\W/g, '') ?? '';

    // 2. A student joins with the invite code
    const newcomer = await pageAs(browser, server, null);
    await newcomer.goto(`${server.url}/join?code=${code}`);
    await newcomer.getByRole('heading', { level: 1 }).waitFor();
    await shot(newcomer, '2-join.png');

    // 3. The pendulum lab, opened from the notebook's experiment cell: four runs, sent to the notebook
    const studentCookie = await loginCookie(server, 'student1', PASSWORD);
    const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(server, studentCookie, '/api/projects');
    const projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
    const student = await pageAs(browser, server, 'student1');
    await student.goto(`${server.url}/projects/${projectId}`);
    const toLab = student.locator('a[href*="/labs/pendulum?project="]').first();
    await toLab.waitFor({ timeout: 20_000 });
    await student.goto(server.url + (await toLab.getAttribute('href')));
    await student.locator('#param-angleDeg').waitFor({ timeout: 20_000 });
    await student.locator('#param-angleDeg').fill('5');
    await student.locator('#param-angleDeg').press('Enter');
    for (const lengthM of [0.5, 1, 1.5, 2]) {
      await student.locator('#param-lengthM').fill(String(lengthM));
      await student.locator('#param-lengthM').press('Enter');
      await student.getByRole('combobox', { name: 'Speed', exact: true }).selectOption('2');
      await student.getByRole('button', { name: 'Play' }).click();
      await student.waitForFunction(() => /Period measured/.test(document.querySelector('.events')?.textContent ?? ''), null, { timeout: 20_000 });
      await student.getByRole('button', { name: 'Record this run' }).click();
    }
    await student.getByRole('button', { name: 'Send to notebook' }).click();
    await student.getByRole('dialog').locator('.place').first().waitFor({ timeout: 15_000 });
    await shot(student, '3-lab-send.png');
    await student.getByRole('dialog').getByRole('button', { name: 'Send', exact: true }).click();
    await student.getByRole('dialog').getByRole('link', { name: 'Open the notebook' }).click();

    // 4. The notebook opens at the filled table; the template's chart fits T² against L
    await student.locator('[data-kind="chart"] [data-testid="fit-result"]').first().waitFor({ timeout: 20_000 });
    await student.setViewportSize({ width: 1024, height: 900 }); // the table and its chart together
    await student.locator('section[data-arrived]').first().evaluate((el) => el.scrollIntoView({ block: 'start' })).catch(() => undefined);
    await student.evaluate(() => scrollBy(0, -16));
    await student.waitForTimeout(300);
    await shot(student, '4-notebook-chart.png');
    await student.setViewportSize(VIEWPORT);

    // 5. The team submits; the mentor comments on a passage, scores and asks for revisions
    const sub = await apiAs<{ submission: { id: string } }>(server, studentCookie, `/api/projects/${projectId}/submissions`, { method: 'POST', body: { note: 'Our first version.' } });
    const mate = await teammate(server, studentCookie, projectId);
    const firstCell = listCells(mate.doc)[0].id;
    mate.close();
    const mentorCookie = await loginCookie(server, 'mentor', PASSWORD);
    // "Research question\nHow does the period T of a simple pendulum depend on its length L and on the mass m of the bob?": "on the mass m of the bob"
    const text = 'Research question\nHow does the period T of a simple pendulum depend on its length L and on the mass m of the bob?';
    const start = text.indexOf('on the mass m');
    await apiAs(server, mentorCookie, `/api/submissions/${sub.body.submission.id}/comments`, { method: 'POST', body: { cellId: firstCell, range: { start, end: start + 'on the mass m of the bob'.length }, body: 'Which masses did you try? Give the range.' } });
    const mentor = await pageAs(browser, server, 'mentor');
    await mentor.goto(`${server.url}/reviews/${sub.body.submission.id}`);
    await mentor.locator('.cell-body[data-kind="text"] math').first().waitFor({ timeout: 15_000 });
    await mentor.locator('.pointer').first().hover();
    await mentor.evaluate(() => scrollBy(0, 260));
    await mentor.waitForTimeout(300);
    await shot(mentor, '5-mentor-review.png');
    await apiAs(server, mentorCookie, `/api/submissions/${sub.body.submission.id}/decision`, { method: 'POST', body: { decision: 'revise', summary: 'A good start: add the masses you tried, and write the conclusion.' } });

    // 6. The students find the feedback on Home and beside the notebook's cells
    await student.goto(`${server.url}/`);
    await student.locator('.feedback-notice').waitFor({ timeout: 15_000 });
    await shot(student, '6-feedback-home.png');
    await student.goto(`${server.url}/projects/${projectId}`);
    await student.locator('.cell-comments .thread').first().waitFor({ timeout: 20_000 });
    await student.locator('.cell-comments .thread').first().hover();
    await student.waitForTimeout(300);
    await shot(student, '7-feedback-notebook.png');
    console.log(`screenshots in ${out}`);
  } finally {
    await browser.close();
    await server.dispose();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
