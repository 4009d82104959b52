/**
 * Senior B2.2 探究向心力大小与半径、角速度、质量的关系 on the mechanics bench, in real Chromium (issue #17; 人教版
 * 必修第二册 第六章第2节): the crank turned (T on the apparatus) and stopped, one variable changed at a time in the
 * apparatus's inspector (the left ball's slot, the belt's steps, a ball), the two columns' stripes recorded each
 * time: their ratio is (m_L/m_R)(ω_L/ω_R)²(r_L/r_R) within half a stripe on each column.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BALL_MASS_KG, STRIPE_N } from '../../simulations/mechanics/centripetal';
import { centripetalPreset } from '../../simulations/mechanics/presets/centripetal';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const description = () => benchDescription(page);
const G1 = 0.028 * (2 * Math.PI) ** 2 * 0.04; // steel, r = 4 cm, 1 r/s: 0.0442 N

/** Stripes expected for a force, read to half a stripe. */
const stripes = (f: number) => Math.round((f / STRIPE_N) * 2) / 2;

describe('B2.2 the centripetal-force apparatus, by direct manipulation', () => {
  it('one variable at a time: 2r → 2 ×, ω on 2:1 → 4 ×, on 3:1 → 9 ×, steel against aluminium → 2.9 ×', async () => {
    await page.goto(`${server.url}/labs/${centripetalPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, tableOf(centripetalPreset.id).widthM);
    expect(await description()).toContain('both columns are down');
    await bench.set('CF1', 'crankRps', 1.5);
    await bench.press('CF1', 't');
    await expect.poll(description).toContain('turns steadily');

    const cases: { set: [string, string]; left: number; right: number }[] = [
      { set: ['leftSlot', 'A'], left: 2.25 * G1, right: 2.25 * G1 },
      { set: ['leftSlot', 'B'], left: 2 * 2.25 * G1, right: 2.25 * G1 },
    ];
    for (const c of cases) {
      await bench.set('CF1', c.set[0], c.set[1]);
      const row = await recordRow(page);
      expect([row.leftStripes, row.rightStripes], c.set.join('=')).toEqual([stripes(c.left), stripes(c.right)]);
    }
    // At 1 r/s: the belt on 2:1 and 3:1 (left slot back to A), then an aluminium ball on the right at 1:1.
    await bench.set('CF1', 'leftSlot', 'A');
    await bench.set('CF1', 'crankRps', 1);
    const more: { set: [string, string]; left: number; right: number }[] = [
      { set: ['belt', '2:1'], left: 4 * G1, right: G1 },
      { set: ['belt', '3:1'], left: 9 * G1, right: G1 },
    ];
    for (const c of more) {
      await bench.set('CF1', c.set[0], c.set[1]);
      const row = await recordRow(page);
      expect([row.leftStripes, row.rightStripes], c.set.join('=')).toEqual([stripes(c.left), stripes(c.right)]);
      // The ratio read off the columns: ω² within the half-stripe reading.
      const k = Number(c.set[1][0]) ** 2;
      expect(Math.abs(row.leftStripes / row.rightStripes - k)).toBeLessThanOrEqual(0.5 / row.rightStripes + (k * 0.5) / row.rightStripes);
    }
    await bench.set('CF1', 'belt', '1:1');
    await bench.set('CF1', 'crankRps', 2);
    await bench.set('CF1', 'rightBall', 'aluminium');
    const al = await recordRow(page);
    expect([al.leftStripes, al.rightStripes]).toEqual([stripes(4 * G1), stripes((4 * G1 * BALL_MASS_KG.aluminium) / BALL_MASS_KG.steel)]);
    expect(al.leftStripes / al.rightStripes).toBeGreaterThan(2.5);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'mechanics-centripetal.png'), fullPage: true });
    // Stopped, the columns go down.
    await bench.press('CF1', 't');
    await expect.poll(description).toContain('both columns are down');
  }, 180_000);
});
