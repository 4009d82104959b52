/**
 * Junior physics 4.2.1, 探究水在沸腾前后温度变化的特点 (人教版 物理 八年级上册 第三章第3节), by direct manipulation in
 * Chromium: 100 mL of water from 90 °C on the gauze over the lit lamp, the thermometer read as it warms, then while
 * it boils: the reading stops at the boiling point (100 °C at 101.3 kPa, CRC vapour pressure of water) and stays
 * there, and the lamp's heat goes into boiling the water away: (P − G·ΔT)·t / L of water, with P = 70 W through the
 * gauze, G = 0.35 W/K to the 20 °C room and L = 2257 J/g (CRC) (simulations/wet/heating.ts). Putting the lamp out
 * stops the boiling and the water cools. Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boilingPreset } from '../../simulations/wet/presets/boiling';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { BEAKER_LOSS_W_PER_K, GAUZE_FLAME_W } from '../../simulations/wet/heating';
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

describe('wet bench: water before and during boiling, by direct manipulation', () => {
  it('the reading rises to 100 °C and stays there while the water boils away at (P − G·ΔT)/L; the lamp out, it falls', async () => {
    await page.goto(`${server.url}/labs/${boilingPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(boilingPreset.measurements.filter((m) => m.name === 'waterLeftMl'), wet);

    await lab.playUntil('thermometerSteady', wet['wet.preset.event.thermometerSteady'], 60_000);
    const warming = await lab.record();
    expect(warming.readingC).toBeGreaterThanOrEqual(90);
    expect(warming.readingC).toBeLessThan(100);

    await lab.playUntil('boiling', wet['wet.preset.event.boiling'], 180_000);
    await lab.playFor(10);
    const t1 = await lab.timeS();
    const first = await lab.record();
    await lab.playFor(30);
    const t2 = await lab.timeS();
    const second = await lab.record();
    expect(first.readingC).toBe(100);
    expect(second.readingC).toBe(100);
    // The water boiled away in between: (70 W − 0.35 W/K × 80 K) × Δt / 2257 J/g, at 0.958 g/mL (water at 100 °C).
    const expectedMl = ((GAUZE_FLAME_W - BEAKER_LOSS_W_PER_K * 80) * (t2 - t1)) / 2257 / 0.958;
    expect(first.waterLeftMl - second.waterLeftMl).toBeGreaterThan(expectedMl * 0.9);
    expect(first.waterLeftMl - second.waterLeftMl).toBeLessThan(expectedMl * 1.1);

    // The lamp out: the boiling stops and the water cools below the boiling point.
    await bench.set('L1', 'lit', false);
    await lab.playFor(60);
    const cooled = await lab.record();
    expect(cooled.readingC).toBeLessThan(100);
    expect(cooled.waterLeftMl).toBeCloseTo(second.waterLeftMl, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-boiling.png'), fullPage: true });
  }, 300_000);
});
