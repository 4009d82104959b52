/**
 * Senior chemistry X3.1 乙酸乙酯的制备与性质 (人教版 化学 选择性必修3 第三章 实验活动; 必修第二册 实验7-6) on the wet bench by direct
 * manipulation in real Chromium: the three hydrolysis tubes (water, dilute sulfuric acid, 30 % sodium hydroxide solution, each
 * with 1 mL of ethyl acetate) dragged into the 75 °C water bath while the lamp's small flame heats the ethanol, concentrated
 * sulfuric acid and glacial acetic acid in T1. After about four minutes the recorded row shows the colourless oily
 * layer on the saturated sodium carbonate solution in T2 (its thickness V / 2.01 cm² in the 16 mm bore), the carbon dioxide the
 * acid carried over gave off there, and the ester layers shrinking fastest with the alkali, slower with the acid and hardly on
 * water (../../simulations/wet/chem/esterification.ts). The lamp is then put out: the delivery tube's end is above the
 * solution, so nothing is sucked back. The setup told in words names the oily layer and the fruity smell (waft it).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { esterPreset } from '../../simulations/wet/presets/ester';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { benchDescription, closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 420_000);
const partAt = (id: string) => esterPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, making ethyl acetate and its properties (X3.1), by direct manipulation', () => {
  it('an oily layer gathers on the soda solution with CO₂ bubbles; in the bath the layer goes fastest with NaOH, then acid, hardly on water', async () => {
    await openPreset({ server, browser, page }, esterPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);

    const first = await recordRow(page);
    expect(first.esterLayerMl).toBe(0);
    expect(first.layerWaterMl).toBeCloseTo(1, 2);

    // The three hydrolysis tubes dragged sideways into the bath, side by side.
    const bath = partAt('B1');
    for (const [id, dx] of [['T3', -0.015], ['T4', 0], ['T5', 0.015]] as const) await bench.drag(id, bath.xM + dx, partAt(id).yM);
    await runFor(250);

    const row = await recordRow(page);
    expect(row.mixtureC).toBeGreaterThan(85);
    expect(row.distilledMl).toBeGreaterThan(0.2);
    expect(row.esterLayerMl).toBeGreaterThan(0.1);
    // Thickness = volume over the bore (π·0.8² cm²), both as the table shows them (3 and 2 significant figures).
    expect(row.esterLayerMm).toBeCloseTo((10 * row.esterLayerMl) / (Math.PI * 0.64), 0);
    expect(row.esterCollectedG).toBeGreaterThan(0.9 * 0.9 * row.esterLayerMl);
    expect(row.co2InReceiverMl).toBeGreaterThan(0.5);
    expect(row.layerAlkaliMl).toBeLessThan(0.05);
    expect(row.layerAcidMl).toBeLessThan(row.layerWaterMl - 0.01);
    expect(row.layerWaterMl).toBeGreaterThan(0.4);

    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.oilyLayer'].replace('{part}', 'T2'));
    expect(await description()).toContain(wet['wet.diag.smell.ethylAcetate'].replace('{part}', 'T2'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-ester.png'), fullPage: true });

    // The lamp put out: the tube's end is above the solution, so nothing runs back.
    await bench.set('L1', 'lit', false);
    await runFor(20);
    const last = await recordRow(page);
    expect(last.suckedBackMl).toBe(0);
  }, 600_000);
});
