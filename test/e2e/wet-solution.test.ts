/**
 * Junior chemistry 5, 一定溶质质量分数的氯化钠溶液的配制 (人教版 化学 九年级下册 第九单元 实验活动5), by direct
 * manipulation in Chromium: 50 g of a 6 % solution needs 3.0 g of salt and 47 mL of water. With the rider at 3.0 g,
 * 2.8 g of salt on the pan leaves the pointer off the middle and 3.0 g balances; water poured to 47 mL in the 50 mL
 * cylinder reads 48 mL seen from above (俯视, the textbook's warning) and 47 mL with the eye level; both tipped into
 * the beaker and stirred until dissolved. The recorded mass fraction is the computed one from what was weighed and
 * measured: 3.0 g ÷ (3.0 g + 47 mL × 0.998 g/mL) = 6.01 % (water's density at 20 °C, CRC). Needs `npx vite build`.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solutionPreset } from '../../simulations/wet/presets/solution';
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

describe('wet bench: a 6 % sodium chloride solution, by direct manipulation', () => {
  it('weigh 3.0 g to balance, measure 47 mL read at eye level, dissolve: the mass fraction is 3.0 / (3.0 + 47 × 0.998)', async () => {
    await page.goto(`${server.url}/labs/${solutionPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(solutionPreset.measurements.filter((m) => ['balanced', 'undissolvedG'].includes(m.name)), wet);

    // The rider at 3.0 g (the preset's); salt spooned onto the left pan.
    await bench.set('W1', 'saltG', 2.8);
    expect((await lab.record()).balanced).toBe(0);
    await bench.set('W1', 'saltG', 3);
    const weighed = await lab.record();
    expect(weighed.balanced).toBe(1);
    expect(weighed.balanceReadingG).toBe(3);

    // 47 mL in the cylinder: from above the meniscus seems higher, at eye level it reads true.
    await bench.set('C1', 'eye', 'above');
    await bench.set('C1', 'waterMl', 47);
    expect((await lab.record()).cylinderReadingMl).toBe(48);
    await bench.set('C1', 'eye', 'level');
    expect((await lab.record()).cylinderReadingMl).toBe(47);

    // Both into the beaker, stirred: 3 g of salt in 47 g of water dissolves within 20 s.
    await bench.set('B1', 'mixIn', true);
    await lab.playFor(25);
    const made = await lab.record();
    expect(made.undissolvedG).toBe(0);
    expect(made.massFractionPct).toBeCloseTo((100 * 3) / (3 + 47 * 0.998), 2);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-solution.png'), fullPage: true });
  }, 240_000);
});
