/**
 * Senior chemistry X3.3, 糖类的性质, on the wet bench by direct manipulation in real Chromium (人教版 化学 选择性必修3 第四章第一节
 * 实验4-1 and 实验活动3; the silver mirror as 第三章第三节 实验3-7 makes it): the CuSO₄ dropper squeezed over 10 % NaOH, glucose dropped
 * in, the tube dragged up into the lamp's outer flame: brick-red Cu₂O. Ammonia dropped into 2 % AgNO₃ until the precipitate just
 * dissolves, glucose, the tube dragged into the 70 °C water bath: a silver mirror. The recorded rows and the description say so.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { sugarsPreset } from '../../simulations/wet/presets/sugars';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { benchDescription, closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 180_000);
const partAt = (id: string) => sugarsPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, properties of sugars (X3.3), by direct manipulation', () => {
  it('glucose with fresh Cu(OH)₂ heated in the flame turns brick red; with Tollens’ reagent in the warm bath it plates a silver mirror', async () => {
    await openPreset({ server, browser, page }, sugarsPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const description = () => benchDescription(page);

    // T1: five drops of 5 % CuSO₄ into 2 mL of 10 % NaOH, then 20 drops of glucose, then up into the lamp's outer flame.
    let over = dropperOverTube(partAt('T1'));
    await bench.drag('R1', over.xM, over.yM);
    await bench.set('R1', 'squeeze', true);
    await runFor(3);
    await bench.set('R1', 'squeeze', false);
    await bench.drag('R1', 0.38, 0.1);
    await bench.drag('R2', over.xM, over.yM);
    await bench.set('R2', 'squeeze', true);
    await runFor(6);
    await bench.set('R2', 'squeeze', false);
    const cold = await recordRow(page);
    expect(cold.cuprousOxideT1).toBeLessThan(0.1); // cold: next to nothing (hours at 20 °C)
    await bench.drag('T1', partAt('L1').xM, 0.25);
    await runFor(100);
    const red = await recordRow(page);
    // All the copper (0.0825 mmol) as Cu₂O: 0.041 mmol × 143.09 g/mol = 5.9 mg.
    expect(red.cuprousOxideT1).toBeGreaterThan(5.5);
    expect(red.cuprousOxideT1).toBeLessThan(6.0);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.brickRed'].replace('{part}', 'T1'));

    // T3: 13 drops of 2 % ammonia (the precipitate just dissolves), 20 drops of glucose, into the 70 °C bath, left still.
    over = dropperOverTube(partAt('T3'));
    await bench.drag('R4', over.xM, over.yM);
    await bench.set('R4', 'squeeze', true);
    await runFor(5);
    await bench.set('R4', 'squeeze', false);
    await bench.drag('R4', 0.5, 0.1);
    await bench.drag('R2', over.xM, over.yM);
    await bench.set('R2', 'squeeze', true);
    await runFor(6);
    await bench.set('R2', 'squeeze', false);
    await bench.drag('R2', 0.42, 0.1);
    await bench.drag('T3', partAt('B1').xM, 0.34);
    await runFor(90);
    const mirror = await recordRow(page);
    // 2 mL of 2 % AgNO₃: 0.24 mmol of silver, 25.8 mg, nearly all of it on the glass; none as black powder.
    expect(mirror.mirrorT3).toBeGreaterThan(20);
    expect(mirror.mirrorT3).toBeLessThan(26);
    expect(mirror.blackSilverT3).toBe(0);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.silverMirror'].replace('{part}', 'T3'));
    expect(await description()).not.toContain(wet['wet.diag.excessAmmonia'].replace('{part}', 'T3'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-sugars.png'), fullPage: true });
  }, 600_000);
});
