/**
 * Junior chemistry 6, 粗盐中难溶性杂质的去除 (人教版 化学 九年级下册 第十一单元 实验活动8) by direct manipulation in
 * Chromium, on a small scale so it runs in about two minutes: rider to 2.0 g and coarse salt (10 % sand) spooned on
 * until balanced, 7 mL of water, both tipped into the beaker; the beaker dragged over the funnel to filter; the dish
 * dragged from under the funnel onto the lamp, the lamp lit, put out when much solid has appeared; the row checked:
 * the 0.2 g of sand on the paper, none in the product, nothing spattered, product = 1.8 g of salt less what the wet
 * paper keeps, yield = product ÷ coarse salt (人教版's 产率 = 精盐的质量 ÷ 粗盐的质量 × 100%). Needs `npx vite build`.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coarseSaltPreset } from '../../simulations/wet/presets/coarse-salt';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { BenchDriver } from '../support/bench-driver';
import { LabFrameDriver } from '../support/lab-frame-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

describe('wet bench: removing the sand from coarse salt', () => {
  it('weigh, dissolve, filter, evaporate until much solid, weigh: sand on the paper, the yield from the masses', async () => {
    await page.goto(`${server.url}/labs/${coarseSaltPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);

    await bench.set('W1', 'riderG', 2);
    await bench.set('W1', 'saltG', 2);
    await bench.set('C1', 'waterMl', 7);
    await bench.set('B1', 'mixIn', true);
    await lab.speed(2);
    await lab.playUntil('dissolved', wet['wet.preset.event.dissolved'], 60_000);

    // The beaker held over the funnel (its bottom 1 cm above the funnel's rim).
    const funnel = await bench.position('F1');
    await bench.drag('B1', funnel.xM, funnel.yM - 0.04 - 0.01 - 0.0475);
    await lab.playUntil('filtered', wet['wet.preset.event.filtered'], 90_000);

    // The dish onto the lamp, its bottom just under the flame's tip; the lamp lit.
    const lamp = await bench.position('L1');
    await bench.drag('D1', lamp.xM, lamp.yM - 0.075 - 0.005 - 0.015);
    await bench.set('L1', 'lit', true);
    await lab.playUntil('muchSolid', wet['wet.preset.event.muchSolid'], 180_000);
    await bench.set('L1', 'lit', false);
    await lab.playFor(3);

    const row = await lab.record();
    expect(row.balanceReadingG).toBe(2);
    expect(row.sandOnPaperG).toBeCloseTo(0.2, 3);
    expect(row.sandInProductG).toBe(0);
    expect(row.spatteredG).toBe(0);
    // Mass balance: the 1.8 g of salt is in the dish (weighed to 0.1 g) or in the wet paper.
    expect(row.saltOnPaperG).toBeGreaterThan(0.05);
    expect(Math.abs(row.productG + row.saltOnPaperG - 1.8)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(row.yieldPct).toBeCloseTo((100 * row.productG) / 2, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-coarse-salt.png'), fullPage: true });
  }, 300_000);
});
