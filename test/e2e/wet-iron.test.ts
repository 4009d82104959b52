/**
 * Senior chemistry B1.2, 铁及其化合物的性质, on the wet bench by direct manipulation in real Chromium (人教版 化学
 * 必修第一册 第三章第一节, 实验活动2): the thiocyanate dropper squeezed over iron(III) chloride turns it blood red; moved
 * over the second tube and squeezed, then the spatula of iron powder dragged over it and tipped, the red fades
 * (2Fe³⁺ + Fe = 3Fe²⁺); thiocyanate and then chlorine water into iron(II) chloride turn it red (2Fe²⁺ + Cl₂ = 2Fe³⁺);
 * sodium hydroxide into iron(II) sulfate makes a precipitate that air turns red-brown. The recorded rows say so.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { ironPreset } from '../../simulations/wet/presets/iron';
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

/** Run for `s` more simulated seconds, then pause. */
const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);

const overTube = dropperOverTube;
const tubeAt = (id: string) => ironPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, properties of iron and its compounds (B1.2), by direct manipulation', () => {
  it('thiocyanate turns Fe³⁺ red, iron powder takes it away, chlorine water brings it to Fe²⁺, air turns Fe(OH)₂ red-brown', async () => {
    await openPreset({ server, browser, page }, ironPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);

    // T1: the thiocyanate dropper already held over it, squeezed.
    await bench.set('R1', 'squeeze', true);
    await runFor(1);
    const first = await recordRow(page);
    expect(first.redT1).toBeGreaterThan(1);
    expect(first.redT2).toBe(0);

    // T2: the same dropper (let go, it fills again) over the second tube, squeezed; then the spatula tipped over it.
    await bench.set('R1', 'squeeze', false);
    let p = overTube(tubeAt('T2'));
    await bench.drag('R1', p.xM, p.yM);
    await bench.set('R1', 'squeeze', true);
    await runFor(1);
    const red = (await recordRow(page)).redT2;
    expect(red).toBeGreaterThan(1);
    // The spatula's bowl is 5 cm right of its centre: the bowl 2 cm above T2's mouth.
    await bench.drag('Y1', tubeAt('T2').xM - 0.05, tubeAt('T2').yM - 0.11);
    await bench.set('Y1', 'tipped', true);

    // T3 (iron(II) chloride): thiocyanate, then chlorine water.
    await bench.set('R1', 'squeeze', false);
    p = overTube(tubeAt('T3'));
    await bench.drag('R1', p.xM, p.yM);
    await bench.set('R1', 'squeeze', true);
    await runFor(1);
    const beforeChlorine = await recordRow(page);
    expect(beforeChlorine.redT3).toBe(0);
    await bench.drag('R1', 0.05, 0.08);
    await bench.drag('R2', p.xM, p.yM);
    await bench.set('R2', 'squeeze', true);

    // T4 (iron(II) sulfate): sodium hydroxide from above; then half a minute of air.
    p = overTube(tubeAt('T4'));
    await bench.drag('R5', p.xM, p.yM);
    await bench.set('R5', 'squeeze', true);
    await runFor(35);
    const last = await recordRow(page);
    expect(last.redT2).toBeLessThan(red / 20);
    expect(last.redT3).toBeGreaterThan(0.1);
    expect(last.oxidisedT4).toBeGreaterThan(50);
    // The setup told in words says what a student sees. Words follow running values a few times a second
    // (BenchView: at most 400 ms behind, the last values told after a pause), so wait for them to catch up.
    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).not.toContain(wet['wet.describe.bloodRed'].replace('{part}', 'T2'));
    const told = await description();
    expect(told).toContain(wet['wet.describe.bloodRed'].replace('{part}', 'T3'));
    expect(told).toContain(wet['wet.describe.hydroxideRedBrown'].replace('{part}', 'T4'));
    expect(told).not.toContain(wet['wet.describe.bloodRed'].replace('{part}', 'T2'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-iron.png'), fullPage: true });
  }, 400_000);
});
