/**
 * Junior chemistry 3, 燃烧条件的探究 (人教版 化学 九年级上册 第七单元 实验7-1) by direct manipulation in Chromium: run
 * the preset (80 °C water under a copper plate with white and red phosphorus on it, white phosphorus under the
 * water) until something catches fire, record; then drag the oxygen tube into the beaker beside the submerged
 * piece, open it, run until that piece catches fire, record. Checked against the model's conditions: ignition
 * temperatures 40 °C (white) and 240 °C (red), as the textbook gives them; and 4P + 5O₂ = 2P₂O₅ (P 30.974,
 * O 15.999, IUPAC): the smoke weighs 283.89/123.90 of the phosphorus burnt. Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combustionPreset } from '../../simulations/wet/presets/combustion';
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

const P2O5_PER_P = (2 * (2 * 30.974 + 5 * 15.999)) / (4 * 30.974);

describe('wet bench: the conditions for burning', () => {
  it('white phosphorus on the hot plate burns, red does not, white under water only once oxygen reaches it', async () => {
    await page.goto(`${server.url}/labs/${combustionPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);

    await lab.playUntil('ignitesOnPlate', wet['wet.preset.event.ignitesOnPlate'], 60_000);
    const first = await lab.record();
    expect(first.waterC).toBe(80);
    expect(first.plateC).toBeGreaterThan(40);
    expect(first.plateC).toBeLessThan(240);
    expect(first.whiteOnPlate).toBe(1);
    expect(first.redOnPlate).toBe(0);
    expect(first.whiteInWater).toBe(0);

    // The oxygen tube into the beaker, its end beside the piece on the bottom, and the gas on.
    await bench.drag('G1', 0.315, 0.445 - 0.07);
    await bench.set('G1', 'flowing', true);
    await lab.playUntil('ignitesUnderWater', wet['wet.preset.event.ignitesUnderWater'], 60_000);
    await lab.playFor(2);
    const second = await lab.record();
    expect(second.whiteInWater).toBe(1);
    expect(second.redOnPlate).toBe(0);
    expect(second.whiteBurnedG).toBeGreaterThan(0.001);
    expect(second.whiteSmokeG / second.whiteBurnedG).toBeCloseTo(P2O5_PER_P, 2);
    // The fume warning (the words follow running values a few times a second, so after a run, not at the pause).
    expect(await page.getByTestId('bench-diagnostics').textContent()).toContain('phosphorus pentoxide');
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-combustion.png'), fullPage: true });
  }, 180_000);
});
