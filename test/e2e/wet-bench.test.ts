/**
 * The wet bench's most important path performed by direct manipulation in real Chromium (junior chemistry 1,
 * 人教版 化学 九年级上册 第二单元 实验活动1): weigh out the potassium permanganate in the test tube's inspector, light
 * the lamp's heat on it (the preset's lamp is lit), wait for the bubbles to come steadily before putting the jar over
 * the tube's end, collect until the jar's water is gone, push a glowing splint into the jar (it relights), take the
 * delivery tube out of the water before putting out the lamp (no suck-back). The recorded row is checked against the
 * textbook: 2KMnO₄ = K₂MnO₄ + MnO₂ + O₂, so the oxygen made is 32/316 of the permanganate used; the jar holds 125 mL,
 * over 95 % oxygen once collected after the air has been driven out.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oxygenPreset } from '../../simulations/wet/presets/oxygen';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import wet from '../../src/i18n/en/wet.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const events = () => page.locator('.events').textContent().catch(() => '');

const recordedRow = () => recordRow(page);

describe('wet bench, by direct manipulation', () => {
  it('oxygen: heat KMnO4, wait for steady bubbles, collect over water, the glowing splint relights, tube out before the lamp', async () => {
    await page.goto(`${server.url}/labs/${oxygenPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);

    // Weigh 4.0 g of permanganate into the tube (its inspector field).
    await bench.set('T1', 'kmno4G', 4);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('steadyBubbles');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(events, { timeout: 150_000, interval: 1000 }).toContain(wet['wet.preset.event.bubbles']);
    await expect.poll(events, { timeout: 150_000, interval: 1000 }).toContain(wet['wet.preset.event.steadyBubbles']);

    // Now put the jar over the tube's end, and go on until its water is gone.
    await bench.set('J1', 'collecting', true);
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('jarFull');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(events, { timeout: 60_000, interval: 500 }).toContain(wet['wet.preset.event.jarFull']);

    // The glowing splint pushed into the jar.
    const jar = await bench.position('J1');
    await page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('splintRelights');
    await bench.drag('S1', jar.xM, jar.yM - 0.06);
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(events, { timeout: 30_000, interval: 500 }).toContain(wet['wet.preset.event.splintRelights']);

    const row = await recordedRow();
    expect(row.kmno4G).toBe(4);
    expect(row.jarGasMl).toBe(125);
    expect(row.jarO2Percent).toBeGreaterThan(95);
    expect(row.splint).toBe(1);
    // 2KMnO4 = K2MnO4 + MnO2 + O2: 32.00 g of O2 per 316.06 g of KMnO4 used (the table shows 5 significant digits).
    expect(row.o2MadeG).toBeGreaterThan(0.1);
    expect(row.o2MadeG).toBeCloseTo(((4 - row.kmno4LeftG) * 31.998) / 316.06, 3);

    // The tube out of the water first, then the lamp out: the tube stays whole.
    await bench.unwire('T1.stopper', 'J1.dip');
    await bench.set('L1', 'lit', false);
    const simTime = async () => Number(((await page.getByLabel(labs['labs.run.time']).textContent()) ?? '').replace(/[^\d.]/g, ''));
    const stoppedAt = await simTime();
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    // Five simulated seconds of the tube cooling.
    await expect.poll(simTime, { timeout: 30_000, interval: 500 }).toBeGreaterThan(stoppedAt + 5);
    await expect.poll(() => page.getByTestId('bench-diagnostics').textContent().catch(() => '')).not.toContain('cracked');
    expect(await events()).not.toContain(wet['wet.preset.event.suckBack']);
    await page.screenshot({ path: join(shots, 'wet-oxygen-collected.png'), fullPage: true });
  }, 300_000);
});
