/**
 * Senior B3.2 长度的测量及其测量工具的选用 on the mechanics bench by direct manipulation, in real Chromium (issue #17;
 * 人教版 必修第三册 第十一章第3节): each instrument read closed (the micrometer's +0.008 mm zero error), the tube
 * dragged into the caliper's jaws and read with the outside jaws, the inside jaws and the depth rod (T on the
 * caliper), to 0.05 mm on the 20-division vernier and 0.02 mm on the 50-division one, no estimate; the wire
 * dragged into the micrometer and read to 0.001 mm (an estimated tenth of a 0.01 mm division), the zero error
 * subtracted. The recorded readings are checked against the specimens' sizes read as the textbook reads them.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lengthPreset } from '../../simulations/mechanics/presets/length';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { CALIPER_ZERO_X_M } from '../../simulations/mechanics/parts/vernier-caliper';
import { MICROMETER_ANVIL_X_M } from '../../simulations/mechanics/parts/micrometer';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const description = () => benchDescription(page);

describe('B3.2 vernier caliper and micrometer, by direct manipulation', () => {
  it('the tube in the caliper (22.35, 18.60, 31.45 mm on 20 divisions; 31.44 on 50), the wire in the micrometer (0.524 − 0.008 = 0.516 mm)', async () => {
    await page.goto(`${server.url}/labs/${lengthPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    bench = new BenchDriver(page, tableOf(lengthPreset.id).widthM);

    // Closed: the caliper reads 0, the micrometer its zero error.
    const closed = await recordRow(page);
    expect(closed.caliperReadingMm).toBe(0);
    expect(closed.micrometerReadingMm).toBe(0.008);
    expect(await description()).toContain('The jaws of VC1 are closed on nothing');

    // The tube between the outside jaws: 22 mm + line 7 × 0.05 mm.
    const vc = await bench.position('VC1');
    await bench.drag('X1', vc.xM + CALIPER_ZERO_X_M + 0.012, vc.yM + 0.012);
    await expect.poll(description).toContain('VC1 holds X1');
    expect(await description()).toContain('past 22 mm on the main scale, and line 7 of its 20 lines');
    expect(Number(await page.locator('figure[data-caliper="VC1"]').getAttribute('data-shown-mm'))).toBeCloseTo(22.36, 4);
    expect((await recordRow(page)).caliperReadingMm).toBe(22.35);

    // T on the caliper: the inside jaws (the bore), then the depth rod.
    await bench.press('VC1', 't');
    await expect.poll(description).toContain('line 12 of its 20 lines');
    expect((await recordRow(page)).caliperReadingMm).toBe(18.6);
    await bench.press('VC1', 't');
    await expect.poll(description).toContain('past 31 mm');
    expect((await recordRow(page)).caliperReadingMm).toBe(31.45);
    // The 50-division vernier: 31 mm + line 22 × 0.02 mm.
    await bench.set('VC1', 'divisions', '50');
    await expect.poll(description).toContain('line 22 of its 50 lines');
    expect((await recordRow(page)).caliperReadingMm).toBe(31.44);

    // The wire in the micrometer: the 0.5 mm mark showing and 2.4 thimble divisions (0.524 mm), 0.516 mm corrected.
    const mi = await bench.position('MI1');
    await bench.drag('X2', mi.xM + MICROMETER_ANVIL_X_M + 0.001, mi.yM);
    await expect.poll(description).toContain('MI1 is closed on X2');
    expect(await description()).toMatch(/sleeve shows 0\.5 mm \(a half-millimetre mark\), the thimble is at 2\.4 divisions/);
    const wire = await recordRow(page);
    expect(wire.micrometerReadingMm).toBe(0.524);
    expect(wire.micrometerReadingMm - closed.micrometerReadingMm).toBeCloseTo(0.516, 9);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'mechanics-length.png'), fullPage: true });
  }, 180_000);
});
