/**
 * 阿基米德原理 (人教版 八年级下册 第十章第2节) performed on the bench in real Chromium, by direct manipulation: the empty
 * bucket hung on gauge F2 and read, taken off and stood under the spout of the full overflow can, the block on F1 read
 * in air and lowered into the can (the water it pushes aside runs into the bucket), raised, the bucket hung on F2 again:
 * G − F = G排 (1.60 − 1.00 = 1.00 − 0.40 N; ρ水 g V = 0.588 N for V = 60 cm³). Then the can filled 20 mL short of its
 * spout: less runs out than is displaced and the bench says why. Checked against the same setup run headless.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mechanicsParts } from '../../simulations/mechanics/parts';
import { CAN_SPOUT_TIP, CAN_SPOUT_Y_M } from '../../simulations/mechanics/parts/overflow-can';
import { archimedesPreset } from '../../simulations/mechanics/presets/archimedes';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

async function open() {
  await page.goto(`${server.url}/labs/${archimedesPreset.id}`);
  await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
  bench = new BenchDriver(page, tableOf(archimedesPreset.id).widthM);
}
const description = () => benchDescription(page);
const BLOCK_HALF_M = mechanicsParts.get('sample').heightM / 2;

/** Stand the bucket under the can's spout (dropped from just above the table). */
async function bucketUnderSpout() {
  const c = await bench.position('C1'), k = await bench.position('BK1');
  await bench.drag('BK1', c.xM + CAN_SPOUT_TIP.xM, k.yM - 0.02);
  await expect.poll(async () => Math.abs((await bench.position('BK1')).xM - (c.xM + CAN_SPOUT_TIP.xM))).toBeLessThan(0.01);
}
/** Drag gauge F1 so the block's top is 5 mm under the spout's level, over the can. */
async function lowerBlock() {
  const c = await bench.position('C1'), f = await bench.position('F1'), m = await bench.position('M1');
  await bench.drag('F1', c.xM, f.yM + (c.yM + CAN_SPOUT_Y_M + 0.005 - (m.yM - BLOCK_HALF_M)));
  await expect.poll(async () => (await bench.position('M1')).yM).toBeGreaterThan(c.yM + CAN_SPOUT_Y_M);
}
async function raiseBlock() {
  const f = await bench.position('F1');
  await bench.drag('F1', f.xM, 0.12);
  await expect.poll(async () => (await bench.position('F1')).yM).toBeLessThan(0.13);
}
/** Hang the bucket on F2, read it, take it off again. */
async function weighBucket(): Promise<number> {
  await bench.wire('F2.hook', 'BK1.ring');
  const n = (await recordRow(page)).bucketN;
  await bench.unwire('F2.hook', 'BK1.ring');
  return n;
}

describe('4.2.4 阿基米德原理 with the overflow can, by direct manipulation', () => {
  it('the empty bucket, the block in air and in the full can, the bucket with the water: G − F = G排 = 0.60 N', async () => {
    await open();
    await expect.poll(description).toContain('C1 stands level with its spout');
    const emptyBucket = await weighBucket();
    expect(emptyBucket).toBeCloseTo(0.4, 6); // 40 g: 0.392 N to the 0.05 N division
    await bucketUnderSpout();
    const inAir = (await recordRow(page)).objectN;
    expect(inAir).toBeCloseTo(1.6, 6); // 2.7 g/cm³ × 60 cm³ × 9.8 N/kg = 1.588 N
    await lowerBlock();
    await expect.poll(description).toContain('BK1 holds the liquid that ran out');
    const inWater = (await recordRow(page)).objectN;
    expect(inWater).toBeCloseTo(1.0, 6); // 1.588 − 0.588 N
    await page.screenshot({ path: join(SCREENSHOTS, 'mechanics-archimedes.png'), fullPage: true });
    await raiseBlock();
    await expect.poll(description).toContain('C1 stands below its spout');
    const withWater = await weighBucket();
    expect(withWater).toBeCloseTo(1.0, 6); // 0.392 + 0.588 N
    expect(inAir - inWater).toBeCloseTo(withWater - emptyBucket, 6);
    expect(Math.abs(inAir - inWater - 1e3 * 9.8 * 60e-6)).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('the can filled 20 mL short of its spout: the bucket catches 40 mL, G排 = 0.40 N < F浮 = 0.60 N, and the bench says why', async () => {
    await open();
    await bench.set('C1', 'liquidMl', 280);
    await expect.poll(description).toContain('C1 stands below its spout');
    await bucketUnderSpout();
    const inAir = (await recordRow(page)).objectN;
    await lowerBlock();
    await expect.poll(description).toContain('C1 was not filled to its spout');
    const inWater = (await recordRow(page)).objectN;
    await raiseBlock();
    const withWater = await weighBucket();
    expect(inAir - inWater).toBeCloseTo(0.6, 6);
    expect(withWater - 0.4).toBeCloseTo(0.4, 6); // 0.392 + 0.392 N = 0.784 → 0.80 N
  }, 180_000);
});
