/**
 * Senior chemistry B2.4, 化学反应速率的影响因素, on the wet bench by direct manipulation in real Chromium (人教版 化学
 * 必修第二册 第六章第二节, 实验活动7): marble chips and 10 % hydrochloric acid push carbon dioxide into a gas syringe;
 * the readings recorded at times agree with the same model run headless to the syringe's 1 mL division; after
 * Reset, the chips changed for powder in the flask's inspector give far more gas in the same time (more surface).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetMeta } from '../../simulations/bench/preset';
import { defaultParams } from '../../simulations/core/params';
import { createWetModel } from '../../simulations/wet/model';
import { wetParts } from '../../simulations/wet/parts';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { reactionRatePreset } from '../../simulations/wet/presets/reaction-rate';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const recordedRow = () => recordRow(page);

const simTime = async () => Number(((await page.getByLabel(labs['labs.run.time']).textContent()) ?? '').replace(/[^\d.]/g, ''));

/** Run until the simulated clock passes `s`, pause, and record: the row and the time it was taken at. */
async function runTo(s: number): Promise<{ row: Record<string, number>; t: number }> {
  await page.getByRole('button', { name: labs['labs.run.play'] }).click();
  await expect.poll(simTime, { timeout: 120_000, interval: 200 }).toBeGreaterThan(s);
  await page.getByRole('button', { name: labs['labs.run.pause'] }).click();
  const t = await simTime();
  return { row: await recordedRow(), t };
}

/** The syringe's true volume after `t` s, headless. */
function headlessMl(t: number, set: Record<string, string | number> = {}): number {
  const m = createWetModel(reactionRatePreset);
  m.reset({ ...defaultParams(presetMeta(reactionRatePreset, wetParts).params), ...set });
  for (let i = 0; i < Math.round(t / 0.05); i++) m.step(0.05);
  return m.engine.value('G1', 'gasMl');
}

describe('wet bench, what affects the rate of a reaction (B2.4), by direct manipulation', () => {
  it('chips then powder: syringe readings against time as the model has them, powder far faster', async () => {
    await page.goto(`${server.url}/labs/${reactionRatePreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    // The clock is stopped by hand here, not at the first bubbles.
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('');

    const a = await runTo(10);
    const b = await runTo(20);
    for (const { row, t } of [a, b]) expect(Math.abs(row.syringeReadingMl - headlessMl(t))).toBeLessThanOrEqual(1);
    expect(b.row.syringeReadingMl).toBeGreaterThan(a.row.syringeReadingMl);

    // A fresh start with marble powder instead of chips.
    await page.getByRole('button', { name: labs['labs.run.reset'] }).click();
    await expect.poll(simTime).toBe(0);
    await bench.set('F1', 'marbleGrain', 'powder');
    const p = await runTo(10);
    expect(Math.abs(p.row.syringeReadingMl - headlessMl(p.t, { marbleGrain: 'powder' }))).toBeLessThanOrEqual(1);
    expect(p.row.syringeReadingMl / p.t).toBeGreaterThan((5 * a.row.syringeReadingMl) / a.t);
    await page.screenshot({ path: join(shots, 'wet-reaction-rate.png'), fullPage: true });
  }, 300_000);
});
