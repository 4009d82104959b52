/**
 * Tables in real Chromium against the real server:
 *  - a table stored the old way (one Y.Map per row, as documents written before the compact layout
 *    hold them) still opens; values edited and rows added in the browser stay in that layout, so a
 *    teammate's older app reads them;
 *  - a table in the compact layout edited by two teammates at once: different cells of one row both
 *    keep their value.
 * The teammate is a Node y-websocket client.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTableCell, readTable, setTableValue } from '../../projects/cells/table';
import { createProjectDoc } from '../../projects/schema';
import { addLegacyTable, LEGACY_COLUMN_IDS } from '../support/legacy-table';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-tables-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let context: BrowserContext;
let page: Page;
const providers: WebsocketProvider[] = [];

async function login(username: string): Promise<string> {
  const origin = app.server.url;
  const r = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ username, password: PASSWORD }) });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  expect(r.ok && cookie).toBeTruthy();
  return cookie;
}

async function newProject(cookie: string, title: string): Promise<string> {
  const origin = app.server.url;
  const classes = (await (await fetch(`${origin}/api/classes`, { headers: { cookie } })).json()) as { classes: { teams: { id: number }[] }[] };
  const created = await fetch(`${origin}/api/projects`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin },
    body: JSON.stringify({ teamId: classes.classes[0].teams[0].id, title, templateId: 'blank', locale: 'en' }),
  });
  return ((await created.json()) as { project: { id: string } }).project.id;
}

/** A teammate's replica of the project, synced with the server. */
async function teammate(cookie: string, projectId: string): Promise<Y.Doc> {
  const doc = createProjectDoc();
  const headers = { cookie, origin: app.server.url };
  class AuthedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const p = new WebsocketProvider(`ws://127.0.0.1:${app.server.port}/sync`, projectId, doc, { WebSocketPolyfill: AuthedSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
  providers.push(p);
  await new Promise<void>((res) => p.once('sync', () => res()));
  return doc;
}

const rowInput = (row: number, column: string) => page.getByLabel(`Row ${row}, ${column}`, { exact: true });

beforeAll(async () => {
  context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
  const cookie = await login('student1');
  await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=').slice(1).join('='), url: app.server.url }]);
  page = await context.newPage();
});
afterAll(async () => {
  for (const p of providers) p.destroy();
});

describe('notebook tables', () => {
  it('opens a table stored one Y.Map per row and keeps writing that layout', async () => {
    const projectId = await newProject(await login('student1'), 'Old table');
    const mate = await teammate(await login('student2'), projectId);
    mate.transact(() => mate.getArray('cells').delete(0, mate.getArray('cells').length));
    addLegacyTable(mate, {
      cellId: 'kOldTable',
      name: 'Pendulum (2025)',
      rows: [
        [0.5, 1.42],
        [1, 2.01],
      ],
    });
    await page.goto(`${app.server.url}/projects/${projectId}`);
    await expect.poll(() => rowInput(2, 'T').inputValue(), { timeout: 20_000 }).toBe('2.01');
    expect(await rowInput(1, 'L').inputValue()).toBe('0.5');

    await rowInput(2, 'T').fill('2.006');
    await rowInput(2, 'T').press('Enter');
    await page.getByRole('button', { name: 'Add row' }).click();
    await rowInput(3, 'L').fill('2');
    await rowInput(3, 'L').press('Enter');
    const rowsOf = () => ((mate.getArray<Y.Map<unknown>>('cells').get(0).get('rows') as Y.Array<Y.Map<unknown>>).toJSON() as Record<string, unknown>[]).map((r) => [r[LEGACY_COLUMN_IDS[0]] ?? null, r[LEGACY_COLUMN_IDS[1]] ?? null]);
    await expect.poll(rowsOf, { timeout: 10_000 }).toEqual([
      [0.5, 1.42],
      [1, 2.006],
      [2, null],
    ]);
    expect(mate.getArray<Y.Map<unknown>>('cells').get(0).get('data')).toBeUndefined();
  });

  it('keeps both values when the browser and a teammate change different cells of one row', async () => {
    const projectId = await newProject(await login('student1'), 'New table');
    const mate = await teammate(await login('student2'), projectId);
    const cells = mate.getArray('cells');
    mate.transact(() => cells.delete(0, cells.length));
    const tableId = addTableCell(mate, { name: 'Run 1', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }], rows: [[0.5, 1.42]] });
    await page.goto(`${app.server.url}/projects/${projectId}`);
    await expect.poll(() => rowInput(1, 'T').inputValue(), { timeout: 20_000 }).toBe('1.42');
    const t = readTable(mate, tableId);
    setTableValue(mate, tableId, t.rows[0].id, t.columns[0].id, 0.55);
    await rowInput(1, 'T').fill('1.5');
    await rowInput(1, 'T').press('Enter');
    await expect.poll(() => readTable(mate, tableId).rows[0].values, { timeout: 10_000 }).toEqual([0.55, 1.5]);
    await expect.poll(() => rowInput(1, 'L').inputValue(), { timeout: 10_000 }).toBe('0.55');
  });

  it('a table whose code cannot be fetched says so by its kind, and shows once the code comes (issue #22: each cell kind loads its own code)', async () => {
    const projectId = await newProject(await login('student1'), 'Table offline');
    const mate = await teammate(await login('student2'), projectId);
    mate.transact(() => mate.getArray('cells').delete(0, mate.getArray('cells').length));
    addTableCell(mate, { name: 'Run 2', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }], rows: [[0.8, 1.79]] });
    const blocked = /\/assets\/TableCell-[\w-]+\.js$/;
    await page.route(blocked, (r) => r.abort('internetdisconnected'));
    try {
      await page.goto(`${app.server.url}/projects/${projectId}`);
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Data table' }).innerText(), { timeout: 20_000 }).toBe(
        'The Data table cell could not be loaded (offline before the app was saved for offline use?). Reload when connected.',
      );
      expect(await page.getByLabel('Row 1, T', { exact: true }).count()).toBe(0);
    } finally {
      await page.unroute(blocked);
    }
    await page.reload();
    await expect.poll(() => rowInput(1, 'T').inputValue(), { timeout: 20_000 }).toBe('1.79');
  });
});
