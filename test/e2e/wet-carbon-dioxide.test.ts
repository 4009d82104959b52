/**
 * Junior chemistry 2, 二氧化碳的实验室制取与性质 (人教版 化学 九年级上册 第六单元 课题2, 实验活动2), by direct
 * manipulation in Chromium: marble chips and dilute hydrochloric acid give gas at once; the gas goes by its delivery
 * tube into a jar standing mouth up (upward displacement of air: CO₂ is denser than air); a burning splint held at
 * the jar's mouth goes out when the jar is full (验满); the delivery tube is then taken out of the jar and dipped into
 * the limewater, which turns milky. The recorded rows are checked against the equation
 * CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑: the gas made is the marble used ÷ 100.09 g/mol × RT/p (24.06 L/mol at 20 °C,
 * 101.3 kPa, the bench's room), and a flame goes out below 15 % oxygen, so the jar is over 28 % CO₂ by then
 * (simulations/wet/chem/gas-tests.ts). Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonDioxidePreset } from '../../simulations/wet/presets/carbon-dioxide';
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

/** Litres per mole of an ideal gas at the bench's room, 20 °C and 101.3 kPa: RT/p. */
const MOLAR_ML = (8.314462618 * 293.15 * 1000) / 101.3;
/** CaCO₃, g/mol (IUPAC atomic weights). */
const CACO3_G_PER_MOL = 100.09;

describe('wet bench: carbon dioxide, by direct manipulation', () => {
  it('marble and acid, collect mouth up, the burning splint at the mouth goes out, the limewater turns milky; volume from the marble used', async () => {
    await page.goto(`${server.url}/labs/${carbonDioxidePreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(carbonDioxidePreset.measurements.filter((m) => ['marbleLeftG', 'splint', 'limewaterCloudiness'].includes(m.name)), wet);

    await lab.playUntil('bubbles', wet['wet.preset.event.bubbles'], 30_000);
    // The burning splint held upright at the jar's mouth, its tip 5 mm inside (the jar's mouth is 6 cm above its centre).
    const jar = await bench.position('J1');
    await bench.drag('S1', jar.xM, jar.yM - 0.06 - 0.07 + 0.005);
    await lab.playUntil('splintOut', wet['wet.preset.event.splintOut'], 180_000);
    const full = await lab.record();
    expect(full.splint).toBe(-1);
    expect(full.jarCo2Percent).toBeGreaterThan(100 * (1 - 0.15 / 0.21));
    expect(full.jarCo2Percent).toBeLessThan(100);
    expect(full.marbleLeftG).toBeLessThan(10);
    // CaCO3 + 2HCl = CaCl2 + H2O + CO2: mol of gas = mol of marble used (marble read to 1 mg: ±0.12 mL).
    expect(Math.abs(full.co2MadeMl - ((10 - full.marbleLeftG) / CACO3_G_PER_MOL) * MOLAR_ML)).toBeLessThan(0.5);
    expect(full.limewaterCloudiness).toBe(0);

    // The delivery tube out of the jar and into the limewater.
    await bench.unwire('F1.stopper', 'J1.dip');
    await bench.wire('F1.stopper', 'T2.dip');
    await lab.playUntil('limewaterMilky', wet['wet.preset.event.limewaterMilky'], 120_000);
    const milky = await lab.record();
    expect(milky.limewaterCloudiness).toBeGreaterThan(0.15);
    expect(milky.co2MadeMl).toBeGreaterThan(full.co2MadeMl);
    expect(Math.abs(milky.co2MadeMl - ((10 - milky.marbleLeftG) / CACO3_G_PER_MOL) * MOLAR_ML)).toBeLessThan(0.5);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-carbon-dioxide.png'), fullPage: true });
  }, 300_000);
});
