/**
 * Junior chemistry 4, 常见金属的化学性质 (人教版 化学 九年级下册 第八单元 实验活动4), by direct manipulation in
 * Chromium: the same 0.2 g of magnesium, zinc, iron and copper in 5 mL of the same 5 % hydrochloric acid; a wooden
 * splint taken from the bin, lit and held at the mouth of the magnesium's tube pops sharply (hydrogen mixed with
 * air: 检验氢气的纯度, 第四单元 课题3); the gas made ranks the metals Mg > Zn > Fe, copper none (it stands after
 * hydrogen); iron in copper sulfate is coated with copper and copper in silver nitrate with silver. Reference: the
 * magnesium (8.2 mmol) outlasts the acid, so its hydrogen is the acid's: Mg + 2HCl = MgCl₂ + H₂↑,
 * 5 mL × 1.0245 g/mL (CRC, 5 % HCl) × 5 % ÷ 36.46 g/mol ÷ 2 × 24.06 L/mol (20 °C, 101.3 kPa) = 84.5 mL.
 * Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metalsPreset } from '../../simulations/wet/presets/metals';
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

const MOLAR_ML = (8.314462618 * 293.15 * 1000) / 101.3;

describe('wet bench: the metals with acid and with salt solutions, by direct manipulation', () => {
  it('a lit splint at the magnesium tube pops; hydrogen Mg > Zn > Fe > Cu = 0, magnesium’s from all the acid; iron and copper displace copper and silver', async () => {
    await page.goto(`${server.url}/labs/${metalsPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(metalsPreset.measurements.filter((m) => ['copperOnNailG', 'silverG'].includes(m.name)), wet);

    // A wooden splint from the bin, turned tip down and lit.
    const splint = await bench.place('splint', 0.3, 0.1);
    await bench.select(splint);
    await page.locator(`#rot-${splint}`).fill('90');
    await page.locator(`#rot-${splint}`).press('Enter');
    await bench.set(splint, 'flame', 'burning');

    // Three seconds of magnesium in the acid, then the flame at the tube's mouth (9 cm above the standing tube's centre).
    await lab.playFor(3);
    const mg = await bench.position('T1');
    await bench.drag(splint, mg.xM, mg.yM - 0.09 - 0.07 - 0.005);
    await lab.playUntil('sharpPop', wet['wet.preset.event.sharpPop'], 30_000);
    expect(await lab.events()).not.toContain(wet['wet.preset.event.softPop']);

    await lab.playFor(40);
    const row = await lab.record();
    expect(row.h2Mg).toBeGreaterThan(row.h2Zn);
    expect(row.h2Zn).toBeGreaterThan(row.h2Fe);
    expect(row.h2Fe).toBeGreaterThan(0);
    expect(row.h2Cu).toBe(0);
    expect(Math.abs(row.h2Mg - ((5 * (1 + 0.49 * 0.05) * 0.05) / 36.46 / 2) * MOLAR_ML)).toBeLessThan(0.5);
    // Fe + CuSO4 = FeSO4 + Cu, Cu + 2AgNO3 = Cu(NO3)2 + 2Ag: a red and a grey coat within the minute.
    expect(row.copperOnNailG).toBeGreaterThan(0);
    expect(row.silverG).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-metals.png'), fullPage: true });
  }, 240_000);
});
