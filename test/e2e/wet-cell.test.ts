/**
 * Senior chemistry B2.3, 化学能转化成电能, on the wet bench by direct manipulation in real Chromium (人教版 化学 必修第二册
 * 第六章第一节 实验6-3, 实验活动6): zinc and copper strips in dilute sulfuric acid; not joined, hydrogen comes off the
 * zinc only and the meter reads 0; wires dragged from the strips' clips to the meter's posts, the pointer swings
 * (63 mA: 0.76 V over 7.2 Ω of acid and the meter's 5 Ω) and hydrogen comes off the copper; the second strip changed
 * to zinc in its inspector, the meter reads 0 again. The recorded rows and the setup's words say so.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { cellPreset } from '../../simulations/wet/presets/cell';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

/** Run for `s` more simulated seconds, then pause. */
const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);

const told = () => benchDescription(page);

describe('wet bench, turning chemical energy into electrical energy (B2.3), by direct manipulation', () => {
  it('bubbles on the zinc only; wired through the meter, the pointer swings and the copper bubbles; two zinc strips, none', async () => {
    await page.goto(`${server.url}/labs/${cellPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('');

    await runFor(3);
    const open = await recordRow(page);
    expect(open.currentMa).toBe(0);
    expect(open.h2OnZincMl).toBeGreaterThan(0);
    expect(open.h2OnSecondMl).toBe(0);
    expect(await told()).toContain(wet['wet.describe.pointerZero'].replace('{part}', 'A1'));

    // Zinc to the meter's − post, copper to its + post.
    await bench.wire('M1.clip', 'A1.-');
    await bench.wire('M2.clip', 'A1.+');
    await runFor(5);
    const closed = await recordRow(page);
    expect(closed.currentMa).toBe(63);
    expect(closed.h2OnSecondMl).toBeGreaterThan(0.03);
    expect(await told()).toContain(wet['wet.describe.pointerSwings'].replace('{part}', 'A1'));
    expect(await told()).toContain(wet['wet.describe.stripBubbles'].replace('{part}', 'M2'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-cell.png'), fullPage: true });

    // Two zinc strips: no cell.
    await bench.set('M2', 'metal', 'zinc');
    await runFor(2);
    const same = await recordRow(page);
    expect(same.currentMa).toBe(0);
  }, 300_000);
});
