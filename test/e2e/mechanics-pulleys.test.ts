/**
 * Pulleys on the mechanics bench by direct manipulation, in real Chromium (issue #17; 人教版 八年级下册 第十二章
 * 第2节 "滑轮"): a pulley dragged out of the bin onto the force-gauge preset's table, made movable, four 50 g
 * weights hung from it one below another, the gauge's hook tied to its rope: lifting steadily the gauge reads
 * (G + G₀)(1 + f)/2 = (1.96 + 0.392) × 1.04 / 2 = 1.22 N (1.2 on its 0.2 N divisions); made fixed, G (1 + f) = 2.04 N (2.0).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forceGaugePreset } from '../../simulations/mechanics/presets/force-gauge';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const description = () => benchDescription(page);

describe('pulleys, by direct manipulation', () => {
  it('a movable pulley halves the load with its own weight; a fixed one only turns the pull round', async () => {
    await page.goto(`${server.url}/labs/${forceGaugePreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, tableOf(forceGaugePreset.id).widthM);
    await bench.set('F1', 'zeroN', 0);
    const id = await bench.place('pulley', 0.3, 0.12);
    await bench.set(id, 'type', 'movable');
    await bench.wire(`${id}.hook`, 'H1.ring');
    for (let i = 2; i <= 4; i++) await bench.wire(`H${i - 1}.hook`, `H${i}.ring`);
    await bench.wire('F1.hook', `${id}.rope`);
    await expect.poll(description).toContain(`${id} carries 1.96 N; lifting it steadily takes 1.22 N on the rope`);
    expect((await recordRow(page)).readingN).toBeCloseTo(1.2, 9);
    await page.locator('svg.table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'mechanics-pulley.png') });
    await bench.set(id, 'type', 'fixed');
    await expect.poll(description).toContain('takes 2.04 N on the rope');
    expect((await recordRow(page)).readingN).toBeCloseTo(2, 9);
  }, 120_000);
});
