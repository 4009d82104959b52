/**
 * The notebook in real Chromium against the real server: two teammates (two browser contexts, two
 * logins) type in the same paragraph and see each other's text and carets; one goes offline, keeps
 * editing, reloads (offline), comes back online, and both copies converge.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from '../support/server-and-browser';
import { loginCookie, teammate } from '../support/teammate';
import { addTextCell, readRichText, type RichNode } from '../../projects/cells/text';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-notebook-pass-42';
const app = useServerAndBrowser({ password: PASSWORD });
let ctxA: BrowserContext;
let ctxB: BrowserContext;
let a: Page;
let b: Page;
let projectUrl = '';

async function login(page: Page, username: string): Promise<string> {
  await page.goto(app.server.url + '/');
  const res = await page.evaluate(
    async ({ username, password }) => {
      const r = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      return { status: r.status, body: await r.json() };
    },
    { username, password: PASSWORD },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.user.displayName as string;
}

const paragraph = (p: Page) => p.locator('.text-cell .ProseMirror').first();
/** An editor's text without teammates' caret labels (they are widgets inside the editor DOM). */
const editorText = (editor: Locator) =>
  editor.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.caret').forEach((c) => c.remove());
    return copy.textContent ?? '';
  });
const textOf = (p: Page) => editorText(paragraph(p));
/** The text of one cell's editor, by cell id. */
const cellTextOf = (p: Page, cellId: string) => editorText(p.locator(`section[data-cell-id="${cellId}"] .ProseMirror`));

beforeAll(async () => {
  ctxA = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
  ctxB = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 }, serviceWorkers: 'allow' }); // goes offline
  a = await ctxA.newPage();
  b = await ctxB.newPage();
});

describe('team notebook', () => {
  let nameA = '';
  let nameB = '';

  it('a student creates a project from a template and a teammate opens it', async () => {
    nameA = await login(a, 'student1');
    nameB = await login(b, 'student2');
    await a.goto(app.server.url + '/projects');
    await a.getByRole('radio', { name: /blank|research project/i }).first().check();
    await a.getByLabel('Title').fill('Team notebook e2e');
    await a.getByRole('button', { name: 'Create project' }).click();
    await a.waitForURL(/\/projects\/[A-Za-z0-9_-]{8,}$/);
    projectUrl = a.url();
    await a.locator('[data-testid=notebook]').waitFor();
    // a text cell to type in (templates give several; an empty project gets one here)
    if ((await a.locator('.text-cell .ProseMirror').count()) === 0) {
      await a.getByRole('button', { name: 'Add a cell at position 1', exact: true }).click();
      await a.getByRole('group', { name: 'Cell type' }).getByRole('button', { name: 'Text', exact: true }).click();
    }
    await paragraph(a).waitFor();
    await b.goto(projectUrl);
    await paragraph(b).waitFor();
    await expect.poll(() => a.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('online');
    await expect.poll(() => b.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('online');
    // the presence bar shows both teammates on both pages
    await expect.poll(() => a.getByRole('list', { name: 'Who is here' }).innerText()).toContain(nameB);
    await expect.poll(() => b.getByRole('list', { name: 'Who is here' }).innerText()).toContain(nameA);
  });

  it('two teammates type in the same paragraph and see each other’s text and carets', async () => {
    await paragraph(a).click();
    await a.keyboard.press('Control+Home');
    await a.keyboard.type('Alpha writes here. ');
    await expect.poll(() => textOf(b), { timeout: 10_000 }).toContain('Alpha writes here.');
    await paragraph(b).click();
    await b.keyboard.press('Control+Home');
    await b.keyboard.press('End');
    await b.keyboard.type('Beta adds this.');
    await expect.poll(() => textOf(a), { timeout: 10_000 }).toContain('Beta adds this.');
    // carets with names: A sees B's, B sees A's
    await expect.poll(() => a.locator('.text-cell .caret-label').allInnerTexts(), { timeout: 10_000 }).toContain(nameB);
    await a.keyboard.type('!');
    await expect.poll(() => b.locator('.text-cell .caret-label').allInnerTexts(), { timeout: 10_000 }).toContain(nameA);
    await a.screenshot({ path: join(shots, 'notebook-two-teammates.png') });
    await expect.poll(async () => (await textOf(a)) === (await textOf(b))).toBe(true);
  });

  it('one teammate goes offline, edits, reloads offline, comes back online, and both converge', async () => {
    // the service worker holds the app shell and this page's chunks
    await expect.poll(() => b.evaluate(() => document.documentElement.dataset.offlineReady), { timeout: 20_000 }).toBe('true');
    await ctxB.setOffline(true);
    await expect.poll(() => b.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('offline');
    await paragraph(b).click();
    await b.keyboard.press('Control+End');
    await b.keyboard.type(' Offline line.');
    const pendingOf = async (p: Page) => Number(await p.locator('[data-status]').getAttribute('data-pending'));
    await expect.poll(() => pendingOf(b)).toBeGreaterThan(0);
    // one change per typed character or so: the count settles once the typing is stored (issue #22, item 5)
    let unsent = await pendingOf(b);
    await expect.poll(async () => { const n = await pendingOf(b); const same = n === unsent; unsent = n; return same; }, { interval: 500 }).toBe(true);
    // meanwhile A keeps writing online
    await paragraph(a).click();
    await a.keyboard.press('Control+Home');
    await a.keyboard.type('Online first. ');
    // B reloads while offline: the app shell comes from the service worker, the document from IndexedDB
    await b.reload();
    await paragraph(b).waitFor({ timeout: 20_000 });
    await expect.poll(() => textOf(b)).toContain('Offline line.');
    expect(await textOf(b)).not.toContain('Online first.');
    // the badge still says how many changes wait to be sent (the count is kept in the local copy, IndexedDB)
    expect(await b.locator('[data-status]').getAttribute('data-status')).toBe('offline');
    await expect.poll(() => pendingOf(b)).toBe(unsent);
    expect(await b.locator('[data-status]').innerText()).toContain(`${unsent} changes waiting to be sent`);
    await b.screenshot({ path: join(shots, 'notebook-offline.png') });
    await ctxB.setOffline(false);
    await expect.poll(() => b.locator('[data-status]').getAttribute('data-status'), { timeout: 20_000 }).toBe('online');
    // sent: nothing waits any more, on the badge and in the copy a later offline reload would read
    expect(await pendingOf(b)).toBe(0);
    expect(await b.locator('[data-status]').innerText()).not.toContain('waiting to be sent');
    await expect.poll(() => textOf(a), { timeout: 15_000 }).toContain('Offline line.');
    await expect.poll(() => textOf(b), { timeout: 15_000 }).toContain('Online first.');
    await expect.poll(async () => (await textOf(a)) === (await textOf(b))).toBe(true);
  });

  it('imports a CSV of pendulum periods into a table and charts T² against L with a linear fit', async () => {
    // T = 2π√(L/g) with g = 9.81 m/s² (small-angle pendulum, OpenStax College Physics 2e §16.4), so the
    // T²–L line has slope 4π²/g = 4.0243 s²/m and intercept 0, R² = 1.
    const g = 9.81;
    const lengths = [0.2, 0.5, 0.8, 1.2, 1.6, 2.0];
    const csv = 'L (m),T (s)\n' + lengths.map((L) => `${L},${(2 * Math.PI * Math.sqrt(L / g)).toFixed(6)}`).join('\n') + '\n';
    await a.bringToFront();
    await a.getByRole('button', { name: 'Add a cell at position 1', exact: true }).click();
    await a.getByRole('group', { name: 'Cell type' }).getByRole('button', { name: 'Data table', exact: true }).click();
    const table = a.locator('section[data-kind=table]').first();
    await table.locator('input[type=file]').setInputFiles({ name: 'pendulum.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(lengths.length);
    expect(await table.getByLabel('Column name').first().inputValue()).toBe('L');
    // a bad file gives an error naming row and column, and leaves the table as it was
    await table.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('L (m),T (s)\n0.2,0.9\n0.5,abc\n') });
    await expect.poll(() => table.getByRole('alert').innerText()).toContain('row 3, column 2 ("T"): "abc" is not a number');
    expect(await table.locator('tbody tr').count()).toBe(lengths.length);

    await a.getByRole('button', { name: 'Add a cell at position 2', exact: true }).click();
    await a.getByRole('group', { name: 'Cell type' }).getByRole('button', { name: 'Chart', exact: true }).click();
    const chart = a.locator('section[data-kind=chart]').first();
    await chart.getByLabel('Transform of the y axis').selectOption('square');
    await chart.getByRole('combobox', { name: /^Fit\b/ }).selectOption('linear');
    const fit = chart.getByTestId('fit-result');
    await expect.poll(() => fit.innerText()).toMatch(/y = 4\.024·x/);
    expect(await fit.innerText()).toMatch(/R² = 1\b/);
    await expect.poll(() => chart.locator('canvas').count()).toBeGreaterThan(0);
    await chart.screenshot({ path: join(shots, 'notebook-chart-fit.png') });
    // the teammate sees the same fit
    const chartB = b.locator('section[data-kind=chart]').first();
    await expect.poll(() => chartB.getByTestId('fit-result').innerText(), { timeout: 10_000 }).toMatch(/y = 4\.024·x/);
  });

  it('moves a cell by keyboard and by dragging while a teammate types in it, and both keep the typing', async () => {
    const order = (p: Page) => p.locator('section.cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
    const id = (await a.locator('section[data-kind=text]').first().getAttribute('data-cell-id'))!;
    const cellText = (p: Page) => cellTextOf(p, id);
    const before = await order(a);
    const from = before.indexOf(id);
    // B types a sentence into the cell while A moves it two places down with Alt+↓ from its handle
    await b.bringToFront();
    await b.locator(`section[data-cell-id="${id}"] .ProseMirror`).click();
    await b.keyboard.press('Control+End');
    const typing = b.keyboard.type(' Typed while it moved.', { delay: 40 });
    await a.locator(`section[data-cell-id="${id}"] .handle`).focus();
    await a.keyboard.press('Alt+ArrowDown');
    await a.keyboard.press('Alt+ArrowDown');
    await typing;
    const moved = [...before];
    moved.splice(from, 1);
    moved.splice(from + 2, 0, id);
    for (const p of [a, b]) {
      await expect.poll(() => order(p), { timeout: 10_000 }).toEqual(moved);
      await expect.poll(() => cellText(p), { timeout: 10_000 }).toContain('Typed while it moved.');
    }
    // the handle keeps keyboard focus on the moved cell
    expect(await a.evaluate(() => document.activeElement?.closest('section.cell')?.getAttribute('data-cell-id'))).toBe(id);
    // drag it by its handle (a real mouse drag) onto the cell above it: it takes that cell's place, for both
    const handle = a.locator(`section[data-cell-id="${id}"] .handle`);
    const above = a.locator('section.cell').nth(from + 1);
    await above.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const h = (await handle.boundingBox())!;
    const t = (await above.boundingBox())!;
    await a.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await a.mouse.down();
    await a.mouse.move(t.x + t.width / 2, t.y + 20, { steps: 10 });
    await a.mouse.up();
    const dragged = [...moved];
    dragged.splice(from + 2, 1);
    dragged.splice(from + 1, 0, id);
    for (const p of [a, b]) await expect.poll(() => order(p), { timeout: 10_000 }).toEqual(dragged);
    expect(await cellText(a)).toBe(await cellText(b));
    expect(await cellText(a)).toContain('Typed while it moved.');
  });

  it('opens the formula dialog at once on a slow link, saying the typesetter is loading until it is in', async () => {
    // no service worker: its requests would not pass the route below (it caches the app's chunks, KaTeX's too)
    const ctx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
    try {
      const page = await ctx.newPage();
      await login(page, 'student3');
      // hold KaTeX's chunk back until the dialog is open
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/katex-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(projectUrl);
      const cell = page.locator('section[data-kind=text]').first();
      await cell.locator('.ProseMirror').click();
      await cell.getByRole('button', { name: 'Inline formula' }).click();
      const dialog = page.getByRole('dialog', { name: 'Inline formula' });
      await dialog.getByText('Loading the formula typesetter…').waitFor();
      await page.keyboard.type('x^2');
      release();
      await expect.poll(() => dialog.locator('.preview math').count(), { timeout: 15_000 }).toBe(1);
      expect(await dialog.getByText('Loading the formula typesetter…').count()).toBe(0);
      await page.keyboard.press('Escape');
    } finally {
      await ctx.close();
    }
  });

  it('writes a formula and a link through their dialogs, with errors that say what is wrong', async () => {
    await a.bringToFront();
    const id = (await a.locator('section[data-kind=text]').first().getAttribute('data-cell-id'))!;
    const cell = a.locator(`section[data-cell-id="${id}"]`);
    const editor = cell.locator('.ProseMirror');
    await editor.click();
    await a.keyboard.press('Control+End');
    await cell.getByRole('button', { name: 'Display formula' }).click();
    const dialog = a.getByRole('dialog', { name: 'Display formula' });
    const latex = dialog.getByLabel('Formula in LaTeX');
    await expect.poll(() => latex.evaluate((el) => el === document.activeElement)).toBe(true);
    // a formula KaTeX cannot parse: the error is shown as it is typed, and Insert does nothing
    await a.keyboard.type('T = 2\\pi\\sqrt{L/g');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/^KaTeX cannot typeset this: Expected '\}'/);
    await dialog.getByRole('button', { name: 'Insert' }).click();
    expect(await dialog.isVisible()).toBe(true);
    await a.keyboard.type('}');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('');
    await expect.poll(() => dialog.locator('.preview math').count()).toBe(1);
    await dialog.screenshot({ path: join(shots, 'notebook-formula-dialog.png') });
    await a.keyboard.press('Control+Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    // typeset by KaTeX, its source kept in the MathML annotation; the teammate sees it too
    const formula = editor.locator('.math-display .katex');
    const sourceOf = (p: Page) => p.locator(`section[data-cell-id="${id}"] .math-display annotation`).allTextContents();
    await expect.poll(() => sourceOf(a)).toEqual(['T = 2\\pi\\sqrt{L/g}']);
    await expect.poll(() => sourceOf(b), { timeout: 10_000 }).toEqual(['T = 2\\pi\\sqrt{L/g}']);
    // click it to edit: the dialog has its source; Esc keeps it, Remove takes it out
    await formula.click();
    const edit = a.getByRole('dialog', { name: 'Display formula' });
    expect(await edit.getByLabel('Formula in LaTeX').inputValue()).toBe('T = 2\\pi\\sqrt{L/g}');
    await a.keyboard.press('Escape');
    await expect.poll(() => edit.count()).toBe(0);
    expect(await formula.count()).toBe(1);
    await formula.click();
    await edit.getByRole('button', { name: 'Remove formula' }).click();
    await expect.poll(() => editor.locator('.math-display').count()).toBe(0);

    // a link: a script address is refused with the allowed schemes named; a bare host name gets https://
    await editor.click();
    await a.keyboard.press('Control+End');
    await cell.getByRole('button', { name: 'Link', exact: true }).click();
    const link = a.getByRole('dialog', { name: 'Link' });
    await link.getByLabel('Link address').fill('javascript:alert(1)');
    await a.keyboard.press('Enter');
    await expect.poll(() => link.getByRole('alert').innerText()).toBe('“javascript:alert(1)” cannot be a link here: links must start with one of https:// http:// mailto:');
    await link.getByLabel('Link address').fill('phet.colorado.edu');
    await a.keyboard.press('Enter');
    await expect.poll(() => link.count()).toBe(0);
    await expect.poll(() => editor.locator('a[href="https://phet.colorado.edu/"]').innerText()).toBe('phet.colorado.edu');
    await expect.poll(() => b.locator(`section[data-cell-id="${id}"] a[href="https://phet.colorado.edu/"]`).count(), { timeout: 10_000 }).toBe(1);
  });

  it('an address typed and followed by a space becomes a link for both; one that arrives from a teammate stays as written', async () => {
    await a.bringToFront();
    const id = (await a.locator('section[data-kind=text]').first().getAttribute('data-cell-id'))!;
    const editor = a.locator(`section[data-cell-id="${id}"] .ProseMirror`);
    await editor.click();
    await a.keyboard.press('Control+End');
    await a.keyboard.type(' see www.example.org ');
    await expect.poll(() => editor.locator('a[href="http://www.example.org"]').innerText()).toBe('www.example.org');
    await expect.poll(() => b.locator(`section[data-cell-id="${id}"] a[href="http://www.example.org"]`).count(), { timeout: 10_000 }).toBe(1);

    // a third replica (Node) writes an address without a link, first paragraph of two; the notebook is opened again
    const projectId = new URL(projectUrl).pathname.split('/').pop()!;
    const mate = await teammate(app.server, await loginCookie(app.server, 'student3', PASSWORD), projectId);
    try {
      const plain = addTextCell(mate.doc, [{ paragraph: 'Source: https://plain.example.org' }, { paragraph: 'read before the lab' }]);
      await mate.flushed();
      // the HTML asks for who is asking and the project's summary itself (route-preloads.ts); the app takes those answers
      const asked: string[] = [];
      const note = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
      a.on('request', note);
      await a.reload();
      await expect.poll(() => a.locator(`section[data-cell-id="${plain}"]`).count(), { timeout: 15_000 }).toBe(1);
      a.off('request', note);
      expect(asked.filter((u) => u === '/api/auth/me' || u === `/api/projects/${projectId}`).sort()).toEqual(['/api/auth/me', `/api/projects/${projectId}`]);
      // and the page's words in the reader's language: those it shows, asked for once each
      const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
      const words = new Map(Object.entries(manifest).filter(([k]) => k.startsWith('src/i18n/')).map(([k, c]) => ['/' + c.file, k.slice('src/i18n/'.length)]));
      const preloaded = await a.locator('link[rel=modulepreload]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      const wordsAsked = asked.filter((u) => words.has(u)).map((u) => words.get(u));
      expect(wordsAsked.sort()).toEqual(['en/app.json', 'en/auth.json', 'en/notebook.json', 'en/review.json']);
      expect(preloaded.filter((u) => words.has(u)).map((u) => words.get(u)).sort()).toEqual(wordsAsked);
      // its editor is built when it comes near the screen
      await a.locator(`section[data-cell-id="${plain}"]`).scrollIntoViewIfNeeded();
      const cell = a.locator(`section[data-cell-id="${plain}"] .ProseMirror`);
      await expect.poll(() => cell.count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => cell.innerText()).toContain('Source: https://plain.example.org');
      await a.waitForTimeout(500); // anything the opening would write has had time to reach the teammate
      expect(await cell.locator('a').count()).toBe(0);
      const hrefs = (nodes: RichNode[]): string[] => nodes.flatMap((n) => ('marks' in n ? (n.marks.href ? [n.marks.href] : []) : hrefs(n.children)));
      expect(hrefs(readRichText(mate.doc, plain))).toEqual([]);
    } finally {
      mate.close();
    }
  });

  it('adds an uploaded image with a caption both teammates see; a wrong type or a too-big file is refused by name', async () => {
    await a.bringToFront();
    // a real 1×1 PNG, stored by the server and served back to both browsers
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
    const before = await a.locator('section[data-kind=image]').count();
    await a.getByRole('button', { name: 'Add a cell at position 1', exact: true }).click();
    const menu = a.getByRole('group', { name: 'Cell type' });
    await menu.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect.poll(() => a.getByRole('alert').filter({ hasText: 'image type must be one of' }).first().innerText()).toContain('image/png, image/jpeg, image/gif, image/webp; got "text/plain"');
    await menu.locator('input[type=file]').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5 * 1048576 + 1, 1) });
    await expect.poll(() => a.getByRole('alert').filter({ hasText: 'at most 5 MB' }).count()).toBe(1);
    expect(await a.locator('section[data-kind=image]').count()).toBe(before);
    await menu.locator('input[type=file]').setInputFiles({ name: 'pendulum-setup.png', mimeType: 'image/png', buffer: png });
    const image = a.locator('section[data-kind=image]').first();
    await expect.poll(() => image.locator('img').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);
    expect(await image.locator('img').getAttribute('alt')).toBe('pendulum-setup.png');
    await image.getByLabel('Caption').fill('Our pendulum stand');
    await image.getByLabel('Caption').press('Enter');
    await image.getByLabel('Caption').blur();
    const imageB = b.locator('section[data-kind=image]').first();
    await expect.poll(() => imageB.getByLabel('Caption').inputValue(), { timeout: 10_000 }).toBe('Our pendulum stand');
    await expect.poll(() => imageB.locator('img').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 10_000 }).toBe(1);
  });

  it('saves a named version, shows it read-only, restores it for both; counts contributions; exports Markdown + CSV and HTML', async () => {
    await a.bringToFront();
    const id = (await a.locator('section[data-kind=text]').first().getAttribute('data-cell-id'))!;
    const cellText = (p: Page) => cellTextOf(p, id);
    const before = await cellText(a);
    expect(before).toContain('phet.colorado.edu'); // the link written through the dialog above
    await a.getByRole('button', { name: 'History', exact: true }).click();
    await a.getByLabel('Version name').fill('Before the change');
    await a.getByRole('button', { name: 'Save version' }).click();
    const saved = a.locator('section.panel li').filter({ hasText: 'Before the change' });
    await saved.waitFor();

    await a.locator(`section[data-cell-id="${id}"] .ProseMirror`).click();
    await a.keyboard.press('Control+End');
    await a.keyboard.type(' Changed after the version.');
    await expect.poll(() => cellText(b), { timeout: 10_000 }).toContain('Changed after the version.');

    // the saved version, read-only in a sandboxed frame: without the change
    await saved.getByRole('button', { name: 'View' }).click();
    const frame = a.frameLocator('iframe[title="Version “Before the change” (read-only)"]');
    await expect.poll(() => frame.locator('body').innerText()).toContain('phet.colorado.edu');
    expect(await frame.locator('body').innerText()).not.toContain('Changed after the version.');

    // restore, confirmed in place: the change is gone for both teammates, and kept as a version
    await saved.getByRole('button', { name: 'Restore' }).first().click();
    // (it is being viewed, so the question stands next to the view)
    const ask = a.locator('section.panel').getByRole('alert').filter({ hasText: 'The current state is saved as a version first, so nothing is lost.' });
    await ask.getByRole('button', { name: 'Yes, restore' }).click();
    for (const p of [a, b]) await expect.poll(() => cellText(p), { timeout: 10_000 }).toBe(before);
    await a.locator('section.panel li').filter({ hasText: 'Before restoring “Before the change”' }).waitFor();
    await a.locator('section.panel li').filter({ hasText: 'Restored “Before the change”' }).waitFor();

    // contributions: this member's characters and cells, per day (counted every 10 s)
    await a.getByRole('button', { name: 'Contributions', exact: true }).click();
    const row = a.locator('section.panel tbody tr').filter({ hasText: nameA });
    const counted = async () => ((await row.count()) === 1 ? (await row.locator('td').allInnerTexts()).slice(2, 4).map(Number) : [0, 0]);
    // a table, a chart and an image cell; the counter is written every 10 s, so the last ones may come later
    await expect.poll(async () => (await counted())[0], { timeout: 25_000 }).toBeGreaterThanOrEqual(3);
    expect((await counted())[1]).toBeGreaterThan(20);

    // exports: the notebook as Markdown with one CSV per table, and as one printable HTML file
    const downloads: { name: string; text: string; bytes: Buffer }[] = [];
    a.on('download', (d) => void d.path().then((f) => downloads.push({ name: d.suggestedFilename(), text: readFileSync(f, 'utf8'), bytes: readFileSync(f) })));
    await a.getByRole('button', { name: 'Export Markdown + CSV' }).click();
    await expect.poll(() => downloads.length).toBeGreaterThanOrEqual(2);
    const md = downloads.find((d) => d.name.endsWith('.md'))!;
    expect(md.name).toBe('Team notebook e2e.md');
    expect(md.text).toContain('# Team notebook e2e');
    expect(md.text).toContain('Alpha writes here.');
    const csv = downloads.find((d) => d.name.endsWith('.csv'))!;
    // one download helper for the whole app: the notebook's CSV has the UTF-8 byte-order mark Excel needs, like the lab's
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.replace(/^\uFEFF/, '').split('\n')[0]).toBe('L (m),T (s)');
    expect(md.bytes[0]).toBe(0x23); // '#': no mark on Markdown
    await a.getByRole('button', { name: 'Export HTML (printable)' }).click();
    await expect.poll(() => downloads.some((d) => d.name.endsWith('.html'))).toBe(true);
    const html = downloads.find((d) => d.name.endsWith('.html'))!.text;
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Team notebook e2e');
    expect(html).toContain('@media print');
  });
});
