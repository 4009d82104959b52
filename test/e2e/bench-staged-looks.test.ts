/**
 * A bench's part looks mount within a time budget (simulations/first-paint.svelte.ts, WithinBudget; issue #22,
 * item 3): on a slow PC the table's first frame has every part (a focusable group) but only the looks that fit in
 * the budget, in the table's order, and the rest follow in later tasks until every part is drawn. At 4× CPU the
 * density bench's looks in one flush were 250–550 ms of one task (a measuring cylinder's hundred marks, the
 * balance's beam scale). Here the CPU is slowed 10× so the budget (40 ms) runs out whatever the machine's load.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage } from '../support/lab-page';
import { densityPreset } from '../../simulations/mechanics/presets/density';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

/**
 * At the frame after the table's parts first appear (the first flush is over, the first paint is next): how
 * many parts there are and which have their look (an element besides the halo). A string: the page's CSP
 * forbids the test evaluating strings, an init script is not.
 */
const WATCH_FIRST_FRAME = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('svg.table g.part')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const parts = [...document.querySelectorAll('svg.table g.part')];
      window.__firstFrame = parts.map((g) => g.querySelectorAll(':scope > :not(.halo)').length > 0);
    });
  }).observe(document, { subtree: true, childList: true });
`;

const looks = () => page.evaluate(() => [...document.querySelectorAll('svg.table g.part')].map((g) => g.querySelectorAll(':scope > :not(.halo)').length > 0));

describe('a bench on a slow PC', () => {
  it('draws its parts over several tasks, in the table order, until every part has its look', async () => {
    // once at full speed, so the chunks are cached and the slowed load is all CPU
    await page.goto(`${server.url}/labs/${densityPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const all = (await looks()).length;
    expect(all).toBe(densityPreset.setup.parts.filter((p) => !p.hidden).length);
    expect(await looks()).toEqual(Array(all).fill(true));

    await page.addInitScript(WATCH_FIRST_FRAME);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    try {
      await page.reload();
      await page.locator('svg.table g.part').first().waitFor({ timeout: 90_000 });
      await expect.poll(() => page.evaluate(() => (window as unknown as { __firstFrame?: boolean[] }).__firstFrame), { timeout: 30_000 }).toBeDefined();
      const first = (await page.evaluate(() => (window as unknown as { __firstFrame: boolean[] }).__firstFrame)) as boolean[];
      // every part is there (focusable, named) from the first frame, but not every look
      expect(first.length).toBe(all);
      expect(first.filter(Boolean).length).toBeLessThan(all);
      // the looks drawn are the first ones in the table's order
      const drawn = first.filter(Boolean).length;
      expect(first).toEqual([...Array(drawn).fill(true), ...Array(all - drawn).fill(false)]);
      await expect.poll(looks, { timeout: 60_000, interval: 250 }).toEqual(Array(all).fill(true));
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
  }, 180_000);
});
