/**
 * Tipping a test tube to pour, without typing a rotation: a selected open tube has a tilt control in the inspector
 * (a slider: arrow keys and Page Up/Down, or a finger or the mouse), which turns it about its mouth, so the mouth
 * stays over the vessel it was held over. In the sulfur preset, T10's 3 mL of magenta, its mouth held 2 cm over the
 * fresh tube T12's, tipped with the keyboard to 88° from upright (2° above the horizontal: it then holds nothing,
 * ../../simulations/wet/engine/pouring.ts) pour into T12; a click in the middle of the slider sets it upright again.
 * Needs `npx vite build` first. Screenshots: wet-tube-tip.png, wet-tube-tip-inspector.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wetEn from '../../src/i18n/en/wet.json';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { FRESH_TUBE, sulfurPreset } from '../../simulations/wet/presets/sulfur';
import type { RunningServer } from '../support/app-server';
import { BenchDriver } from '../support/bench-driver';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS } from '../support/lab-page';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

describe('wet bench: a test tube tipped with its tilt control', () => {
  it('pours into the tube its mouth is held over, tipped from the keyboard; a click sets it upright again', async () => {
    await openPreset({ server, browser, page }, sulfurPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
    await runFor(0.3);
    const before = await recordRow(page);
    expect(before.solutionT12).toBe(0);
    expect(before.magentaT10).toBeGreaterThan(0);

    // T10 upright (its mouth 9 cm above its centre), its mouth held 2 cm over T12's.
    await bench.drag('T10', FRESH_TUBE.xM, FRESH_TUBE.yM - 0.02);
    await bench.select('T10');
    const tilt = page.locator('#tip-T10');
    await expect.poll(() => tilt.inputValue()).toBe('0');
    expect(await page.getByLabel(wetEn['wet.tipTube']).count()).toBe(1);

    // Tipped mouth to the left from the keyboard: Page Down twice (36° each), then the arrow key, to 88°.
    await tilt.focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    for (let v = Number(await tilt.inputValue()); v > -88; v--) await page.keyboard.press('ArrowLeft');
    expect(await tilt.inputValue()).toBe('-88');
    expect(await page.locator('#rot-T10').inputValue()).toBe('182');
    // the mouth stayed where it was held: T10's drawing has turned about it
    await runFor(3);
    await page.locator('svg.table').first().screenshot({ path: join(SCREENSHOTS, 'wet-tube-tip.png') });
    await page.locator('aside.inspector').screenshot({ path: join(SCREENSHOTS, 'wet-tube-tip-inspector.png') });
    const poured = await recordRow(page);
    // 3 mL, all of it (a tube 2° above the horizontal holds nothing: r cot θ > L), into T12, none spilt.
    expect(poured.solutionT12).toBeCloseTo(3, 1);
    expect(poured.magentaT12).toBeGreaterThan(0);

    // A click in the middle of the slider: upright again (rotation 270°).
    await tilt.scrollIntoViewIfNeeded();
    const box = (await tilt.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('#rot-T10').inputValue()).toBe('270');
    expect(await tilt.inputValue()).toBe('0');
  }, 300_000);
});
