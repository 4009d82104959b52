/**
 * Melting of a solid (人教版 物理 八年级上册 第三章第2节 熔化和凝固, paired with boiling, junior physics 4.2.1), by
 * direct manipulation in Chromium: 2 g each of crushed 海波 and paraffin typed into the variables, the bath's water
 * from 50 °C, the lamp under it lit; both thermometers read as the solids warm, while the 海波 melts and after.
 * Reference values: 海波 melts at 48 °C and holds it until melted (a crystal, latent heat 201 J/g; the textbook's
 * curve); paraffin has no melting point and keeps rising through 48–62 °C (simulations/wet/chem/heat.ts). The
 * plateau's heat, m·L, is checked headless (simulations/wet/presets/melting.test.ts). Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meltingPreset } from '../../simulations/wet/presets/melting';
import { LabFrameDriver } from '../support/lab-frame-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

async function setParam(name: string, value: number): Promise<void> {
  const field = page.locator(`#param-${name}`);
  await field.fill(String(value));
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(String(value));
}

describe('wet bench: melting 海波 and paraffin in a water bath, by direct manipulation', () => {
  it('海波 reads 48 °C from the first melting until all has melted, then rises; paraffin rises all the while', async () => {
    await page.goto(`${server.url}/labs/${meltingPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const lab = new LabFrameDriver(page);
    await setParam('hypoG', 2);
    await setParam('paraffinG', 2);
    await setParam('waterStartC', 50);
    await lab.speed(2);

    await lab.playUntil('melting', wet['wet.preset.event.melting'], 90_000);
    const first = await lab.record();
    expect(first.hypoC).toBeGreaterThanOrEqual(46);
    expect(first.hypoC).toBeLessThanOrEqual(48);
    expect(first.hypoMeltedPct).toBeLessThan(5);

    // Readings a minute apart while it melts: the crystal's stays, the wax's climbs.
    await lab.playFor(40);
    const during = await lab.record();
    await lab.playFor(40);
    const later = await lab.record();
    expect(during.hypoC).toBe(48);
    expect(later.hypoC).toBe(48);
    expect(later.hypoMeltedPct).toBeGreaterThan(during.hypoMeltedPct);
    expect(during.paraffinC).toBeGreaterThan(first.paraffinC);
    expect(later.paraffinC).toBeGreaterThan(during.paraffinC);
    expect(later.paraffinC).toBeGreaterThan(48);

    await lab.playUntil('melted', wet['wet.preset.event.melted'], 180_000);
    await lab.playFor(30);
    const after = await lab.record();
    expect(after.hypoMeltedPct).toBe(100);
    expect(after.hypoC).toBeGreaterThan(50);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-melting.png'), fullPage: true });
  }, 300_000);
});
