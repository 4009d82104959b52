/**
 * Issue #14, item 7, in real Chromium against the real server: the demo school's projects are Chinese;
 * a student working in English opens one nobody has written in yet and is offered its template in
 * English; taking it rewrites the notebook (title, question, every cell) for the whole team at once.
 * In Chinese nothing is offered. Screenshot: template-language.png.
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../projects/schema';
import { SAMPLE_PROJECTS } from '../../projects/templates/samples';
import notebookEn from '../../src/i18n/en/notebook.json';
import notebookZh from '../../src/i18n/zh-CN/notebook.json';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie, teammate } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-template-lang-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let cookie = '';
let projectId = '';

const pageAs = (username: string, locale: 'en' | 'zh-CN') => signedInPage(app.browser, app.server, username, { password: PASSWORD, locale });

beforeAll(async () => {
  cookie = await loginCookie(app.server, 'student1', PASSWORD);
  const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(app.server, cookie, '/api/projects');
  projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
});

describe('the demo school in English', () => {
  it('in Chinese, the Chinese demo project offers nothing', async () => {
    const { page, errors } = await pageAs('student2', 'zh-CN');
    await page.goto(`${app.server.url}/projects/${projectId}`);
    await page.locator('[data-testid=notebook] .text-cell').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(await page.getByRole('button', { name: notebookZh['notebook.templateLanguage.switch'] }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in English, an untouched demo project can be taken in English, for the whole team', async () => {
    const { page, errors } = await pageAs('student1', 'en');
    await page.goto(`${app.server.url}/projects/${projectId}`);
    const offer = page.getByRole('region', { name: notebookEn['notebook.templateLanguage.label'] });
    await offer.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(shots, 'template-language.png') });
    await offer.getByRole('button', { name: notebookEn['notebook.templateLanguage.switch'] }).click();
    // the notebook rewrites itself from the server: English cells, title and question
    await expect.poll(() => page.locator('[data-testid=notebook] .text-cell').first().textContent(), { timeout: 20_000 }).toContain('Research question');
    await expect.poll(() => page.getByLabel(notebookEn['notebook.meta.title']).inputValue()).toBe(SAMPLE_PROJECTS[0].title.en);
    await expect.poll(() => offer.count()).toBe(0);
    const mate = await teammate(app.server, cookie, projectId);
    expect(readMeta(mate.doc)).toMatchObject({ locale: 'en', title: SAMPLE_PROJECTS[0].title.en });
    mate.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
