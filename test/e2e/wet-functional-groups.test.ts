/**
 * Senior chemistry X3.2, 有机化合物中常见官能团的检验, on the wet bench in real Chromium (人教版 化学 选择性必修3 第三章 实验活动2): the
 * bromine water dropper dragged away from the 1-hexene and back, then every dropper squeezed over its tube: bromine water and
 * acidified permanganate lose their colour in 1-hexene and bromine water keeps it in hexane; iron(III) chloride turns phenol violet and
 * not ethanol; saturated bromine water gives white tribromophenol with phenol; NaHCO₃ fizzes in acetic acid; 1-bromobutane hydrolysed in
 * the hot bath, then nitric acid and silver nitrate dragged over it: pale-yellow AgBr. The aldehyde (第三章第三节 实验3-7, 3-8): ammonia
 * squeezed into silver nitrate (Tollens' reagent), the acetaldehyde dropper dragged over it and squeezed, the tube dragged into the 80 °C
 * bath: a silver mirror; copper sulfate squeezed into excess NaOH, acetaldehyde added, the tube dragged into the lamp's flame: brick-red
 * Cu₂O. Recorded values against the stoichiometry.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { functionalGroupsPreset, GROUPS_OVER_FLAME } from '../../simulations/wet/presets/functional-groups';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';
import { molarMassOf } from '../../simulations/wet/chem/species';
import { solutionDensityGPerMl } from '../../simulations/wet/reagents';

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
    // The hexane floats as its own layer and holds 99 % of that bromine (K_D 27): 12.4 mmol/L in its 1 mL.
    expect(row.bromineHexaneT2).toBeCloseTo((12.5 * 27) / (27 + 0.25), 0);
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

  it('acetaldehyde: a silver mirror with Tollens’ reagent in the warm bath, brick-red Cu₂O with fresh Cu(OH)₂ boiled in the flame', async () => {
    await openPreset({ server, browser, page }, functionalGroupsPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.showColumns(functionalGroupsPreset.measurements.filter((m) => ['blackSilverT9', 'tempT9', 'tempT10'].includes(m.name)), wet);
    // Tollens' reagent: 13 drops of 2 % ammonia (R11, over T9) into 2 mL of 2 % AgNO₃; Cu(OH)₂: 5 drops of 5 % CuSO₄ (R13, over T10) into
    // 2 mL of 10 % NaOH.
    await bench.set('R11', 'squeeze', true);
    await bench.set('R13', 'squeeze', true);
    await runFor(4.5);
    // The acetaldehyde: R12 (3 drops) dragged over T9, R14 (10 drops) over T10, each squeezed.
    for (const [r, t] of [['R12', 'T9'], ['R14', 'T10']] as const) {
      const over = dropperOverTube(partAt(t));
      await bench.drag(r, over.xM, over.yM);
      await bench.set(r, 'squeeze', true);
      await runFor(3.5);
      await bench.set(r, 'squeeze', false);
      await bench.drag(r, partAt(r).xM, partAt(r).yM);
    }
    // T9 into the 80 °C bath beside T7 (not shaken); T10 up into the lamp's outer flame.
    await bench.drag('T9', partAt('B1').xM + 0.02, 0.34);
    await bench.drag('T10', GROUPS_OVER_FLAME.xM, GROUPS_OVER_FLAME.yM);
    await runFor(150);
    const row = await recordRow(page);
    // 2 mL of 2 % AgNO₃ (169.87 g/mol): 0.239 mmol of silver, all of it on the glass (the 0.34 mmol of CH₃CHO is more than the half it
    // needs): 25.8 mg of mirror, no black powder.
    const silver = (2 * solutionDensityGPerMl('AgNO3(aq)', 0.02) * 0.02 * 1000) / molarMassOf('AgNO3(aq)');
    expect(row.tempT9).toBeGreaterThan(60);
    expect(row.mirrorT9).toBeGreaterThan(0.95 * silver * 107.87);
    expect(row.mirrorT9).toBeLessThan(1.05 * silver * 107.87);
    expect(row.blackSilverT9).toBe(0);
    // 5 drops of 5 % CuSO₄ (0.082 mmol) give half as much Cu₂O (143.09 g/mol): 5.9 mg, with the tube boiling.
    expect(row.tempT10).toBeGreaterThan(95);
    expect(row.cuprousOxideT10).toBeCloseTo(((5 * 0.05 * solutionDensityGPerMl('CuSO4(aq)', 0.05) * 0.05 * 1000) / molarMassOf('CuSO4(aq)') / 2) * 143.09, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-functional-groups-aldehyde.png'), fullPage: true });
  }, 400_000);
});
