/**
 * Senior chemistry X1.2, 强酸与强碱的中和滴定, on the wet bench by direct manipulation in real Chromium (人教版 化学
 * 选择性必修1 第三章 实验活动2): read the burette, a rough titration with the tap fast, Reset, then a careful one,
 * fast to about 1.5 mL short of the rough end point and drop by drop to the colour change; the recorded readings
 * give c(HCl) = c(NaOH)·V(NaOH)/V(HCl), checked against the sample's concentration the teacher set (0.1150 mol/L:
 * 23.00 mL of the 0.1000 mol/L standard for 20.00 mL). The final reading taken from above reads low (俯视偏小),
 * by π r³ tan 15° ≈ 0.13 mL on a 50 mL burette. The student's inspector shows the sample's concentration as a
 * mystery, never the number.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { TITRATION_SAMPLE_MOL_L, titrationPreset } from '../../simulations/wet/presets/titration';
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
const button = (key: keyof typeof labs) => page.getByRole('button', { name: labs[key], exact: true });
const pauseAt = (event: string) => page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption(event);
/** What the burette up close shows where the line of sight meets the scale, mL. */
const upClose = async () => Number(await page.getByTestId('burette-D1').getAttribute('data-reading'));

const recordedRow = () => recordRow(page);

/** The flask's liquid colour as drawn (rgb). */
async function flaskColour(): Promise<{ r: number; g: number; b: number }> {
  const fill = (await page.locator('g.part[data-part="F1"] path[opacity]').first().getAttribute('fill')) ?? '';
  const [r, g, b] = (/rgb\((\d+),(\d+),(\d+)\)/.exec(fill) ?? []).slice(1).map(Number);
  return { r, g, b };
}

describe('wet bench titration (X1.2), by direct manipulation', () => {
  it('a rough titration, then a careful one: the readings give c(HCl) to 0.2 %; read from above, the final reading is low', async () => {
    await page.goto(`${server.url}/labs/${titrationPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');

    // The sample's concentration is the teacher's: the student sees a mystery.
    await bench.select('F1');
    await page.getByTestId('mystery-F1-sampleMolL').waitFor();
    expect(await page.locator('#prop-F1-sampleMolL').count()).toBe(0);
    // Colourless acid with phenolphthalein.
    const before = await flaskColour();
    expect(Math.abs(before.r - before.g)).toBeLessThan(20);

    // The first reading, eye level with the meniscus.
    const first = await recordedRow();
    expect(first.buretteReadingMl).toBeCloseTo(0.3, 2);
    expect(first.flaskPH).toBeCloseTo(-Math.log10(TITRATION_SAMPLE_MOL_L), 1);

    // Rough: the tap fast, stop at the colour change.
    await bench.set('D1', 'tap', 'fast');
    await pauseAt('endPoint');
    await button('labs.run.play').click();
    await expect.poll(events, { timeout: 120_000, interval: 500 }).toContain(wet['wet.preset.event.endPoint']);
    const rough = (await recordedRow()).buretteReadingMl - first.buretteReadingMl;
    expect(rough).toBeGreaterThan(22.9);
    expect(rough).toBeLessThan(23.2);
    const pink = await flaskColour();
    expect(pink.r - pink.g).toBeGreaterThan(40);

    // Careful: a fresh sample; fast to 5 mL short of the rough volume, slow (at real speed) to about 1 mL short, then drop by drop.
    await button('labs.run.reset').click();
    await expect.poll(upClose).toBeCloseTo(0.3, 2);
    const until = async (tap: string, speed: string, shortMl: number) => {
      await bench.set('D1', 'tap', tap);
      await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption(speed);
      await button('labs.run.play').click();
      await expect.poll(upClose, { timeout: 120_000, interval: 50 }).toBeGreaterThan(first.buretteReadingMl + rough - shortMl);
      await button('labs.run.pause').click();
    };
    await pauseAt('endPoint');
    await until('fast', '2', 5);
    await until('slow', '1', 1.2);
    expect(await upClose()).toBeLessThan(first.buretteReadingMl + rough - 0.2);
    expect(await events()).not.toContain(wet['wet.preset.event.endPoint']);
    await page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption('2');
    await bench.set('D1', 'tap', 'drop');
    await button('labs.run.play').click();
    await expect.poll(events, { timeout: 120_000, interval: 500 }).toContain(wet['wet.preset.event.endPoint']);
    await bench.set('D1', 'tap', 'closed');
    const end = await recordedRow();
    const usedMl = end.buretteReadingMl - first.buretteReadingMl;
    // c(HCl) = c(NaOH)·V(NaOH)/V(HCl): 0.1000 × V / 20.00.
    const cHCl = (0.1 * usedMl) / 20;
    expect(Math.abs(cHCl / TITRATION_SAMPLE_MOL_L - 1)).toBeLessThan(0.002);
    expect(end.flaskPH).toBeGreaterThan(8.2);
    await page.screenshot({ path: join(shots, 'wet-titration-end-point.png'), fullPage: true });

    // The same final level read from above: lower by about 0.13 mL, and the bench says why.
    await bench.set('D1', 'eye', 'above');
    const above = await recordedRow();
    expect(end.buretteReadingMl - above.buretteReadingMl).toBeGreaterThan(0.1);
    expect(end.buretteReadingMl - above.buretteReadingMl).toBeLessThan(0.16);
    await expect.poll(() => page.getByTestId('bench-diagnostics').textContent().catch(() => '')).toContain('Read from above, the burette reads too little');
  }, 300_000);
});
