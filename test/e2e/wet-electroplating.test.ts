/**
 * Senior chemistry X1.4, 简单的电镀实验, on the wet bench by direct manipulation in real Chromium (人教版 化学 选择性必修1
 * 第四章第二节, 实验活动4): the iron piece weighed on the electronic balance, dragged into the hot sodium carbonate
 * solution to degrease for a minute, then into the copper sulfate beside the copper strip; wires dragged from its clip
 * to the supply's − post and from the copper's to + ; switched on for two minutes at 0.30 A (the ammeter reads it),
 * switched off, the piece dragged back onto the balance: it gained I·t·M(Cu)/(2F) = 11.9 mg (Faraday's law, 人教版
 * 选择性必修1 第四章第二节; F = 96 485 C/mol, M(Cu) = 63.546 g/mol), and the bath's Cu²⁺ did not change.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { electroplatingPreset } from '../../simulations/wet/presets/electroplating';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const told = () => benchDescription(page);

describe('wet bench, a simple electroplating experiment (X1.4), by direct manipulation', () => {
  it('weigh, degrease, plate at 0.30 A for 2 min, weigh again: the gain is I·t·M(Cu)/(2F)', async () => {
    await openPreset({ server, browser, page }, electroplatingPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const frame = new LabFrameDriver(page);

    const before = await recordRow(page);
    expect(before.balanceG).toBeCloseTo(0.4 * 7.87, 3); // the piece: 1 cm × 8 cm × 0.5 mm of iron

    // A minute in the hot sodium carbonate solution, then into the copper sulfate beside the copper strip.
    await bench.drag('M2', 0.12, 0.3725);
    await frame.playFor(60, 120_000);
    await bench.drag('M2', 0.315, 0.3725);
    await bench.wire('M2.clip', 'U1.-');
    await bench.wire('M1.clip', 'U1.+');
    await bench.set('U1', 'on', true);
    const from = await frame.timeS();
    await frame.playFor(120, 180_000);
    const plating = await recordRow(page);
    const platedS = (await frame.timeS()) - from;
    expect(plating.ammeterA).toBe(0.3);
    expect(await told()).toContain(wet['wet.describe.copperCoat'].replace('{part}', 'M2'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-electroplating.png'), fullPage: true });

    await bench.set('U1', 'on', false);
    await bench.drag('M2', 0.66, 0.36);
    await frame.playFor(0.5, 60_000);
    const after = await recordRow(page);
    const faradayG = (0.3 * platedS * 63.546) / (2 * 96485.33);
    // Two readings to 0.001 g, and the 1 % of copper left on the oil after a minute's degreasing fell off.
    expect(Math.abs(after.balanceG - before.balanceG - faradayG)).toBeLessThanOrEqual(0.002);
    expect(after.copperIIMolL).toBeCloseTo(before.copperIIMolL, 4);
    expect(await frame.events()).toContain(wet['wet.preset.event.copperOnPiece']);
  }, 600_000);
});
