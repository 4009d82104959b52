/**
 * Senior chemistry B2.6, 乙醇、乙酸的主要性质, on the wet bench by direct manipulation in real Chromium (人教版 化学 必修第二册
 * 第七章第三节 实验7-4): the spatula of sodium tipped into the ethanol, a second one dragged over the water and tipped:
 * the water gives hydrogen many times faster; the acetic acid's pH paper reads ≤ 3 (litmus red); the spatula of sodium
 * carbonate dragged over the other tube of acid and tipped: carbon dioxide by 2CH₃COOH → CO₂ (30.1 mL). The recorded
 * rows say so. The copper wire (实验7-5): dragged with its coil into the lamp's outer flame it turns black, dragged into the
 * ethanol of T5 it is red again at once; three times over, the acetaldehyde made is one CH₃CHO (44.05 g/mol) for each CuO
 * (79.55 g/mol) the flame made, the copper's mass unchanged, and the bench warns of the smell.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { ethanolAceticPreset } from '../../simulations/wet/presets/ethanol-acetic';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import wet from '../../src/i18n/en/wet.json';
import { FLAME_TIP_Y_M } from '../../simulations/wet/parts/alcohol-lamp';
import { COIL_Y_M } from '../../simulations/wet/parts/copper-wire';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

/** Run for `s` more simulated seconds, then pause. */
const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);

const tube = (id: string) => ethanolAceticPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, ethanol and acetic acid (B2.6), by direct manipulation', () => {
  it('sodium: slow in ethanol, fast in water; acetic acid is acid and fizzes with soda', async () => {
    await page.goto(`${server.url}/labs/${ethanolAceticPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('');

    // Y1 is held over the ethanol; Y2 goes over the water (the bowl 5 cm right of its centre, 2 cm above the mouth).
    await bench.set('Y1', 'tipped', true);
    await bench.drag('Y2', tube('T2').xM - 0.05, tube('T2').yM - 0.11);
    await bench.set('Y2', 'tipped', true);
    await bench.drag('Y3', tube('T4').xM - 0.05, tube('T4').yM - 0.11);
    await bench.set('Y3', 'tipped', true);
    await runFor(8);
    const row = await recordRow(page);
    expect(row.h2FromWaterMl).toBeGreaterThan(10 * row.h2FromEthanolMl);
    expect(row.h2FromEthanolMl).toBeGreaterThan(0);
    expect(row.aceticPH).toBeLessThanOrEqual(3);
    expect(Math.abs(row.co2FromSodaMl - 30.1)).toBeLessThan(0.2);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-ethanol-acetic.png'), fullPage: true });
  }, 300_000);

  it('the copper wire: black in the flame, red again plunged hot into ethanol, acetaldehyde by CuO + CH₃CH₂OH = Cu + CH₃CHO + H₂O', async () => {
    await page.goto(`${server.url}/labs/${ethanolAceticPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('');
    const lamp = tube('L1'), t5 = tube('T5');
    let cuoMg = 0;
    for (let round = 1; round <= 3; round++) {
      await bench.drag('W1', lamp.xM, lamp.yM + FLAME_TIP_Y_M - COIL_Y_M);
      await runFor(6);
      const hot = await recordRow(page);
      expect(hot.wireBlackPct).toBe(100);
      cuoMg += hot.cuoMg;
      await bench.drag('W1', t5.xM, t5.yM + 0.09 - 0.01 - COIL_Y_M);
      await runFor(2);
      const row = await recordRow(page);
      expect(row.wireDips).toBe(round);
      expect(row.wireBlackPct).toBeLessThan(1);
      expect(row.wireCopperG).toBeCloseTo(1, 3);
      expect(Math.abs(row.aldehydeMg - (cuoMg * 44.05) / 79.55)).toBeLessThan(0.01 * row.aldehydeMg + 0.002);
    }
    // The bench tells how to smell it (扇闻).
    await page.getByText(wet['wet.diag.smell.acetaldehyde'].replace('{part}', 'T5')).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-ethanol-copper-wire.png'), fullPage: true });
  }, 300_000);
});
