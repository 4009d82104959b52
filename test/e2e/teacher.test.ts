/**
 * Issue #14, items 5 and 6, in real Chromium against the real server: the log-in page gives visitors no
 * operator commands (it told everyone to run `npm run seed -- --reset`); a teacher reaches every student's
 * portfolio from Classes (student names and team members link to it) and from /portfolio (which answered
 * "no such student" for teachers); a teacher edits the school's review rubric in the browser (the API
 * allowed it, no page did), mistakes are named next to their field, and the mentor then scores with it.
 * Screenshots: teacher-*.png.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import authEn from '../../src/i18n/en/auth.json';
import authZh from '../../src/i18n/zh-CN/auth.json';
import people from '../../src/i18n/en/people.json';
import review from '../../src/i18n/en/review.json';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-teacher-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });

const pageAs = (username: string | null, locale: 'en' | 'zh-CN' = 'en') => signedInPage(app.browser, app.server, username, { password: PASSWORD, locale });


describe('the teacher’s view', () => {
  for (const [locale, auth] of [['en', authEn], ['zh-CN', authZh]] as const) {
    it(`the log-in page names the demo accounts but no operator command (${locale})`, async () => {
      const { page } = await pageAs(null, locale);
      await page.goto(`${app.server.url}/login`);
      await page.getByRole('heading', { name: auth['auth.login.title'], exact: true }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('student1');
      expect(text).not.toMatch(/npm|seed|--reset|`/);
      await page.context().close();
    });
  }

  it('a teacher opens a student’s portfolio from the class list and from the team', async () => {
    const { page, errors } = await pageAs('teacher');
    await page.goto(`${app.server.url}/classes`);
    await page.getByRole('link', { name: '张明 (Zhang Ming)' }).first().click();
    await page.waitForURL(/\/portfolio\/\d+$/);
    await page.getByRole('heading', { name: review['review.portfolio.title'].replace('{name}', '张明 (Zhang Ming)') }).waitFor();
    await page.goto(`${app.server.url}/classes`);
    const team = page.getByRole('navigation', { name: people['people.team.portfolios'].replace('{team}', '小组 B · Team B') });
    await team.getByRole('link', { name: '周婷 (Zhou Ting)' }).click();
    await page.getByRole('heading', { name: review['review.portfolio.title'].replace('{name}', '周婷 (Zhou Ting)') }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('/portfolio lists a teacher’s students by team instead of an error', async () => {
    const { page, errors } = await pageAs('teacher');
    await page.goto(`${app.server.url}/portfolio`);
    await page.getByRole('heading', { name: review['review.portfolio.listTitle'] }).waitFor();
    // the heading comes first, the classes a moment later (a loading line meanwhile)
    await page.locator('main a[href^="/portfolio/"]').first().waitFor();
    expect(await page.locator('main a[href^="/portfolio/"]').count()).toBe(6);
    await page.getByRole('link', { name: '刘洋 (Liu Yang)' }).click();
    await page.getByRole('heading', { name: review['review.portfolio.title'].replace('{name}', '刘洋 (Liu Yang)') }).waitFor();
    await page.screenshot({ path: join(shots, 'teacher-portfolio.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a teacher edits the rubric in the browser; the mentor scores with it', async () => {
    const { page, errors } = await pageAs('teacher');
    await page.goto(`${app.server.url}/classes`);
    await page.getByRole('link', { name: people['people.rubric.link'] }).click();
    await page.getByRole('heading', { name: people['people.rubric.title'] }).waitFor();
    const nameEn = page.getByLabel(`${people['people.rubric.name']} (English)`).first();
    await expect.poll(() => nameEn.inputValue()).toBe('Research question');
    // a mistake is named next to its field, and nothing is saved
    await nameEn.fill('');
    await page.getByRole('button', { name: people['people.rubric.save'] }).click();
    await page.getByText(people['people.rubric.error.empty']).waitFor();
    expect(await nameEn.getAttribute('aria-invalid')).toBe('true');
    // the question weighs double, and a criterion for safety is added with three levels
    await nameEn.fill('Research question and hypothesis');
    await page.getByLabel(people['people.rubric.weight']).first().fill('30');
    await page.getByRole('button', { name: people['people.rubric.addCriterion'] }).click();
    const last = page.locator('fieldset.criterion').last();
    await last.getByLabel(`${people['people.rubric.name']} (中文)`).fill('实验安全');
    await last.getByLabel(`${people['people.rubric.name']} (English)`).fill('Lab safety');
    await last.getByRole('button', { name: people['people.rubric.removeLevel'].replace('{n}', '4') }).click();
    const levels = last.locator('textarea');
    for (let i = 0; i < 3; i++) {
      await levels.nth(2 * i).fill(['不注意安全', '基本注意安全', '始终注意安全'][i]);
      await levels.nth(2 * i + 1).fill(['Ignores safety', 'Mostly safe', 'Always safe'][i]);
    }
    await page.getByRole('button', { name: people['people.rubric.save'] }).click();
    await page.getByText(people['people.rubric.saved']).waitFor();
    await page.screenshot({ path: join(shots, 'teacher-rubric.png'), fullPage: true });

    const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
    const me = await apiAs<{ user: { schoolId: number } }>(app.server, teacher, '/api/auth/me');
    const stored = await apiAs<{ rubric: { criteria: { id: string; name: { en: string }; weight: number; levels: unknown[] }[] }; custom: boolean }>(app.server, teacher, `/api/schools/${me.body.user.schoolId}/rubric`);
    expect(stored.body.custom).toBe(true);
    expect(stored.body.rubric.criteria[0]).toMatchObject({ id: 'research_question', weight: 30, name: { en: 'Research question and hypothesis' } });
    expect(stored.body.rubric.criteria.at(-1)).toMatchObject({ name: { en: 'Lab safety' }, levels: [{}, {}, {}] });
    expect(errors).toEqual([]);
    await page.context().close();

    // the mentor's rubric for a new submission is the school's new one
    const student = await loginCookie(app.server, 'student1', PASSWORD);
    const projects = await apiAs<{ projects: { id: string }[] }>(app.server, student, '/api/projects');
    const sub = await apiAs<{ submission: { id: string } }>(app.server, student, `/api/projects/${projects.body.projects[0].id}/submissions`, { method: 'POST', body: {} });
    const mentor = await pageAs('mentor');
    await mentor.page.goto(`${app.server.url}/reviews/${sub.body.submission.id}`);
    await mentor.page.getByRole('group', { name: /Lab safety/ }).waitFor();
    expect(await mentor.page.getByRole('group', { name: /Research question and hypothesis/ }).textContent()).toContain(review['review.rubric.weight'].replace('{w}', '30'));
    await mentor.page.context().close();
  });
});
