/**
 * Notebook bench (figures only, nothing passes or fails):
 *  1. Yjs, in Node: a notebook of 200 cells (180 text cells with 50 000 characters, 20 tables of 500
 *     rows × 4 columns): build time, encoded size, decode time, heap; update bytes per typed character
 *     (one transaction per keystroke, as the editor does) and per recorded data row.
 *  2. Browser: the same notebook served by the real server, opened in Chromium, cold (a new browser
 *     profile: empty HTTP cache and IndexedDB) and warm (a new tab in that profile: code cached, the
 *     document in IndexedDB). The target figure is TYPABLE: from navigation start until a keystroke
 *     into a visible text cell (the first one) appears on screen — the driver clicks into the cell's
 *     editor as soon as it exists and types a character; the time is read on the page's own clock
 *     (performance.now(), which starts at navigation start) at the first animation frame after the
 *     `input` event that put the character into the editor. The driver's round trips (notice the
 *     editor, click at its first line with the mouse, type) are inside that time, as a user's
 *     reaction would be; the rest of the notebook may still be rendering progressively. The click is
 *     a plain mouse click at the editor's position: Playwright's locator.click first checks
 *     "actionability" (the element stable over two animation frames, a hit-target probe), test
 *     robustness that no user waits for, which added 100–180 ms here; NB_CLICK=locator measures with
 *     it instead. Also: shell (notebook header on
 *     screen), first cell, all 200 cells on the page (driver clock, started just before navigation),
 *     JS heap and DOM nodes once open; main-thread task time until typable (CDP TaskDuration: how
 *     much of that time the page kept its main thread busy); keystroke-to-screen latency (keydown →
 *     the character in the DOM → next frame) while a teammate (a Node y-websocket client) types in
 *     another cell.
 *     Each open is repeated NB_OPENS times (default 3, each cold open in a fresh profile); figures
 *     are medians, with the range.
 * Run alone: `npx tsx test/bench/notebook.ts` (needs `npx vite build` first; DIST_DIR picks another
 * build), or via `npm run bench -- notebook`. NB_PROFILE=<file prefix> writes a CPU profile and the
 * network timings of each open; NB_DEBUG=1 prints, per open, when the click (pointerdown), the input
 * and the frame came, against the driver's first-cell and editor-found times.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BrowserContext, Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTableCell, appendRows } from '../../projects/cells/table';
import { addTextCell, textFragment } from '../../projects/cells/text';
import { createProjectDoc, listCells, updateMeta } from '../../projects/schema';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';

type Bench = { name: string; figures: Record<string, number | string> };

const TEXT_CELLS = 180;
const TOTAL_CHARS = 50_000;
const TABLES = 20;
const ROWS = 500;

function lorem(n: number, seed: number): string {
  const words = ['pendulum', 'period', 'length', 'measure', 'data', 'the', 'of', 'we', 'angle', 'range', 'result', 'error', 'mass', 'time'];
  let s = '';
  let i = seed;
  while (s.length < n) s += words[(i = (i * 7 + 3) % words.length)] + ' ';
  return s.slice(0, n);
}

/** Fill `doc` with the bench notebook: 200 cells, text interleaved with tables. */
export function buildNotebook(doc: Y.Doc): void {
  updateMeta(doc, { title: 'Bench notebook', question: 'How fast is the notebook?' });
  const perCell = Math.floor(TOTAL_CHARS / TEXT_CELLS);
  let tables = 0;
  for (let i = 0; i < TEXT_CELLS; i++) {
    const rest = i === TEXT_CELLS - 1 ? TOTAL_CHARS - perCell * (TEXT_CELLS - 1) : perCell;
    addTextCell(doc, [{ heading: 3, text: `Section ${i + 1}` }, { paragraph: lorem(rest - `Section ${i + 1}`.length, i) }]);
    if (i % 9 === 8 && tables < TABLES) {
      const rows = Array.from({ length: ROWS }, (_, r) => [r * 0.01, Math.sqrt(r + 1), r % 7, r * 1.5]);
      addTableCell(doc, { name: `Table ${++tables}`, columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }, { name: 'n', unit: '' }, { name: 'x', unit: 'cm' }], rows });
    }
  }
}

function yjsFigures(): Bench[] {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const doc = createProjectDoc();
  buildNotebook(doc);
  const buildMs = performance.now() - t;
  const cells = listCells(doc);
  const state = Y.encodeStateAsUpdate(doc);
  t = performance.now();
  const copy = createProjectDoc();
  Y.applyUpdate(copy, state);
  const decodeMs = performance.now() - t;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;

  // bytes per typed character: one transaction per keystroke into an existing paragraph
  const textId = cells.find((c) => c.kind === 'text')!.id;
  const para = textFragment(doc, textId).get(1) as Y.XmlElement;
  const text = para.get(0) as Y.XmlText;
  let bytes = 0;
  let n = 0;
  const onUpdate = (u: Uint8Array) => {
    bytes += u.length;
    n++;
  };
  doc.on('update', onUpdate);
  for (let i = 0; i < 200; i++) doc.transact(() => text.insert(5 + i, 'a'), 'sprout-local');
  const perChar = bytes / n;
  bytes = 0;
  n = 0;
  const tableId = cells.find((c) => c.kind === 'table')!.id;
  for (let i = 0; i < 200; i++) appendRows(doc, tableId, [[i * 0.1, 2.006, 3, 4.5]]);
  const perRow = bytes / n;
  doc.off('update', onUpdate);
  return [
    {
      name: `notebook document (Yjs): ${cells.length} cells, ${TOTAL_CHARS} characters, ${TABLES} tables × ${ROWS} rows`,
      figures: {
        cells: cells.length,
        buildMs: Math.round(buildMs),
        encodedBytes: state.length,
        decodeMs: Math.round(decodeMs),
        heapMbTwoCopies: Number(heapMb.toFixed(1)),
        updateBytesPerTypedChar: Number(perChar.toFixed(1)),
        updateBytesPerRecordedRow4Cols: Number(perRow.toFixed(1)),
      },
    },
  ];
}

interface OpenFigures {
  page: Page;
  shellMs: number;
  firstCellMs: number;
  typableMs: number;
  /** Main-thread task time from navigation until typable (CDP TaskDuration). */
  busyMs: number;
  allCellsMs: number;
  heap: number;
  nodes: number;
  editorsMounted: number;
  /** The app's own performance marks (`sprout:*`), ms from navigation start: where the time went. */
  marks: Record<string, number>;
  /**
   * Time to interactive in Lighthouse's sense: the end of the last long task (≥ 50 ms main-thread
   * task) seen from navigation until all cells are on the page plus 800 ms, or the first contentful
   * paint if that came later. Long tasks after typable are counted too: a page that answers the first
   * keystroke but then freezes while it renders the rest would show here.
   */
  ttiMs: number;
  longTasksAfterTypable: number;
}

/**
 * Open the notebook in a new tab and time it from navigation start:
 *  - shell: the notebook header is on screen;
 *  - first cell: a cell is on screen;
 *  - typable: a key typed into the first text cell shows up in that cell's DOM (focus the cell,
 *    press a key, wait for the character; the wait starts as soon as a cell is on screen);
 *  - all cells: every one of the 200 cells is on the page.
 * The typed key is removed again (Backspace) so the next open sees the same document.
 * With NB_PROFILE=<file prefix> a CPU profile of the open is written to <prefix>-<label>.cpuprofile.
 */
async function openNotebook(context: BrowserContext, url: string, label: string, cpuSlowdown = 1): Promise<OpenFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const profile = process.env.NB_PROFILE;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const trace = process.env.NB_TRACE;
  const traceEvents: unknown[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  // the page's own clock: the first frame after the input event that put '§' into an editor
  await page.addInitScript(() => {
    const w = window as unknown as { __typedAt?: number; __downAt?: number; __inputAt?: number };
    document.addEventListener('pointerdown', () => (w.__downAt ??= performance.now()), true);
    const lt: [number, number][] = ((w as unknown as { __long: [number, number][] }).__long = []);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
    document.addEventListener('input', (e) => {
      w.__inputAt ??= performance.now();
      const ed = (e.target as Element | null)?.closest?.('.ProseMirror');
      if (w.__typedAt === undefined && ed?.textContent?.includes('§')) requestAnimationFrame(() => (w.__typedAt ??= performance.now()));
    }, true);
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('[data-testid=notebook]') !== null, null, { timeout: 120_000, polling: 20 });
  const shellMs = Date.now() - t0;
  await page.waitForFunction(() => document.querySelector('section.cell .text-cell') !== null, null, { timeout: 120_000, polling: 20 });
  const firstCellMs = Date.now() - t0;
  // the first text cell's editor: wait until it is editable, click into its heading, type
  const firstEditor = 'section.cell .text-cell .ProseMirror[contenteditable=true]';
  if (process.env.NB_CLICK === 'locator') {
    const editor = page.locator('section.cell .text-cell').first().locator('.ProseMirror[contenteditable=true]');
    await editor.waitFor({ timeout: 120_000 });
    await editor.click({ position: { x: 2, y: 8 }, timeout: 120_000 });
  } else {
    const at = await page.waitForFunction(
      (sel) => {
        const first = document.querySelector('section.cell .text-cell');
        const ed = first?.querySelector(sel.slice(sel.lastIndexOf(' ') + 1));
        const r = ed?.getBoundingClientRect();
        return r && r.height > 0 ? { x: r.left + 2, y: r.top + 8 } : null;
      },
      firstEditor,
      { timeout: 120_000, polling: 10 },
    );
    const { x, y } = (await at.jsonValue())!;
    await page.mouse.click(x, y);
  }
  const editorAt = Date.now() - t0;
  await page.keyboard.type('§');
  await page.waitForFunction(() => (window as unknown as { __typedAt?: number }).__typedAt !== undefined, null, { timeout: 120_000, polling: 10 });
  const typableMs = Math.round(await page.evaluate(() => (window as unknown as { __typedAt: number }).__typedAt));
  const marks = Object.fromEntries(
    (await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const)))
      .filter(([n]) => n.startsWith('sprout:'))
      .map(([n, t]) => [n.slice('sprout:'.length), Math.round(t)]),
  );
  // main-thread task time so far: how much of the wait was the page's own work
  const atTypable = (await cdp.send('Performance.getMetrics')).metrics;
  const busyMs = Math.round((atTypable.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000);
  if (process.env.NB_DEBUG) console.log(label, atTypable.filter((m) => m.name.endsWith('Duration')).map((m) => `${m.name} ${Math.round(m.value * 1000)}`).join(', '));
  if (process.env.NB_DEBUG) console.log(label, await page.evaluate(() => JSON.stringify(window, ['__downAt', '__inputAt', '__typedAt', '__long'])), 'editor', editorAt, 'firstCell', firstCellMs, marks);
  await page.keyboard.press('Backspace');
  await page.waitForFunction((n) => document.querySelectorAll('section.cell').length >= n, 200, { timeout: 120_000, polling: 20 });
  const allCellsMs = Date.now() - t0;
  if (trace) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(`${trace}-${label}.trace.json`, JSON.stringify({ traceEvents }));
  }
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    writeFileSync(`${profile}-${label}.cpuprofile`, JSON.stringify(p));
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${Math.round(r.startTime)}..${Math.round(r.responseEnd)} ${r.transferSize} ${r.name.replace(location.origin, '')}`;
      }),
    );
    writeFileSync(`${profile}-${label}.network.txt`, entries.join('\n'));
  }
  await page.waitForTimeout(800);
  const longTasks = (await page.evaluate(() => (window as unknown as { __long: [number, number][] }).__long)) as [number, number][];
  const fcp = (await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0)) as number;
  const ttiMs = Math.round(Math.max(fcp, ...longTasks.map(([s, d]) => s + d)));
  const longTasksAfterTypable = longTasks.filter(([s]) => s > typableMs).length;
  if (process.env.NB_DEBUG) console.log(label, 'long tasks', JSON.stringify(longTasks));
  const editorsMounted = await page.locator('.text-cell .ProseMirror').count();
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  return { page, shellMs, firstCellMs, typableMs, busyMs, allCellsMs, heap, nodes, editorsMounted, marks, ttiMs, longTasksAfterTypable };
}

/** Per figure, the median of several opens (the typable range too). */
function medianOpen(xs: OpenFigures[]): Omit<OpenFigures, 'page' | 'marks'> & { typableRange: string; phases: string } {
  const med = (f: (o: OpenFigures) => number) => {
    const v = xs.map(f).sort((a, b) => a - b);
    return v[Math.floor((v.length - 1) / 2)];
  };
  const typ = xs.map((o) => o.typableMs);
  return {
    shellMs: med((o) => o.shellMs),
    firstCellMs: med((o) => o.firstCellMs),
    typableMs: med((o) => o.typableMs),
    typableRange: `${Math.min(...typ)}..${Math.max(...typ)}`,
    busyMs: med((o) => o.busyMs),
    ttiMs: med((o) => o.ttiMs),
    longTasksAfterTypable: Math.max(...xs.map((o) => o.longTasksAfterTypable)),
    allCellsMs: med((o) => o.allCellsMs),
    heap: med((o) => o.heap),
    nodes: med((o) => o.nodes),
    editorsMounted: med((o) => o.editorsMounted),
    phases: [...new Set(xs.flatMap((o) => Object.keys(o.marks)))]
      .map((name) => [name, med((o) => o.marks[name] ?? NaN)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', '),
  };
}

async function browserFigures(): Promise<Bench[]> {
  const password = 'bench-notebook-pass';
  const server = await startAppServer({ env: { DEMO_PASSWORD: password } });
  const browser = await launchBrowser();
  const providers: WebsocketProvider[] = [];
  try {
    const origin = server.url;
    const login = async (username: string) => {
      const r = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ username, password }) });
      const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
      if (!r.ok || !cookie) throw new Error(`login ${username} failed: ${r.status}`);
      return cookie;
    };
    const cookieA = await login('student1');
    const cookieB = await login('student2');
    const classes = (await (await fetch(`${origin}/api/classes`, { headers: { cookie: cookieA } })).json()) as { classes: { teams: { id: number }[] }[] };
    const teamId = classes.classes[0].teams[0].id;
    const created = await fetch(`${origin}/api/projects`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookieA, origin }, body: JSON.stringify({ teamId, title: 'Bench notebook', templateId: 'blank', locale: 'en' }) });
    const projectId = ((await created.json()) as { project: { id: string } }).project.id;

    // the teammate: a Node y-websocket client that writes the big notebook, then keeps typing
    const connect = (cookie: string, doc: Y.Doc) => {
      const headers = { cookie, origin };
      class AuthedSocket extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      }
      const p = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, projectId, doc, { WebSocketPolyfill: AuthedSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
      providers.push(p);
      return new Promise<WebsocketProvider>((res) => p.once('sync', () => res(p)));
    };
    const teammate = createProjectDoc();
    await connect(cookieB, teammate);
    const tc = teammate.getArray('cells');
    teammate.transact(() => tc.delete(0, tc.length));
    buildNotebook(teammate);
    await new Promise((r) => setTimeout(r, 1500)); // let the server store it

    const opens = Math.max(1, Number(process.env.NB_OPENS ?? 3));
    const url = `${origin}/projects/${projectId}`;
    let context: BrowserContext | null = null;
    /** `opens` cold opens (each in a fresh profile) and as many warm reopens (a new tab in it). */
    const openRepeatedly = async (cpuSlowdown: number) => {
      const colds: OpenFigures[] = [];
      const warms: OpenFigures[] = [];
      for (let i = 0; i < opens; i++) {
        await context?.close();
        // a fresh profile: empty HTTP cache, IndexedDB and service worker
        context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
        await context.addCookies([{ name: cookieA.split('=')[0], value: cookieA.split('=').slice(1).join('='), url: origin }]);
        colds.push(await openNotebook(context, url, `cold${i + 1}x${cpuSlowdown}`, cpuSlowdown));
        // warm reopen: a new tab in the same profile, IndexedDB already holds the document
        await context.pages()[0].close();
        warms.push(await openNotebook(context, url, `warm${i + 1}x${cpuSlowdown}`, cpuSlowdown));
        if (i < opens - 1) await context.pages()[0].close();
      }
      return { cold: medianOpen(colds), warm: medianOpen(warms), last: warms[warms.length - 1] };
    };
    // an older school computer: Chromium's CPU throttling makes every main-thread task 2× slower
    const slow = await openRepeatedly(2);
    const { cold, warm, last: warmPage } = await openRepeatedly(1);
    const page = warmPage.page;
    const { heap, nodes, editorsMounted } = warm;
    // keystroke-to-screen latency while the teammate types in another cell every 30 ms
    const cells = listCells(teammate).filter((c) => c.kind === 'text');
    const teammateText = (textFragment(teammate, cells[5].id).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    let typing = true;
    const teammateLoop = (async () => {
      let i = 0;
      while (typing) {
        teammate.transact(() => teammateText.insert(0, String.fromCharCode(97 + (i++ % 26))), 'sprout-local');
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    const editor = page.locator('.text-cell .ProseMirror').nth(1);
    await editor.click();
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __down: number };
      w.__lat = [];
      const target = document.querySelectorAll('.text-cell .ProseMirror')[1];
      document.addEventListener('keydown', () => (w.__down = performance.now()), true);
      new MutationObserver(() => {
        const down = w.__down;
        if (!down) return;
        w.__down = 0;
        requestAnimationFrame(() => w.__lat.push(performance.now() - down));
      }).observe(target, { characterData: true, childList: true, subtree: true });
    });
    for (let i = 0; i < 60; i++) {
      await page.keyboard.type('x');
      await page.waitForTimeout(40);
    }
    typing = false;
    await teammateLoop;
    const lat = ((await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)) as number[]).sort((x, y) => x - y);
    const q = (p: number) => Number(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(1));
    await context!.close();
    return [
      {
        name: 'notebook in Chromium (200 cells, 50 000 characters, 20 tables × 500 rows)',
        figures: {
          opensMeasured: opens,
          coldShellMs: cold.shellMs,
          coldFirstCellMs: cold.firstCellMs,
          coldTypableMs: cold.typableMs,
          coldTypableRange: cold.typableRange,
          coldMainThreadBusyUntilTypableMs: cold.busyMs,
          coldTtiMs: cold.ttiMs,
          coldAllCellsMs: cold.allCellsMs,
          coldPhasesMs: cold.phases,
          coldJsHeapMb: Number((cold.heap / 1048576).toFixed(1)),
          warmShellMs: warm.shellMs,
          warmFirstCellMs: warm.firstCellMs,
          warmTypableMs: warm.typableMs,
          warmTypableRange: warm.typableRange,
          warmMainThreadBusyUntilTypableMs: warm.busyMs,
          warmTtiMs: warm.ttiMs,
          longTasksAfterTypableMax: Math.max(cold.longTasksAfterTypable, warm.longTasksAfterTypable),
          warmAllCellsMs: warm.allCellsMs,
          warmPhasesMs: warm.phases,
          cpu2xColdTypableMs: slow.cold.typableMs,
          cpu2xColdTypableRange: slow.cold.typableRange,
          cpu2xColdTtiMs: slow.cold.ttiMs,
          cpu2xWarmTypableMs: slow.warm.typableMs,
          cpu2xWarmTypableRange: slow.warm.typableRange,
          cpu2xWarmTtiMs: slow.warm.ttiMs,
          cpu2xWarmPhasesMs: slow.warm.phases,
          cpu2xAllCellsMs: slow.warm.allCellsMs,
          jsHeapMb: Number((heap / 1048576).toFixed(1)),
          domNodes: nodes,
          textEditorsMountedAtStart: editorsMounted,
          keystrokesMeasured: lat.length,
          keystrokeToScreenMedianMs: q(0.5),
          keystrokeToScreenP95Ms: q(0.95),
          keystrokeToScreenMaxMs: q(1),
          teammateTypingIntervalMs: 30,
        },
      },
    ];
  } finally {
    for (const p of providers) p.destroy();
    await browser.close();
    await server.dispose();
  }
}

export default async function run(): Promise<Bench[]> {
  return [...yjsFigures(), ...(await browserFigures())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) {
    console.log(b.name);
    for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`);
  }
  process.exit(0); // the y-websocket client keeps a reconnect timer alive after destroy
}
