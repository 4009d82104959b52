/**
 * Senior chemistry X1.1, 探究影响化学平衡移动的因素, on the wet bench by direct manipulation in real Chromium (人教版 化学
 * 选择性必修1 第二章 实验活动1, 实验2-1 and 2-2): the FeCl₃ dropper squeezed over T2 and the KSCN dropper dragged over T3
 * and squeezed deepen the red against T1 (Q < K); NaOH dropped into T4 pales it; the sealed NO₂ tubes dragged into the
 * hot water and the ice water turn deep red-brown and pale against the one left at room temperature (ΔH < 0 for
 * 2NO₂ → N₂O₄). The recorded rows and the setup told in words say so.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { equilibriumPreset } from '../../simulations/wet/presets/equilibrium';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
const overTube = dropperOverTube;
const partAt = (id: string) => equilibriumPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, what shifts a chemical equilibrium (X1.1), by direct manipulation', () => {
  it('more Fe³⁺ or SCN⁻ deepens the red, NaOH pales it; hot water deepens the NO₂ brown, ice water pales it', async () => {
    await openPreset({ server, browser, page }, equilibriumPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);

    await runFor(0.5);
    const first = await recordRow(page);
    expect(first.redT1).toBeGreaterThan(0.5);
    expect(first.redT2).toBeCloseTo(first.redT1, 6);

    // T2: the FeCl₃ dropper is held over it; squeezed. T3: the KSCN dropper dragged over it and squeezed. T4: NaOH.
    await bench.set('R1', 'squeeze', true);
    let p = overTube(partAt('T3'));
    await bench.drag('R2', p.xM, p.yM);
    await bench.set('R2', 'squeeze', true);
    p = overTube(partAt('T4'));
    await bench.drag('R3', p.xM, p.yM);
    await bench.set('R3', 'squeeze', true);
    // The sealed tubes: T5 into the hot water, T6 into the ice water, each dragged sideways into its beaker.
    await bench.drag('T5', partAt('B1').xM, partAt('T5').yM);
    await bench.drag('T6', partAt('B2').xM, partAt('T6').yM);
    await runFor(60);

    const last = await recordRow(page);
    expect(last.redT1).toBeCloseTo(first.redT1, 6);
    expect(last.redT2).toBeGreaterThan(1.3 * first.redT1);
    expect(last.redT3).toBeGreaterThan(1.3 * first.redT1);
    expect(last.redT4).toBeLessThan(0.8 * first.redT1);
    expect(last.no2T5).toBeGreaterThan(3 * last.no2T7);
    expect(last.no2T6).toBeLessThan(0.7 * last.no2T7);

    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.no2Deep'].replace('{part}', 'T5'));
    const told = await description();
    expect(told).toContain(wet['wet.describe.no2Pale'].replace('{part}', 'T6'));
    expect(told).toContain(wet['wet.describe.no2Brown'].replace('{part}', 'T7'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-equilibrium.png'), fullPage: true });
  }, 400_000);
});
