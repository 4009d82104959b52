/**
 * Senior chemistry X1.3, 盐类水解的应用, on the wet bench in real Chromium (人教版 化学 选择性必修1 第三章第三节 and 实验活动3): the
 * recorded row reads the six salts' pH by paper and meter (NaCl neutral, Na₂CO₃, NaHCO₃, CH₃COONa basic, NH₄Cl and Al₂(SO₄)₃
 * acidic); the aluminium sulfate dropper, dragged away and back over the hydrogencarbonate and squeezed (the foam extinguisher),
 * makes white Al(OH)₃ and carbon dioxide, and the bench says the tube turns milky; iron(III) chloride squeezed into the boiling
 * water makes the red-brown Fe(OH)₃ colloid, into the cold water none.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { saltHydrolysisPreset } from '../../simulations/wet/presets/salt-hydrolysis';
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
const partAt = (id: string) => saltHydrolysisPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, applications of salt hydrolysis (X1.3), by direct manipulation', () => {
  it('reads the salts’ pH by paper and meter, and the foam extinguisher gives Al(OH)₃ and CO₂', async () => {
    await openPreset({ server, browser, page }, saltHydrolysisPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await runFor(0.5);
    const before = await recordRow(page);
    // pH paper against the colour card (whole numbers) and the meter (Harris's pKa, exact charge balance: see the preset's unit test).
    expect([1, 2, 3, 4, 5, 6].map((i) => before[`paper${i}`])).toEqual([7, 12, 8, 9, 5, 4]);
    expect(before.meter1).toBeCloseTo(7, 2);
    expect(before.meter2).toBeCloseTo(11.65, 2);
    expect(before.meter3).toBeCloseTo(8.34, 2);
    expect(before.meter4).toBeCloseTo(8.88, 2);
    expect(before.meter5).toBeCloseTo(5.12, 2);
    expect(before.meter6).toBeCloseTo(3.58, 2);
    expect(before.co2T7).toBe(0);

    // The dropper taken off to the side, then brought back over T7 and squeezed: ten drops of 0.5 mol/L Al₂(SO₄)₃ (0.25 mmol).
    await bench.drag('R1', 0.74, 0.08);
    const p = dropperOverTube(partAt('T7'));
    await bench.drag('R1', p.xM, p.yM);
    await bench.set('R1', 'squeeze', true);
    await runFor(3);
    const after = await recordRow(page);
    // 0.5 mmol of Al(OH)₃ (78.00 g/mol) and 1.5 mmol of CO₂ (24.06 L/mol at 20 °C): 39.0 mg and 36.1 mL.
    expect(after.hydroxideT7).toBeCloseTo(39.0, 0);
    expect(after.co2T7).toBeCloseTo(36.1, 0);
    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.milky'].replace('{part}', 'T7'));

    // Six drops of 1 mol/L FeCl₃ (0.3 mmol) into each beaker: the boiling one's becomes colloid (half in 20 s), the cold one's stays FeCl₃.
    await bench.set('R2', 'squeeze', true);
    await bench.set('R3', 'squeeze', true);
    await runFor(60);
    const iron = await recordRow(page);
    expect(iron.colloidB1).toBeGreaterThan(6);
    expect(iron.colloidB1).toBeLessThan(7.6);
    expect(iron.colloidB2).toBe(0);
    expect(iron.ironB2).toBeCloseTo(7.44, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-salt-hydrolysis.png'), fullPage: true });
  }, 300_000);
});
