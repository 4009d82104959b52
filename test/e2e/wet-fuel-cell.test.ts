/**
 * Senior chemistry X1.5, 制作简单的燃料电池, on the wet bench by direct manipulation in real Chromium (人教版 化学 选择性必修1
 * 第四章, 实验活动5): wires dragged from two graphite rods to the supply's posts, switched on for 30 s at 0.30 A (9 C:
 * hydrogen bubbles at the rod on −, oxygen at the rod on +); switched off, the wires taken off the supply and the
 * rods wired through the meter: the pointer swings (about 11 mA: 0.98 V over 92 Ω), falls as the gas the rods hold is
 * used, and the charge the cell gives back stays below what the supply put in (Faraday: 2F per mol of H₂).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { fuelCellPreset } from '../../simulations/wet/presets/fuel-cell';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const told = () => benchDescription(page);

describe('wet bench, making a simple fuel cell (X1.5), by direct manipulation', () => {
  it('electrolyse, then join the rods through the meter: a current that falls, less charge back than put in', async () => {
    await openPreset({ server, browser, page }, fuelCellPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const frame = new LabFrameDriver(page);

    await bench.wire('M1.clip', 'U1.-');
    await bench.wire('M2.clip', 'U1.+');
    await bench.set('U1', 'on', true);
    await frame.playFor(30, 120_000);
    const electrolysed = await recordRow(page);
    expect(electrolysed.ammeterA).toBe(0.3);
    expect(await told()).toContain(wet['wet.describe.stripBubbles'].replace('{part}', 'M1'));
    expect(await told()).toContain(wet['wet.describe.stripBubbles'].replace('{part}', 'M2'));

    await bench.set('U1', 'on', false);
    await bench.unwire('M1.clip', 'U1.-');
    await bench.unwire('M2.clip', 'U1.+');
    await bench.wire('M1.clip', 'A1.-');
    await bench.wire('M2.clip', 'A1.+');
    await frame.playFor(1, 60_000);
    const first = await recordRow(page);
    expect(first.currentMa).toBeGreaterThanOrEqual(10);
    expect(await told()).toContain(wet['wet.describe.pointerSwings'].replace('{part}', 'A1'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-fuel-cell.png'), fullPage: true });

    await frame.playFor(90, 180_000);
    const later = await recordRow(page);
    expect(later.currentMa).toBeLessThan(first.currentMa);
    expect(later.cellChargeC).toBeGreaterThan(0);
    expect(later.cellChargeC).toBeLessThan(later.electrolysisChargeC);
  }, 600_000);
});
