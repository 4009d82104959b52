/**
 * Senior chemistry B1.3, 同周期、同主族元素性质的递变, on the wet bench in real Chromium (人教版 化学 必修第一册 第四章 实验活动3): the
 * sodium hydroxide droppers squeezed six drops at a time, four times, over magnesium chloride (T1) and aluminium chloride (T2), the
 * second dragged away and back first: both precipitates white, Al(OH)₃ largest at 3 OH⁻ per Al and gone at 4, Mg(OH)₂ staying;
 * chlorine water into sodium bromide and potassium iodide, bromine water into potassium iodide: Br₂ and I₂ set free, recorded; the CCl₄
 * dropper dragged over each and squeezed: the lower layer orange-red (Br₂) or violet (I₂), recorded and described. The
 * metals: the sodium tipped from the spatula into the water with phenolphthalein (½ H₂ per Na, pH of the NaOH made, the bench telling
 * it darts about; a piece too big is warned of), magnesium tube T7 dragged into the lamp's flame and boiled against T6 in cold water,
 * magnesium faster than aluminium in the same acid.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { CCL4_SHELF, OVER_FLAME, periodicTrendsPreset, SODIUM_G } from '../../simulations/wet/presets/periodic-trends';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
const partAt = (id: string) => periodicTrendsPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, trends across a period and down a group (B1.3), by direct manipulation', () => {
  it('NaOH to excess dissolves Al(OH)₃ but not Mg(OH)₂; chlorine and bromine set the halogens below them free', async () => {
    await openPreset({ server, browser, page }, periodicTrendsPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await runFor(0.5);
    const before = await recordRow(page);
    expect([before.mgHydroxideT1, before.alHydroxideT2, before.bromineT3, before.iodineT4, before.iodineT5]).toEqual([0, 0, 0, 0, 0]);

    // The aluminium chloride's dropper taken off to the side, then brought back over T2.
    await bench.drag('R2', 0.7, 0.08);
    const p = dropperOverTube(partAt('T2'));
    await bench.drag('R2', p.xM, p.yM);
    const rows = [];
    for (let i = 0; i < 4; i++) {
      await bench.set('R1', 'squeeze', true);
      await bench.set('R2', 'squeeze', true);
      await runFor(2.5);
      await bench.set('R1', 'squeeze', false);
      await bench.set('R2', 'squeeze', false);
      await runFor(0.2);
      rows.push(await recordRow(page));
    }
    // 2 mL of 0.1 mol/L: 0.2 mmol of metal; 6 drops of 1 mol/L NaOH (0.3 mmol OH⁻) a squeeze (see the preset's unit test).
    // Al(OH)₃ (78.00 g/mol): 0.1, 0.2, 0 (0.9 mmol OH⁻ is past 4 per Al), 0 mmol; Mg(OH)₂ (58.32 g/mol): 0.15, then 0.2 mmol.
    expect(rows.map((r) => r.alHydroxideT2)).toEqual([expect.closeTo(7.8, 1), expect.closeTo(15.6, 1), 0, 0]);
    expect(rows.map((r) => r.mgHydroxideT1)).toEqual([expect.closeTo(8.75, 1), expect.closeTo(11.66, 1), expect.closeTo(11.66, 1), expect.closeTo(11.66, 1)]);
    // All the aluminium as [Al(OH)₄]⁻ in 2 mL + 24 drops (3.2 mL): 62.5 mmol/L.
    expect(rows[3].aluminateT2).toBeCloseTo(62.5, 0);
    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.milky'].replace('{part}', 'T1'));
    expect(await description()).not.toContain(wet['wet.describe.milky'].replace('{part}', 'T2'));

    // Five drops of 0.05 mol/L chlorine or bromine water (12.5 µmol) into each halide: 12.5 µmol in 2.25 mL, 5.56 mmol/L.
    for (const r of ['R3', 'R4', 'R5']) await bench.set(r, 'squeeze', true);
    await runFor(2.5);
    const halogens = await recordRow(page);
    expect(halogens.bromineT3).toBeCloseTo(5.56, 1);
    expect(halogens.iodineT4).toBeCloseTo(5.56, 1);
    expect(halogens.iodineT5).toBeCloseTo(5.56, 1);

    // The carbon tetrachloride dropper (R6, 20 drops = 1 mL) dragged over T3, T4 and T5 in turn and squeezed: it sinks under the water
    // and takes the halogen up (K_D 27 for Br₂, 85 for I₂, Lange's): 92.3 % of the bromine, 97.4 % of the iodine, in 1 mL.
    for (const t of ['T3', 'T4', 'T5']) {
      const over = dropperOverTube(partAt(t));
      await bench.drag('R6', over.xM, over.yM);
      await bench.set('R6', 'squeeze', true);
      await runFor(6);
      await bench.set('R6', 'squeeze', false);
    }
    await bench.drag('R6', CCL4_SHELF.xM, CCL4_SHELF.yM);
    const extracted = await recordRow(page);
    expect(extracted.bromineCcl4T3).toBeCloseTo((12.5 * 27) / (27 + 2.25), 0);
    expect(extracted.iodineCcl4T4).toBeCloseTo((12.5 * 85) / (85 + 2.25), 0);
    expect(extracted.iodineCcl4T5).toBeCloseTo((12.5 * 85) / (85 + 2.25), 0);
    const orange = wet['wet.describe.layerBelow'].replace('{part}', 'T3').replace('{colour}', wet['wet.describe.layerColour.orange']);
    const violet = wet['wet.describe.layerBelow'].replace('{part}', 'T4').replace('{colour}', wet['wet.describe.layerColour.violet']);
    await expect.poll(description, { timeout: 10_000 }).toContain(orange);
    expect(await description()).toContain(violet);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-periodic-trends.png'), fullPage: true });
  }, 300_000);

  it('sodium darts on the water and turns it red; magnesium boiled gives slow H₂ and pale red, cold hardly anything; Mg beats Al in acid', async () => {
    await openPreset({ server, browser, page }, periodicTrendsPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const description = () => benchDescription(page);
    // Too big a piece first: the bench says so before it goes in.
    await bench.set('Y1', 'grams', 0.5);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.diag.sodiumTooBig'].replace('{part}', 'Y1').replace('{g}', '0.5'));
    await bench.set('Y1', 'grams', SODIUM_G);
    await expect.poll(description, { timeout: 10_000 }).not.toContain(wet['wet.diag.sodiumTooBig'].slice(0, 20));
    // Mung-bean sodium tipped into B1; T7 dragged into the lamp's outer flame.
    await bench.set('Y1', 'tipped', true);
    await bench.drag('T7', OVER_FLAME.xM, OVER_FLAME.yM);
    await runFor(2);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.sodiumDarts'].replace('{part}', 'B1'));
    const early = await recordRow(page);
    // In the same acid, strips of equal surface: magnesium twice as fast as aluminium at first (the rows' rate constants, estimates).
    expect(early.h2MgAcidT8).toBeGreaterThan(1.6 * early.h2AlAcidT9);
    await runFor(150);
    const row = await recordRow(page);
    // 0.05 g of sodium: 2.17 mmol, 1.09 mmol H₂ (24.06 L/mol at 20 °C) = 26.2 mL; NaOH 0.0435 mol/L in 50 mL: pH 12.64.
    expect(row.h2SodiumB1).toBeCloseTo(26.2, 0);
    expect(row.pHB1).toBeCloseTo(12.64, 1);
    expect(await description()).toContain(wet['wet.describe.phenolphthaleinRed'].replace('{part}', 'B1'));
    // T7 boiling: a few tenths of a mL of H₂, pH 10.35 (Mg(OH)₂, Ksp 5.61 × 10⁻¹²); T6 cold: pH 7, next to no hydrogen.
    expect(row.tempT7).toBeGreaterThan(99);
    expect(row.h2HotT7).toBeGreaterThan(0.1);
    expect(row.pHT7).toBeCloseTo(10.35, 2);
    expect(row.pHT6).toBeCloseTo(7, 1);
    expect(row.h2ColdT6).toBeLessThan(0.001);
    expect(await description()).toContain(wet['wet.describe.phenolphthaleinRed'].replace('{part}', 'T7'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-periodic-trends-metals.png'), fullPage: true });
  }, 300_000);
});
