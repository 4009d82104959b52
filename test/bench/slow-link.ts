/**
 * A rural school's link and PC (issue #22): Chromium with the network emulated (CDP
 * Network.emulateNetworkConditions) and the CPU slowed (Emulation.setCPUThrottlingRate), a cold cache per
 * page, in English and in Chinese. Two conditions: 4× CPU on 2 Mbit/s with 100 ms round trip (the bar:
 * usable ≤ 2 s) and 6× CPU on 512 kbit/s with 300 ms. For the first screen (/), the Labs page, a few other
 * pages and each lab: the time until the page is usable (the lab's Play button can be pressed, the
 * catalogue's first card is there, the page's heading has its words, a notebook's first text cell takes
 * typing (demo student1's first sample project, signed in); not first paint, which the
 * placeholder in index.html makes look good), the script bytes it fetched, the longest task and the tasks
 * over 200 ms (the bar: none at 4×), and whether it fetched the notebook's code (yjs, the project cells,
 * the send-to-notebook dialog), which a lab needs only when the student sends data. Figures only.
 *
 * SLOW_LINK_DISTS=dist-before,dist compares builds in the same run (each served by its own server, with its
 * own data, loads interleaved); SLOW_LINK_REPEAT=n loads each page n times; SLOW_LINK_PAGES and SLOW_LINK_LABS
 * narrow the pages; SLOW_LINK_CONDITIONS=4x picks conditions by name; SLOW_LINK_SERVER=bundle serves from
 * the built server (`npm run build:server`), which starts in time on a loaded machine; SLOW_LINK_CHUNKS=1
 * prints, for each load, every script it fetched: when it was requested and when it finished (ms after
 * navigation) and its compressed KB, in request order, with a * on those finished before usable.
 * SLOW_LINK_CACHE=cold,warm adds a second visit: the page is first opened on an unthrottled link until the
 * service worker has precached the app (html[data-offline-ready]), then loaded again on the slow link, as a
 * student who has opened Sprout Lab before would (the app's code from the service worker, the data, the
 * sync and the API over the link; a notebook also finds its copy in the browser).
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type RunningServer } from '../support/app-server';
import { loginCookie } from '../support/teammate';
import { launchBrowser } from '../support/browser';
import enLabs from '../../src/i18n/en/labs.json';
import zhLabs from '../../src/i18n/zh-CN/labs.json';

const LABS = (process.env.SLOW_LINK_LABS ?? 'pendulum,projectile,spring,incline,collisions,gas,titration,stoichiometry,molecules,circuit-ohms-law,optics-convex-lens,mechanics-density,wet-boiling').split(',').filter(Boolean);
const NOTEBOOK_PASSWORD = 'slow-link-bench-42';
const PAGES = (process.env.SLOW_LINK_PAGES ?? '/,/labs,/login,/projects,/reviews,/coding').split(',').filter(Boolean);
const DISTS = (process.env.SLOW_LINK_DISTS ?? 'dist').split(',');
const REPEAT = Number(process.env.SLOW_LINK_REPEAT ?? 1);
const CACHES = (process.env.SLOW_LINK_CACHE ?? 'cold').split(',').filter((c): c is 'cold' | 'warm' => c === 'cold' || c === 'warm');
/** Chunks that belong to the notebook (names given by Vite from their first module). */
const NOTEBOOK_CODE = /\/assets\/(yjs|y-|SendToNotebook-|project-link|lab-data|schema-|experiment-)[^/]*\.js$/i;

export interface Condition {
  name: string;
  cpuSlowdown: number;
  kbitPerS: number;
  roundTripMs: number;
}

export const CONDITIONS: Condition[] = [
  { name: '4x CPU, 2 Mbit/s, 100 ms', cpuSlowdown: 4, kbitPerS: 2000, roundTripMs: 100 },
  { name: '6x CPU, 512 kbit/s, 300 ms', cpuSlowdown: 6, kbitPerS: 512, roundTripMs: 300 },
].filter((c) => !process.env.SLOW_LINK_CONDITIONS || process.env.SLOW_LINK_CONDITIONS.split(',').some((n) => c.name.startsWith(n)));

export interface PageLoad {
  /** When the page became usable, by its own note (watchUsable). */
  usableMs: number;
  /** When Playwright's polling wait saw it (up to ~500 ms later). */
  seenMs: number;
  scriptKB: number;
  /** The longest task (PerformanceObserver 'longtask') from navigation to 500 ms after usable, and those over 200 ms. */
  longestTaskMs: number;
  tasksOver200ms: number;
  notebookChunks: string[];
  /** Every script fetched: file name, requested and finished (ms after navigation), compressed KB. */
  chunks: { name: string; requestedMs: number; finishedMs: number; kb: number }[];
}

/** Collects the page's long tasks from its first script on (a string: tsx would add __name to a function). */
const WATCH_LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

/**
 * What makes a page usable, as the page itself can see it: an element matching `selector`, with `text` as its
 * words (trimmed) or, with `words`, any words at all (a page is usable when one of its signs shows).
 */
export interface UsableSign {
  selector: string;
  text?: string;
  words?: boolean;
}

/**
 * Notes, in the page, when it became usable: a MutationObserver sees the sign appear, and the time taken is the
 * end of the first frame that shows it (a requestAnimationFrame, then the task after it), as an epoch time
 * (performance.timeOrigin + now). Playwright's own wait polls the page 20, 50, 100, 100 ms apart and then
 * every 500 ms, so on a page that takes seconds it sees the moment up to half a second late; the wait is still
 * used, to know when to read this.
 */
function watchUsable(signs: UsableSign[]): string {
  return `(() => {
    const signs = ${JSON.stringify(signs)};
    const seen = () => signs.some((sign) => { for (const el of document.querySelectorAll(sign.selector)) {
      const words = (el.textContent || '').trim();
      if (sign.text === undefined ? !sign.words || words !== '' : words === sign.text) return true;
    } return false; });
    const mo = new MutationObserver(() => {
      if (!seen()) return;
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__usableAt = performance.timeOrigin + performance.now(); }, 0));
    });
    mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  })();`;
}

export async function loadOnSlowLink(page: Page, url: string, usable: (p: Page) => Promise<unknown>, signs: UsableSign[], condition: Condition): Promise<PageLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytesPerS = (condition.kbitPerS * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: condition.roundTripMs, downloadThroughput: bytesPerS, uploadThroughput: bytesPerS });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuSlowdown });
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.addInitScript(watchUsable(signs));
  let bytes = 0;
  let started = Date.now();
  const scripts = new Map<string, string>();
  const requested = new Map<string, number>();
  const chunks: PageLoad['chunks'] = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string }) => {
    requested.set(e.requestId, Date.now() - started);
  });
  cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string }; type: string }) => {
    if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const url = scripts.get(e.requestId);
    if (url === undefined) return;
    bytes += e.encodedDataLength;
    chunks.push({ name: url.replace(/^.*\//, ''), requestedMs: requested.get(e.requestId) ?? -1, finishedMs: Date.now() - started, kb: Math.round(e.encodedDataLength / 102.4) / 10 });
  });
  started = Date.now();
  await page.goto(url);
  await usable(page);
  const seenMs = Date.now() - started;
  // the page's own note (see watchUsable), or, should it have none, when Playwright saw it
  const at = (await page.evaluate('window.__usableAt')) as number | undefined;
  const usableMs = typeof at === 'number' ? Math.min(seenMs, Math.round(at - started)) : seenMs;
  await page.waitForTimeout(500); // late requests (prefetches) and tasks still count
  const tasks = (await page.evaluate('window.__longTasks')) as number[];
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const urls = [...scripts.values()];
  return {
    usableMs,
    seenMs,
    scriptKB: Math.round(bytes / 1024),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    tasksOver200ms: tasks.filter((d) => d > 200).length,
    notebookChunks: urls.filter((u) => NOTEBOOK_CODE.test(u)).map((u) => u.replace(/^.*\/assets\//, '')),
    chunks: chunks.sort((a, b) => a.requestedMs - b.requestedMs),
  };
}

type Lang = 'en' | 'zh-CN';
const PLAY: Record<Lang, string> = { en: enLabs['labs.run.play'], 'zh-CN': zhLabs['labs.run.play'] };

/** The same, as the page sees it (watchUsable). */
function usableSigns(path: string, lang: Lang): UsableSign[] {
  if (path === '/') return [{ selector: 'main a, main button' }];
  if (path === '/labs') return [{ selector: 'main a[href^="/labs/"]' }];
  if (path.startsWith('/projects/')) return [{ selector: 'section.cell .text-cell .ProseMirror[contenteditable=true]' }];
  if (path.startsWith('/labs/')) return [{ selector: 'button', text: PLAY[lang] }, { selector: 'svg.table g.part' }];
  return [{ selector: 'main h1', words: true }];
}

/** When a page counts as usable: something to press or read, with its words. */
function usableWhen(path: string, lang: Lang): (p: Page) => Promise<unknown> {
  const timeout = 120_000;
  if (path === '/') return (p) => p.locator('main a, main button').first().waitFor({ timeout });
  if (path === '/labs') return (p) => p.locator('main a[href^="/labs/"]').first().waitFor({ timeout });
  // a notebook: its first text cell can be typed into
  if (path.startsWith('/projects/')) return (p) => p.locator('section.cell .text-cell .ProseMirror[contenteditable=true]').first().waitFor({ timeout });
  if (path.startsWith('/labs/')) return (p) => p.getByRole('button', { name: PLAY[lang], exact: true }).or(p.locator('svg.table g.part').first()).first().waitFor({ timeout });
  // (a locator, not waitForFunction: the page's Content-Security-Policy forbids evaluating strings)
  return (p) => p.locator('main h1').filter({ hasText: /\S/ }).first().waitFor({ timeout });
}

const range = (xs: number[]) => (xs.length === 0 ? 'n/a' : Math.min(...xs) === Math.max(...xs) ? `${xs[0]}` : `${Math.min(...xs)}–${Math.max(...xs)}`);

export default async function run() {
  const servers: [string, RunningServer][] = [];
  for (const dist of DISTS) servers.push([dist, await startAppServer({ env: { DIST_DIR: dist, DEMO_PASSWORD: NOTEBOOK_PASSWORD }, entry: process.env.SLOW_LINK_SERVER === 'bundle' ? 'bundle' : 'source' })]);
  const browser: Browser = await launchBrowser();
  // The notebook: demo student1's first sample project, opened signed in (SLOW_LINK_NOTEBOOK=0 leaves it out).
  const cookies = new Map<RunningServer, string>();
  /** Each server's path of that project (each has its own data directory, so its own ids). */
  const notebookPath = new Map<RunningServer, string>();
  if (process.env.SLOW_LINK_NOTEBOOK !== '0') {
    for (const [, server] of servers) {
      const cookie = await loginCookie(server, 'student1', NOTEBOOK_PASSWORD);
      cookies.set(server, cookie);
      const r = await fetch(`${server.url}/api/projects`, { headers: { cookie } });
      const { projects } = (await r.json()) as { projects: { id: string }[] };
      if (projects[0]) notebookPath.set(server, `/projects/${projects[0].id}`);
    }
  }
  const NOTEBOOK = '/projects/(student1 sample)';
  const paths = [...PAGES, ...(notebookPath.size ? [NOTEBOOK] : []), ...LABS.map((id) => `/labs/${id}`)];
  const loads = new Map<string, PageLoad[]>();
  const failures: string[] = [];
  const load1 = loadavg()[0];
  try {
    for (let round = 0; round < REPEAT; round++) {
      for (const condition of CONDITIONS) {
        for (const path of paths) {
          for (const lang of ['en', 'zh-CN'] as const) {
            for (const [dist, server] of servers) for (const cache of CACHES) {
              const url = server.url + (path === NOTEBOOK ? notebookPath.get(server)! : path);
              const ctx = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1280, height: 900 }, serviceWorkers: cache === 'warm' ? 'allow' : 'block' });
              if (path.startsWith('/projects/')) {
                const cookie = cookies.get(server)!;
                const at = cookie.indexOf('=');
                await ctx.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.url }]);
              }
              const page = await ctx.newPage();
              try {
                if (cache === 'warm') {
                  await page.goto(url);
                  await page.locator('html[data-offline-ready="true"]').waitFor({ state: 'attached', timeout: 180_000 });
                }
                const r = await loadOnSlowLink(page, url, usableWhen(path, lang), usableSigns(path, lang), condition);
                if (process.env.SLOW_LINK_CHUNKS) {
                  console.log(`${dist} ${condition.name} ${cache} ${lang} ${path}: usable ${r.usableMs} ms (Playwright saw it at ${r.seenMs}), ${r.scriptKB} KB of script`);
                  for (const c of r.chunks) console.log(`  ${c.finishedMs <= r.usableMs ? '*' : ' '} ${String(c.requestedMs).padStart(5)} → ${String(c.finishedMs).padStart(5)} ms ${String(c.kb).padStart(6)} KB ${c.name}`);
                }
                const key = JSON.stringify([dist, condition.name, lang, path, cache]);
                loads.set(key, [...(loads.get(key) ?? []), r]);
              } catch (e) {
                failures.push(`${dist} ${condition.name} ${cache} ${lang} ${path}: ${(e as Error).message.split('\n')[0]}`);
              }
              await ctx.close();
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    for (const [, s] of servers) await s.dispose();
  }
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  const load2 = loadavg()[0];
  for (const [key, rs] of loads) {
    const [dist, condition, lang, path, cache] = JSON.parse(key) as string[];
    results.push({
      name: `${condition}${cache === 'warm' ? ', warm (app from the service worker)' : ''}, ${lang}${DISTS.length > 1 ? `, ${dist}` : ''}: ${path}`,
      figures: {
        'usable ms': range(rs.map((r) => r.usableMs)),
        'script KB (compressed as sent)': range(rs.map((r) => r.scriptKB)),
        'longest task ms': range(rs.map((r) => r.longestTaskMs)),
        'tasks > 200 ms': range(rs.map((r) => r.tasksOver200ms)),
        'notebook code fetched': [...new Set(rs.flatMap((r) => r.notebookChunks))].join(' ') || 'none',
        runs: rs.length,
      },
    });
  }
  results.push({ name: 'slow link: the machine', figures: { 'load average (1 min) before / after': `${load1.toFixed(1)} / ${load2.toFixed(1)}`, failures: failures.join('; ') || 'none' } });
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, JSON.stringify(b.figures));
}
