/**
 * Senior chemistry X2.1, 简单配合物的形成, on the wet bench by direct manipulation in real Chromium (人教版 化学 选择性必修2
 * 第三章第四节 实验3-3 and 实验活动): the ammonia dropper squeezed over copper sulfate, let go and squeezed again, makes the
 * pale blue precipitate and then dissolves it deep blue; the ethanol dropper dragged over it brings out dark blue crystals;
 * silver nitrate and then ammonia dragged over the sodium chloride make AgCl and dissolve it. The recorded rows say so.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { complexesPreset } from '../../simulations/wet/presets/complexes';
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
const partAt = (id: string) => complexesPreset.setup.parts.find((p) => p.id === id)!;

describe('wet bench, forming simple complexes (X2.1), by direct manipulation', () => {
  it('ammonia precipitates Cu(OH)₂ then dissolves it deep blue, ethanol brings out crystals; AgCl dissolves in ammonia', async () => {
    await openPreset({ server, browser, page }, complexesPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);

    // Six drops of ammonia (0.3 mmol NH₃ for 0.2 mmol Cu): a pale blue precipitate, no deep blue yet.
    await bench.set('R1', 'squeeze', true);
    await runFor(3);
    const first = await recordRow(page);
    expect(first.hydroxideT1).toBeGreaterThan(10);
    expect(first.ammineT1).toBe(0);
    // Let go (it fills again) and squeeze twice more: 18 drops in all, past 4 NH₃ per Cu: clear and deep blue.
    for (let i = 0; i < 2; i++) {
      await bench.set('R1', 'squeeze', false);
      await runFor(0.5);
      await bench.set('R1', 'squeeze', true);
      await runFor(3);
    }
    const blue = await recordRow(page);
    expect(blue.hydroxideT1).toBe(0);
    expect(blue.ammineT1).toBeGreaterThan(60);

    // Ethanol over T1; silver nitrate over T3, then the second ammonia dropper.
    let p = overTube(partAt('T1'));
    await bench.set('R1', 'squeeze', false);
    await bench.drag('R1', 0.05, 0.08);
    await bench.drag('R2', p.xM, p.yM);
    await bench.set('R2', 'squeeze', true);
    p = overTube(partAt('T3'));
    await bench.drag('R4', p.xM, p.yM);
    await bench.set('R4', 'squeeze', true);
    await runFor(4);
    const silver = await recordRow(page);
    expect(silver.silverChlorideT3).toBeGreaterThan(5);
    await bench.drag('R4', 0.7, 0.1);
    await bench.drag('R5', p.xM, p.yM);
    await bench.set('R5', 'squeeze', true);
    await runFor(40);
    const last = await recordRow(page);
    expect(last.crystalsT1).toBeGreaterThan(40);
    expect(last.silverChlorideT3).toBe(0);
    expect(last.silverAmmineT3).toBeGreaterThan(5);
    const description = () => benchDescription(page);
    await expect.poll(description, { timeout: 10_000 }).toContain(wet['wet.describe.blueCrystals'].replace('{part}', 'T1'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-complexes.png'), fullPage: true });
  }, 400_000);
});
