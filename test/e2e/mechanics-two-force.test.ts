/**
 * 二力平衡 (人教版 八年级下册 第八章第2节, 探究二力平衡的条件) performed on the bench in real Chromium, by direct
 * manipulation: the card let go (T) with 50 g on each string stays at rest; a second 50 g hung below the right one
 * and let go, it moves right by ½ a t² with a = (m₂ − m₁) g / (m₁ + m₂ + m_card); turned by 30° and let go, it turns
 * back until the strings are in line (so it did not stay at rest); cut in two, the halves move apart. The pulls are
 * the weights' gravity, m g with g = 9.8 N/kg.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoForcePreset } from '../../simulations/mechanics/presets/two-force';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import { LabFrameDriver } from '../support/lab-frame-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const description = () => benchDescription(page);

describe('二力平衡 with the card on two strings, by direct manipulation', () => {
  it('equal pulls stay at rest; one weight more moves it by ½ a t²; turned it turns back; cut, the halves part', async () => {
    await page.goto(`${server.url}/labs/${twoForcePreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, tableOf(twoForcePreset.id).widthM), lab = new LabFrameDriver(page);
    await expect.poll(description).toContain('the hand holds the card on TF1');

    // 50 g on each string: let go (T), it stays.
    await bench.press('TF1', 't');
    await expect.poll(description).toContain('let go');
    await lab.playFor(0.5);
    const equal = await recordRow(page);
    expect([equal.leftN, equal.rightN]).toEqual([0.49, 0.49]);
    expect(equal.atRest).toBe(1);
    expect(equal.offsetM).toBe(0);

    // Held again, a second 50 g hung below the right one, let go at a quarter speed.
    await bench.set('TF1', 'hand', 'holding');
    await bench.wire('H2.hook', 'H4.ring');
    await lab.speed(0.25);
    await bench.press('TF1', 't');
    const t0 = await lab.timeS();
    await lab.playFor(0.08);
    const t = (await lab.timeS()) - t0;
    const unequal = await recordRow(page);
    expect([unequal.leftN, unequal.rightN]).toEqual([0.49, 0.98]);
    expect(unequal.atRest).toBe(0);
    const a = (0.05 * 9.8) / (0.05 + 0.1 + 0.002);
    expect(Math.abs(unequal.offsetM - Math.min(0.5 * a * t * t, 0.14))).toBeLessThanOrEqual(0.0011);
    expect(await description()).toContain('moves toward the right pulley');
    await page.screenshot({ path: join(SCREENSHOTS, 'mechanics-two-force-unequal.png'), fullPage: true });

    // The extra weight off, the card turned by 30° and held, then let go.
    await bench.set('TF1', 'hand', 'holding');
    await bench.unwire('H2.hook', 'H4.ring');
    await bench.set('TF1', 'twistDeg', 30);
    await expect.poll(description).toContain('turned by 30°');
    expect((await recordRow(page)).angleDeg).toBe(30);
    await lab.speed(1);
    await bench.press('TF1', 't');
    await lab.playFor(1);
    const turned = await recordRow(page);
    expect([turned.leftN, turned.rightN]).toEqual([0.49, 0.49]);
    expect(turned.atRest).toBe(0);
    expect(Math.abs(turned.angleDeg)).toBeLessThanOrEqual(0.5);
    expect(await description()).toContain('turns back until its two strings are in one line');

    // T again: the card cut in two; the halves move apart.
    await bench.press('TF1', 't');
    await lab.playFor(0.1);
    expect(await description()).toContain('the halves move apart');
    expect((await recordRow(page)).atRest).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'mechanics-two-force-cut.png'), fullPage: true });
  }, 180_000);
});
