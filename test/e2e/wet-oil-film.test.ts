/**
 * Senior physics X3.1, 用油膜法估测油酸分子的大小, on the wet bench by direct manipulation in real Chromium (人教版 物理
 * 选择性必修第三册 第一章第2节): the dropper of 1 mL in 500 mL solution squeezed over the 5 mL cylinder until it reads
 * 1.0 mL (51 drops), dragged over the talc-dusted tray, one drop let fall; once the film has spread the glass plate is
 * laid and its squares counted by the half rule. The recorded d = V/S agrees with the model's molecule, 1.1 × 10⁻⁹ m
 * (../../simulations/wet/oil-film.ts), within the counting error (a few per cent for some 350 squares); the panel from
 * above shades as many squares as were counted.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { oilFilmPreset } from '../../simulations/wet/presets/oil-film';
import { OLEIC_ACID_LENGTH_M } from '../../simulations/wet/oil-film';
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

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
const tray = oilFilmPreset.setup.parts.find((p) => p.id === 'O1')!;

describe('wet bench, the oil film (X3.1), by direct manipulation', () => {
  it('51 drops to 1 mL, one drop on the tray, the plate laid after it spread: d within the counting error of 1.1 nm', async () => {
    await openPreset({ server, browser, page }, oilFilmPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);

    // 40 drops, let go (it fills again), 11 more: 51 drops, 0.9996 mL, read as 1.0 mL.
    await bench.set('R2', 'squeeze', true);
    await runFor(11);
    await bench.set('R2', 'squeeze', false);
    await bench.set('R2', 'drops', 11);
    await bench.set('R2', 'squeeze', true);
    await runFor(4);
    await bench.set('R2', 'squeeze', false);
    const counted = await recordRow(page);
    expect(counted.cylinderDrops).toBe(51);
    expect(counted.cylinderMl).toBe(1);
    expect(counted.dropsPerMl).toBe(51);

    // Over the tray, 3 cm right of its middle, the tip 5 cm above the water: one drop.
    await bench.drag('R2', tray.xM + 0.03, tray.yM - 0.005 - 0.05 - 0.06);
    await bench.set('R2', 'drops', 1);
    await bench.set('R2', 'squeeze', true);
    await runFor(1);
    await bench.set('R2', 'squeeze', false);
    await runFor(12);
    await expect.poll(() => benchDescription(page), { timeout: 10_000 }).toContain(wet['wet.describe.filmSpread'].replace('{part}', 'O1'));

    await bench.set('O1', 'plate', true);
    await runFor(0.5);
    const row = await recordRow(page);
    expect(row.trayDrops).toBe(1);
    // V = 1/51 mL × 1/500 = 3.92 × 10⁻¹¹ m³ over S = 356 cm²: some 350 squares, each film's outline different.
    expect(row.squares).toBeGreaterThan(320);
    expect(row.squares).toBeLessThan(390);
    expect(row.countedAreaCm2).toBe(row.squares);
    expect(row.moleculeNm).toBeCloseTo((1e9 * (1 / 51 / 500) * 1e-6) / (row.squares * 1e-4), 2);
    expect(Math.abs(row.moleculeNm / (OLEIC_ACID_LENGTH_M * 1e9) - 1)).toBeLessThan(0.05);
    // The panel from above shades the squares counted, as many as the row says.
    const panel = page.getByTestId('oil-film-O1');
    await expect.poll(() => panel.locator('rect[fill="rgba(34,197,94,0.28)"]').count()).toBe(row.squares);
    await expect.poll(() => benchDescription(page)).toContain(wet['wet.describe.outlineTraced'].replace('{part}', 'O1'));
    expect(await benchDescription(page)).not.toContain('tracedEarly');
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-oil-film.png'), fullPage: true });
  }, 400_000);

  it('the plate laid while the film still spreads: fewer squares, d too large, and the bench says why', async () => {
    await openPreset({ server, browser, page }, oilFilmPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await bench.set('R2', 'squeeze', true);
    await runFor(11);
    await bench.set('R2', 'squeeze', false);
    await bench.drag('R2', tray.xM - 0.04, tray.yM - 0.005 - 0.05 - 0.06);
    await bench.set('R2', 'drops', 1);
    await bench.set('R2', 'squeeze', true);
    await runFor(0.5);
    await bench.set('R2', 'squeeze', false);
    await bench.set('O1', 'plate', true);
    await runFor(0.5);
    const row = await recordRow(page);
    // 40 drops read as 0.8 mL: N = 50; the film had well under its 356 cm².
    expect(row.dropsPerMl).toBe(50);
    expect(row.squares).toBeLessThan(250);
    expect(row.moleculeNm).toBeGreaterThan(1.5);
    await expect.poll(() => benchDescription(page)).toContain('still spreading');
  }, 400_000);
});
