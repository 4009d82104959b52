/**
 * Senior B1.3 探究两个互成角度的力的合成规律 on the mechanics bench by direct manipulation, in real Chromium (issue
 * #17; 人教版 必修第一册 第三章第4节): both gauges dragged until the band's knot rests on the mark O (strings at 40°
 * and −30°), their readings (0.01 N) and directions (1°) recorded; one string untied (Delete) and the other gauge
 * dragged to pull the knot to O alone, recorded. The parallelogram on the two recorded forces has the single
 * recorded force as its diagonal (the band pulls (0.20 − 0.08) m × 40 N/m = 4.8 N at O both times).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handsFor, resultant } from '../../simulations/mechanics/force-composition';
import { BOARD_MARK_O, BOARD_PIN } from '../../simulations/mechanics/parts/force-board';
import { forceCompositionPreset } from '../../simulations/mechanics/presets/force-composition';
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

describe('B1.3 two forces at an angle, by direct manipulation', () => {
  it('two gauges hold the knot on O; one alone then reads the diagonal of their parallelogram (4.8 N along the band)', async () => {
    await page.goto(`${server.url}/labs/${forceCompositionPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, tableOf(forceCompositionPreset.id).widthM);
    const board = await bench.position('FB1');
    const pin = { x: board.xM + BOARD_PIN.x, y: board.yM + BOARD_PIN.y }, o = { x: board.xM + BOARD_MARK_O.x, y: board.yM + BOARD_MARK_O.y };

    // Where a student ends up holding them (found here from the statics; on the page, by dragging until the knot is on O).
    const [h1, h2] = handsFor(pin, o, [40, -30])!;
    await bench.drag('G1', h1.x, h1.y);
    await bench.drag('G2', h2.x, h2.y);
    await expect.poll(description).toContain('The knot on FB1 is on the mark O');
    const two = await recordRow(page);
    expect(two.offOMm).toBeLessThan(1);
    expect([two.g1AngleDeg, two.g2AngleDeg]).toEqual([40, -30]);
    expect(two.g1ReadingN).toBeGreaterThan(2);
    expect(two.g2ReadingN).toBeGreaterThan(2);
    expect(await description()).toContain(`Gauge G1 reads ${two.g1ReadingN.toFixed(2)} N, its string at 40°`);

    // Untie G2's string, pull the knot to O with G1 alone along the band.
    await bench.unwire('G2.hook', 'FB1.knot');
    await expect.poll(description).toContain('Gauge G2 is not tied to the knot');
    const [h] = handsFor(pin, o, [0])!;
    await bench.drag('G1', h.x, h.y);
    await expect.poll(description).toContain('The knot on FB1 is on the mark O');
    const one = await recordRow(page);
    expect(one.g1AngleDeg).toBe(0);
    expect(Math.abs(one.g1ReadingN - 4.8)).toBeLessThanOrEqual(0.05);

    // The parallelogram on the two recorded forces: its diagonal against the single force.
    const d = resultant([{ forceN: two.g1ReadingN, angleDeg: two.g1AngleDeg }, { forceN: two.g2ReadingN, angleDeg: two.g2AngleDeg }]);
    expect(Math.abs(d.forceN - one.g1ReadingN)).toBeLessThan(0.06);
    expect(Math.abs(d.angleDeg - one.g1AngleDeg)).toBeLessThan(1.5);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'mechanics-force-composition.png'), fullPage: true });
  }, 180_000);
});
