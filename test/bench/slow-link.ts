/**
 * A rural school's link (issue #22, item 3): Chromium with the network emulated at 2 Mbit/s and 150 ms
 * round trip (CDP Network.emulateNetworkConditions), a cold cache per page. For the first screen (/), the
 * Labs page and each lab: the time until the page is usable (the lab's Play button can be pressed, the
 * catalogue's first card is there; not first paint, which the placeholder in index.html makes look good),
 * the script bytes it fetched, and whether it fetched the notebook's code (yjs, the project cells, the
 * send-to-notebook dialog), which a lab needs only when the student sends data. Figures only.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';

const LABS = (process.env.SLOW_LINK_LABS ?? 'pendulum,projectile,spring,incline,collisions,gas,titration,stoichiometry,molecules,circuit-ohms-law').split(',');
/** Chunks that belong to the notebook (names given by Vite from their first module). */
const NOTEBOOK_CODE = /\/assets\/(yjs|y-|SendToNotebook-|project-link|lab-data|schema-|experiment-)[^/]*\.js$/i;

export interface PageLoad {
  path: string;
  usableMs: number;
  scriptKB: number;
  notebookChunks: string[];
}

export async function loadOnSlowLink(page: Page, url: string, usable: (p: Page) => Promise<unknown>): Promise<Omit<PageLoad, 'path'>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 2e6 / 8, uploadThroughput: 2e6 / 8 });
  let bytes = 0;
  const scripts = new Map<string, string>();
  cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string }; type: string }) => {
    if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url);
  await usable(page);
  const usableMs = Date.now() - started;
  await page.waitForTimeout(500); // late requests (prefetches) still count
  await cdp.detach();
  const urls = [...scripts.values()];
  return { usableMs, scriptKB: Math.round(bytes / 1024), notebookChunks: urls.filter((u) => NOTEBOOK_CODE.test(u)).map((u) => u.replace(/^.*\/assets\//, '')) };
}

export default async function run() {
  const server = await startAppServer();
  const browser: Browser = await launchBrowser();
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  const cases: { path: string; usable: (p: Page) => Promise<unknown> }[] = [
    { path: '/', usable: (p) => p.locator('main a, main button').first().waitFor({ timeout: 120_000 }) },
    { path: '/labs', usable: (p) => p.locator('main a[href^="/labs/"]').first().waitFor({ timeout: 120_000 }) },
    ...LABS.map((id) => ({ path: `/labs/${id}`, usable: (p: Page) => p.getByRole('button', { name: 'Play' }).or(p.locator('svg.table g.part').first()).first().waitFor({ timeout: 120_000 }) })),
  ];
  try {
    for (const c of cases) {
      const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const r = await loadOnSlowLink(page, server.url + c.path, c.usable).catch((e: Error) => ({ usableMs: NaN, scriptKB: NaN, notebookChunks: [`failed: ${e.message.split('\n')[0]}`] }));
      results.push({ name: `slow link 2 Mbit/s, 150 ms: ${c.path}`, figures: { 'usable ms': r.usableMs, 'script KB (compressed as sent)': r.scriptKB, 'notebook code fetched': r.notebookChunks.join(' ') || 'none' } });
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.dispose();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, JSON.stringify(b.figures));
}
