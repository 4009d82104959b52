/**
 * Junior physics 4.1.3, 用常见温度计测量温度 (人教版 物理 八年级上册 第三章第1节), on the wet bench by direct
 * manipulation in Chromium: wait until the column stops moving, read; read again from above (俯视: high); lift the
 * thermometer out of the water and read it in the air (it falls towards the room's 20 °C). Reference values: the
 * bulb's lag τ ≈ 8 s in water and 60 s in air, the scale 2 mm in front of the column read from 30° above:
 * +1.15 °C (simulations/wet/thermometer-reading.ts, Liptak). Needs `npx vite build` first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thermometerPreset } from '../../simulations/wet/presets/thermometer';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { BenchDriver } from '../support/bench-driver';
import { LabFrameDriver } from '../support/lab-frame-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

describe('wet bench: reading a thermometer', () => {
  it('steady in 60 °C water it reads 58–60 °C; from above one or two degrees more; in the air it falls', async () => {
    await page.goto(`${server.url}/labs/${thermometerPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);

    await lab.playUntil('thermometerSteady', wet['wet.preset.event.thermometerSteady'], 60_000);
    const level = await lab.record();
    // Water from 60 °C cools slowly (150 g, 0.35 W/K); the bulb within a division of it.
    expect(level.readingC).toBeGreaterThanOrEqual(58);
    expect(level.readingC).toBeLessThanOrEqual(60);

    await bench.set('Th1', 'eye', 'above');
    const above = await lab.record();
    expect(above.readingC - level.readingC).toBeGreaterThanOrEqual(1);
    expect(above.readingC - level.readingC).toBeLessThanOrEqual(2);

    await bench.drag('Th1', 0.6, 0.2);
    await lab.playFor(20);
    const air = await lab.record();
    // Out of the water into the air for 20 s (a little more before the pause): from ~59.5 °C, 20 + 39.5·e^(−t/60)
    // for t 20–25 s is 46.8–48.3 °C, +1.15 from above, read to a degree.
    expect(air.readingC).toBeGreaterThanOrEqual(46);
    expect(air.readingC).toBeLessThanOrEqual(50);
  }, 180_000);
});
