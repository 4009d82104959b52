/**
 * Senior B2.3 验证机械能守恒定律 on the mechanics bench by direct manipulation, in real Chromium (issue #17;
 * 人教版 必修第二册 第八章第5节): the 200 g weight let go (T on the stand) pulls its tape through the 50 Hz ticker
 * timer; when it has landed the tape is read at dots 10 and 15 (chosen in the stand's inspector): the first gap
 * ≈ 2 mm, hₙ = ½ a (nT)² with a = g − f/m, vₙ = (hₙ₊₁ − hₙ₋₁)/(2T) = a nT, and ΔEk/ΔEp = 1 − f/(m g) = 0.985 with
 * the tape's 0.03 N; with the resistance set to 0 the weight falls again and ΔEk = ΔEp within the readings.
 * The recorded rows are checked against these closed forms and against the same setup run headless.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultParams } from '../../simulations/core/params';
import { runSimulation } from '../../simulations/core';
import { createMechanicsModel } from '../../simulations/mechanics/model';
import { energyPreset } from '../../simulations/mechanics/presets/energy';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import mechanics from '../../src/i18n/en/mechanics.json';

const G = 9.8, T = 0.02, M = 0.2;
let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const description = () => benchDescription(page);
const lastEvent = () => page.locator('.events li').first().textContent({ timeout: 500 }).catch(() => '');

/** Do something that lets the weight fall, run (the lab pauses at each landing), and wait until it has landed. */
async function runToLanding(action: () => Promise<void>) {
  const before = await lastEvent();
  await action();
  const play = page.getByRole('button', { name: labs['labs.run.play'] });
  for (let attempt = 0; attempt < 3 && (await lastEvent()) === before; attempt++) {
    if (await play.count()) await play.first().click();
    await expect.poll(lastEvent, { timeout: 20_000 }).not.toBe(before).catch(() => {});
  }
  expect(await lastEvent(), `no landing after the action; the bench: ${await description()}`).toContain(mechanics['mechanics.preset.e.weightLanded']);
  await expect.poll(description).toContain('has landed on the pad');
}

/** The row against the closed forms for resistance f at dot n (each reading within 0.05 mm). */
function checkRow(row: Record<string, number>, n: number, f: number) {
  const a = G - f / M;
  expect(row.dot).toBe(n);
  expect(Math.abs(row.firstGapM - 0.5 * a * T * T)).toBeLessThanOrEqual(0.00005 + 1e-9); // ≈ 2 mm
  expect(Math.abs(row.hM - 0.5 * a * (n * T) ** 2)).toBeLessThanOrEqual(0.00005 + 1e-9);
  expect(Math.abs(row.vMps - a * n * T)).toBeLessThanOrEqual(0.0001 / (2 * T) + 0.001);
  expect(row.dEpJ).toBeCloseTo(M * G * row.hM, 3);
  return row.dEkJ / row.dEpJ;
}

describe('B2.3 the falling weight and its tape, by direct manipulation', () => {
  it('let go: at dots 10 and 15 ΔEk/ΔEp = 1 − f/(mg) ≈ 0.985; with no resistance ≈ 1', async () => {
    await page.goto(`${server.url}/labs/${energyPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    bench = new BenchDriver(page, tableOf(energyPreset.id).widthM);
    expect(await description()).toContain('is held by the top of its tape');

    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await runToLanding(() => bench.press('DT1', 't'));
    expect(Number(await page.locator('figure[data-fall-tape="DT1"]').getAttribute('data-dots'))).toBeGreaterThanOrEqual(20);

    const r10 = checkRow(await recordRow(page), 10, 0.03);
    await bench.set('DT1', 'dot', 15);
    const row15 = await recordRow(page);
    const r15 = checkRow(row15, 15, 0.03);
    for (const r of [r10, r15]) {
      expect(r).toBeGreaterThan(1 - 0.03 / (M * G) - 0.006);
      expect(r).toBeLessThan(1);
    }
    // The same setup headless reads the same tape.
    const m = createMechanicsModel(energyPreset);
    m.reset({ ...defaultParams(m.meta.params), start: 'released', dot: 15 });
    const headless = runSimulation(m, { untilEvent: 'landed' }).measurements;
    expect(headless.hM).toBe(row15.hM);
    expect(headless.vMps).toBeCloseTo(row15.vMps, 3);

    // No resistance: a new tape; ΔEk = ΔEp within the readings.
    await runToLanding(() => bench.set('DT1', 'resistanceN', 0));
    const r0 = checkRow(await recordRow(page), 15, 0);
    expect(Math.abs(r0 - 1)).toBeLessThan(0.004);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'mechanics-energy.png'), fullPage: true });
  }, 180_000);
});
