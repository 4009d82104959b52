/**
 * Senior chemistry X3.2, 有机化合物中常见官能团的检验, on the wet bench in real Chromium (人教版 化学 选择性必修3 第三章 实验活动2): the
 * bromine water dropper dragged away from the 1-hexene and back, then every dropper squeezed over its tube: bromine water and
 * acidified permanganate lose their colour in 1-hexene and bromine water keeps it in hexane; iron(III) chloride turns phenol violet and
 * not ethanol; saturated bromine water gives white tribromophenol with phenol; NaHCO₃ fizzes in acetic acid; 1-bromobutane hydrolysed in
 * the hot bath, then nitric acid and silver nitrate dragged over it: pale-yellow AgBr. Recorded values against the stoichiometry.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { functionalGroupsPreset } from '../../simulations/wet/presets/functional-groups';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
const partAt = (id: string) => functionalGroupsPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, testing for functional groups (X3.2), by direct manipulation', () => {
  it('bromine and permanganate fade in 1-hexene, not bromine in hexane; FeCl₃ turns phenol violet, bromine water precipitates it', async () => {
    await openPreset({ server, browser, page }, functionalGroupsPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await runFor(0.5);
    const before = await recordRow(page);
    expect([before.bromineT1, before.dibromideT1, before.bromineT2, before.violetT4, before.tribromophenolT6]).toEqual([0, 0, 0, 0, 0]);
    // 5 drops of 0.01 mol/L KMnO₄ in T3 at the start: none yet (the dropper has not been squeezed).
    expect(before.permanganateT3).toBe(0);

    // The bromine water's dropper taken off to the side, then brought back over the 1-hexene.
    await bench.drag('R1', 0.7, 0.08);
    const p = dropperOverTube(partAt('T1'));
    await bench.drag('R1', p.xM, p.yM);
    for (const r of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R10']) await bench.set(r, 'squeeze', true);
    await runFor(3.5);
    const row = await recordRow(page);
    // 5 drops of 0.05 mol/L Br₂ (12.5 µmol): none left over 1-hexene, 12.5 µmol of C₆H₁₂Br₂ (243.97 g/mol) = 3.05 mg; all left over
    // hexane, 12.5 µmol in 1 mL + 0.25 mL = 10 mmol/L (the hexane counted at its own volume).
    expect(row.bromineT1).toBe(0);
    expect(row.dibromideT1).toBeCloseTo(3.05, 1);
    expect(row.bromineT2).toBeCloseTo(10, 0);
    expect(row.permanganateT3).toBe(0);
    // 3 drops of 0.1 mol/L FeCl₃ (15 µmol) in 2 mL + 0.15 mL of phenol: 6.98 mmol/L of the violet complex; in ethanol none, FeCl₃ stays.
    expect(row.violetT4).toBeCloseTo(6.98, 1);
    expect(row.violetT5).toBe(0);
    expect(row.ironT5).toBeGreaterThan(5);
    // 10 drops of 0.2 mol/L Br₂ (0.1 mmol) into 0.2 mmol of phenol: a third as much tribromophenol (330.80 g/mol), 11.0 mg.
    expect(row.tribromophenolT6).toBeCloseTo(11.03, 1);
    // 10 drops of 1 mol/L NaHCO₃ (0.5 mmol) into 5 % acetic acid: 0.5 mmol of CO₂, 12.0 mL at 20 °C and 101.325 kPa.
    expect(row.co2T8).toBeCloseTo(12.0, 0);

    // The 1-bromobutane in the hot NaOH: two and a half minutes in the 80 °C bath, then the nitric acid dragged over T7 and squeezed
    // first, then the silver nitrate: 5 drops of 0.1 mol/L (25 µmol) give 25 µmol of AgBr (187.77 g/mol), 4.69 mg, and no Ag₂O.
    await runFor(150);
    const hydrolysed = await recordRow(page);
    expect(hydrolysed.bromobutaneT7).toBeLessThan(0.01 * 3 * 0.05 * 1.276 * 1000);
    expect(hydrolysed.bromideT7).toBeCloseTo((3 * 0.05 * 1.276 * 1000) / 137.02, 1);
    const over = dropperOverTube(partAt('T7'));
    await bench.drag('R8', over.xM, over.yM);
    await bench.set('R8', 'squeeze', true);
    await runFor(5);
    await bench.drag('R8', 0.6, 0.1);
    await bench.drag('R9', over.xM, over.yM);
    await bench.set('R9', 'squeeze', true);
    await runFor(2.5);
    const silver = await recordRow(page);
    expect(silver.silverBromideT7).toBeCloseTo(4.69, 1);
    expect(silver.silverOxideT7).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-functional-groups.png'), fullPage: true });
  }, 300_000);
});
