/**
 * Junior chemistry 8, 水的组成及变化的探究 (人教版 化学 九年级上册 第四单元 课题3 实验4-6), by direct manipulation in
 * Chromium: the current set to 1 A in the apparatus's inspector, run until the oxygen arm holds 10 mL, each arm read;
 * the supply switched off, nothing more comes. Reference values: Faraday's law, I·t/(2F) mol of H₂ and I·t/(4F) of O₂
 * (F = 96 485.332 C/mol, CODATA), 24.06 L/mol at the bench's 20 °C and 101.3 kPa, less what saturates each arm's
 * 50 mL of water (Henry: H₂ 0.81, O₂ 1.39 mmol/L at 20 °C, Sander 2015): so H₂ : O₂ stands a little above 2 : 1,
 * V(H₂) − 2V(O₂) = (2·1.39 − 0.81) mmol/L × 0.05 L × 24.06 L/mol = 2.37 mL. Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARM_WATER_L, HENRY_MOL_PER_L } from '../../simulations/wet/electrolysis';
import { electrolysisPreset } from '../../simulations/wet/presets/electrolysis';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
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

const F = 96485.33212;
const MOLAR_ML = (8.314462618 * 293.15 * 1000) / 101.3;

describe('wet bench: electrolysis of water, by direct manipulation', () => {
  it('1 A until 10 mL of oxygen: each arm as Faraday gives less what dissolves, H2 : O2 a little over 2; off, no more gas', async () => {
    await page.goto(`${server.url}/labs/${electrolysisPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(electrolysisPreset.measurements.filter((m) => m.name === 'ratio'), wet);

    await bench.set('E1', 'currentA', 1);
    await lab.playUntil('oxygenTenMl', wet['wet.preset.event.oxygenTenMl'], 180_000);
    const tS = await lab.timeS();
    const row = await lab.record();
    // Both arms saturated by now (time constants 8 s and 27 s at 1 A): the gas is what was made less the arm's fill.
    const h2 = ((1 * tS) / (2 * F) - HENRY_MOL_PER_L['H2(g)'] * ARM_WATER_L) * MOLAR_ML;
    const o2 = ((1 * tS) / (4 * F) - HENRY_MOL_PER_L['O2(g)'] * ARM_WATER_L) * MOLAR_ML;
    expect(row.o2Ml).toBeGreaterThanOrEqual(10);
    expect(Math.abs(row.h2Ml - h2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(row.o2Ml - o2)).toBeLessThanOrEqual(0.1);
    expect(row.h2Ml - 2 * row.o2Ml).toBeCloseTo((2 * HENRY_MOL_PER_L['O2(g)'] - HENRY_MOL_PER_L['H2(g)']) * ARM_WATER_L * MOLAR_ML, 0);
    expect(row.ratio).toBeGreaterThan(2);
    expect(row.ratio).toBeLessThan(2.3);

    // The supply off: the arms hold what they have.
    await bench.set('E1', 'on', false);
    await lab.playFor(10);
    const off = await lab.record();
    expect(off.h2Ml).toBe(row.h2Ml);
    expect(off.o2Ml).toBe(row.o2Ml);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-electrolysis.png'), fullPage: true });
  }, 300_000);
});
