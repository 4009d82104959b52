/**
 * Senior chemistry B1.3, 同周期、同主族元素性质的递变, on the wet bench in real Chromium (人教版 化学 必修第一册 第四章 实验活动3): the
 * sodium hydroxide droppers squeezed six drops at a time, four times, over magnesium chloride (T1) and aluminium chloride (T2), the
 * second dragged away and back first: both precipitates white, Al(OH)₃ largest at 3 OH⁻ per Al and gone at 4, Mg(OH)₂ staying;
 * chlorine water into sodium bromide and potassium iodide, bromine water into potassium iodide: Br₂ and I₂ set free, recorded.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { periodicTrendsPreset } from '../../simulations/wet/presets/periodic-trends';
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
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-periodic-trends.png'), fullPage: true });
  }, 300_000);
});
