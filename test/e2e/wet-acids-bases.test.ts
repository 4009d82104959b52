/**
 * Junior chemistry 7, 常见酸、碱的化学性质 (人教版 化学 九年级下册 第十单元 实验活动6), by direct manipulation in
 * Chromium: litmus in the 5 % hydrochloric acid is red and phenolphthalein in the 5 % sodium hydroxide pink (pH paper
 * 0 and 14: 1.4 and 1.3 mol/L); the first tube changed to the alkali in its inspector turns the litmus blue; then
 * back to acid with phenolphthalein, a burette of 0.5 mol/L sodium hydroxide taken from the bin and hung over it,
 * the tap opened: the tube turns pink when the acid is neutralised (NaOH + HCl = NaCl + H₂O), at
 * 3 mL × 1.0245 g/mL (CRC, 5 % HCl) × 5 % ÷ 36.46 g/mol ÷ 0.5 mol/L = 8.43 mL read on the burette; zinc gives
 * hydrogen, rust dissolves to a yellow solution, marble gives carbon dioxide. Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acidsBasesPreset } from '../../simulations/wet/presets/acids-bases';
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

/** The colour of the liquid drawn in a tube, as red, green and blue. */
async function liquid(id: string): Promise<{ r: number; g: number; b: number }> {
  const fill = (await page.locator(`g.part[data-part="${id}"] rect[opacity="0.85"]`).first().getAttribute('fill')) ?? '';
  const [r, g, b] = (fill.match(/[\d.]+/g) ?? []).map(Number);
  return { r, g, b };
}

describe('wet bench: acids and bases, by direct manipulation', () => {
  it('litmus red in acid and blue in alkali, phenolphthalein pink; neutralised by the burette at n(NaOH) = n(HCl); zinc and marble give gas, rust a yellow solution', async () => {
    await page.goto(`${server.url}/labs/${acidsBasesPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);

    await lab.playFor(2);
    const first = await lab.record();
    expect(first.pH1).toBe(0);
    expect(first.pH2).toBe(14);
    const red = await liquid('T1'), pink = await liquid('T2');
    expect(red.r).toBeGreaterThan(red.b + 30);
    expect(pink.r).toBeGreaterThan(pink.g + 60);

    // The same litmus in the alkali: blue.
    await bench.set('T1', 'solution', 'naoh');
    await lab.playFor(1);
    expect((await lab.record()).pH1).toBe(14);
    const blue = await liquid('T1');
    expect(blue.b).toBeGreaterThan(blue.r + 30);

    // Acid with phenolphthalein again (colourless), and a burette of 0.5 mol/L NaOH over it, its tip 1 cm above the mouth.
    await bench.set('T1', 'solution', 'hcl');
    await bench.set('T1', 'added', 'phenolphthalein');
    const burette = await bench.place('burette', 0.05, 0.2);
    await bench.set(burette, 'naohMolL', 0.5);
    const tube = await bench.position('T1');
    await bench.drag(burette, tube.xM, tube.yM - 0.09 - 0.01 - 0.15);
    await bench.set(burette, 'tap', 'slow');
    await lab.playUntil('endPoint', wet['wet.preset.event.neutralised'], 120_000);
    await bench.set(burette, 'tap', 'closed');
    const neutral = await lab.record();
    expect(neutral.pH1).toBeGreaterThanOrEqual(8);
    const turned = await liquid('T1');
    expect(turned.r).toBeGreaterThan(turned.g + 30);
    const readMl = Number(await page.getByTestId(`burette-${burette}`).getAttribute('data-reading'));
    expect(Math.abs(readMl - ((3 * 1.0245 * 0.05) / 36.46 / 0.5) * 1000)).toBeLessThanOrEqual(0.05);

    // Zinc gives hydrogen, marble carbon dioxide.
    expect(neutral.h2Ml3).toBeGreaterThan(0);
    expect(neutral.co2Ml5).toBeGreaterThan(0);
    // Rust dissolves to a yellow solution (Fe2O3 + 6HCl = 2FeCl3 + 3H2O), its flakes at the bottom.
    const yellow = await liquid('T4');
    expect(yellow.b).toBeLessThan(yellow.g - 20);
    expect(yellow.r).toBeGreaterThan(yellow.b + 40);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-acids-bases.png'), fullPage: true });
  }, 240_000);
});
