/**
 * Senior chemistry B1.1, 配制一定物质的量浓度的溶液, on the wet bench by direct manipulation in real Chromium (人教版
 * 化学 必修第一册 第二章 实验活动1): weigh 5.9 g of salt on the tray balance (5 g of weights, the rider at 0.9 g),
 * tip it into the beaker and stir until it has dissolved, pour it into the 100 mL volumetric flask, rinse twice,
 * make up to the mark with the eye level. The recorded concentration is c = n/V = (5.9 g / 58.44 g/mol) / 0.100 L
 * = 1.010 mol/L, less the 0.02 % two rinses leave in the beaker.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { molarSolutionPreset } from '../../simulations/wet/presets/molar-solution';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import wet from '../../src/i18n/en/wet.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const events = () => page.locator('.events').textContent().catch(() => '');

const recordedRow = () => recordRow(page);

describe('wet bench, a solution of a given amount concentration (B1.1), by direct manipulation', () => {
  it('weigh 5.9 g, dissolve, pour, rinse twice, make up to the mark: c = n/V = 1.010 mol/L', async () => {
    await page.goto(`${server.url}/labs/${molarSolutionPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');

    // Salt onto the left pan: 5.0 g leaves the pointer off the middle, 5.9 g balances 5 g + 0.9 g.
    await bench.set('W1', 'saltG', 5);
    expect((await recordedRow()).balanced).toBe(0);
    await bench.set('W1', 'saltG', 5.9);
    const weighed = await recordedRow();
    expect(weighed.balanced).toBe(1);
    expect(weighed.balanceReadingG).toBe(5.9);

    // Into the beaker, stirred until dissolved.
    await bench.set('B1', 'mixIn', true);
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('saltDissolved');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(events, { timeout: 120_000, interval: 500 }).toContain(wet['wet.preset.event.saltDissolved']);

    // Poured down the rod, rinsed twice, made up to the mark (one step of the clock for each thing done).
    await bench.set('V1', 'transferred', true);
    await bench.set('V1', 'rinses', 2);
    await page.getByRole('button', { name: labs['labs.run.step'] }).click();
    await expect.poll(events, { timeout: 30_000, interval: 300 }).toContain(wet['wet.preset.event.transferred']);
    await bench.set('V1', 'madeUp', true);
    await page.getByRole('button', { name: labs['labs.run.step'] }).click();
    await expect.poll(events, { timeout: 30_000, interval: 300 }).toContain(wet['wet.preset.event.madeUp']);

    const row = await recordedRow();
    expect(row.flaskLiquidMl).toBeCloseTo(100, 2);
    // 5.9 g / 58.44 g/mol / 0.100 L = 1.0096 mol/L; two rinses leave (1/41.7)·(1/11)² of it behind.
    expect(row.flaskSaltG).toBeCloseTo(5.9 * (1 - (1 / 41.68) / 121), 3);
    expect(row.concentrationMolL).toBeCloseTo(((5.9 / 58.44) * (1 - (1 / 41.68) / 121)) / 0.1, 3);
    await page.getByTestId('mark-V1').waitFor();
    expect((await page.getByTestId('bench-diagnostics').textContent().catch(() => '')) ?? '').not.toContain('rinsed');
    await page.screenshot({ path: join(shots, 'wet-molar-solution.png'), fullPage: true });
  }, 300_000);
});
