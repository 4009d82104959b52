/**
 * Issue #14, item 13, in real Chromium against the real server: a program written in the coding lab is
 * saved to the team's project (it was kept only in the browser or as a file). It becomes a named
 * program cell of the notebook, the coding lab goes on editing that cell with the team, the notebook
 * shows it by name with its block count, and a teammate's copy of the document has every block.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProgramSummary } from '../../projects/cells/program-cell';
import { listCells } from '../../projects/schema';
import coding from '../../src/i18n/en/coding.json';
import notebook from '../../src/i18n/en/notebook.json';
import { apiAs, loginCookie, teammate } from '../support/teammate';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-coding-project-pass-42';
const MAIN = '.blocklySvg .blocklyBlockCanvas';
const app = useServerAndBrowser({ password: PASSWORD });
let page: Page;
let cookie = '';
let projectId = '';

beforeAll(async () => {
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  cookie = await loginCookie(app.server, 'student1', PASSWORD);
  await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=').slice(1).join('='), url: app.server.url }]);
  await context.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
  page = await context.newPage();
  const projects = await apiAs<{ projects: { id: string; templateId: string }[] }>(app.server, cookie, '/api/projects');
  projectId = projects.body.projects.find((p) => p.templateId === 'pendulum')!.id;
});

const blockIds = () => page.locator(`${MAIN} g.blocklyDraggable[data-id]`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));

describe('coding lab to the team project', () => {
  it('saves the program as a named cell of the notebook and goes on editing it there', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.server.url}/coding`);
    await page.getByTestId('coding-examples').selectOption({ label: coding['coding.example.timesTable'] });
    await expect.poll(async () => (await blockIds()).length).toBeGreaterThan(3);
    const blocks = (await blockIds()).length;

    await page.getByRole('button', { name: coding['coding.toProject.button'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(coding['coding.toProject.project']).selectOption(projectId);
    await dialog.getByLabel(coding['coding.toProject.name']).fill('Times table');
    await dialog.getByRole('button', { name: coding['coding.toProject.save'] }).click();

    // now editing the notebook's cell
    await page.waitForURL((u) => u.pathname === '/coding' && u.searchParams.get('project') === projectId && !!u.searchParams.get('cell'), { timeout: 20_000 });
    const cellId = new URL(page.url()).searchParams.get('cell')!;
    await page.getByTestId('coding-notebook').waitFor({ timeout: 20_000 });
    expect(await page.getByLabel(coding['coding.notebook.name']).inputValue()).toBe('Times table');
    await expect.poll(async () => (await blockIds()).length, { timeout: 15_000 }).toBe(blocks);
    await page.screenshot({ path: join(shots, 'coding-project-bound.png') });

    // a teammate's copy of the notebook has the cell with every block
    const mate = await teammate(app.server, cookie, projectId);
    const cell = listCells(mate.doc).find((c) => c.id === cellId);
    expect(cell?.kind).toBe('program');
    expect(readProgramSummary(mate.doc, cellId)).toEqual({ name: 'Times table', blocks });
    mate.close();

    // the notebook shows it by name, with its block count and the way back to the coding lab
    await page.getByRole('link', { name: coding['coding.notebook.back'] }).click();
    const programCell = page.locator(`section[data-cell-id="${cellId}"]`);
    await programCell.waitFor({ timeout: 20_000 });
    await expect.poll(() => programCell.textContent()).toContain('Times table');
    expect(await programCell.textContent()).toContain(notebook['notebook.program.blocks'].replace('{n}', String(blocks)));
    expect(errors).toEqual([]);
  });
});
