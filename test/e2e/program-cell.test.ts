/**
 * A Blockly program as a notebook cell, edited by two teammates in two browsers: one adds a program cell
 * and opens it in the coding lab, builds a program there; the other opens the same cell and sees every
 * block, adds one of their own, and the first sees it too. The program is kept per block in Yjs.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loginThroughPage } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';
import coding from '../../src/i18n/en/coding.json';
import notebook from '../../src/i18n/en/notebook.json';

const PASSWORD = 'sprout-e2e-pass';
const MAIN = '.blocklySvg .blocklyBlockCanvas';
const app = useServerAndBrowser({ password: PASSWORD });
const contexts: BrowserContext[] = [];

async function loggedIn(username: string): Promise<Page> {
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await loginThroughPage(page, app.server.url, username, PASSWORD, '/projects');
  return page;
}

const blockIds = (page: Page) => page.locator(`${MAIN} g.blocklyDraggable[data-id]`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')).sort());

afterAll(async () => {
  for (const c of contexts) await c.close();
});

describe('program cell', () => {
  it('two teammates edit the same notebook program in the coding lab and see each other’s blocks', async () => {
    const a = await loggedIn('student1');
    const projects = (await a.evaluate(() => fetch('/api/projects').then((r) => r.json()))) as { projects: { id: string; access: string }[] };
    const projectId = projects.projects.find((p) => p.access === 'write')!.id;
    await a.goto(`${app.server.url}/projects/${projectId}`);
    await a.getByRole('button', { name: notebook['notebook.add.here'].replace('{n}', '1'), exact: true }).first().click();
    await a.getByRole('group', { name: notebook['notebook.add.menu'] }).getByRole('button', { name: notebook['notebook.kind.program'] }).click();
    const open = a.getByRole('link', { name: notebook['notebook.program.open'] }).first();
    await open.waitFor();
    const href = (await open.getAttribute('href'))!;
    expect(href).toMatch(/^\/coding\?project=.+&cell=.+/);

    await a.goto(app.server.url + href);
    await a.getByTestId('coding-notebook').waitFor({ timeout: 20_000 });
    await a.getByTestId('coding-examples').selectOption({ label: coding['coding.example.timesTable'] });
    await expect.poll(async () => (await blockIds(a)).length).toBeGreaterThan(3);
    const built = await blockIds(a);

    const b = await loggedIn('student2');
    await b.goto(app.server.url + href);
    await b.getByTestId('coding-notebook').waitFor({ timeout: 20_000 });
    await expect.poll(() => blockIds(b), { timeout: 10_000 }).toEqual(built);

    // B adds a block from the toolbox (Text → print); A sees it appear.
    await b.getByRole('treeitem', { name: /^Text/ }).first().click();
    const print = b.locator('.blocklyFlyout .blocklyBlockCanvas > g.blocklyDraggable').first();
    await print.waitFor();
    const box = (await print.boundingBox())!;
    await b.mouse.move(box.x + 10, box.y + 10);
    await b.mouse.down();
    await b.mouse.move(box.x + 420, box.y + 300, { steps: 8 });
    await b.mouse.up();
    await expect.poll(async () => (await blockIds(b)).length).toBe(built.length + 1);
    const withB = await blockIds(b);
    await expect.poll(() => blockIds(a), { timeout: 10_000 }).toEqual(withB);

    // And it is stored: a fresh load of the cell shows the same program.
    await a.reload();
    await a.getByTestId('coding-notebook').waitFor({ timeout: 20_000 });
    await expect.poll(() => blockIds(a), { timeout: 10_000 }).toEqual(withB);
  });
});
