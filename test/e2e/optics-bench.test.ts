/**
 * The optics curriculum items performed on the bench by direct manipulation, in real Chromium: the laser
 * dragged round the demonstrator's rim and the angles read off its scale; the second candle moved until it
 * covers the image in the glass from two places; candle and screen slid along the optical bench until the
 * image is sharp, u and v read on the scale; pins stuck where they hide the images seen through the block;
 * the measuring head's handwheel turned onto the fringes and read. Each time the values recorded (or read
 * off the instruments) are checked against the same preset run headless in Node (page and CLI share the
 * model) and against the closed form the experiment is about.
 */
import { join } from 'node:path';
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
import type { Setup } from '../../simulations/bench/setup';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';

let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

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

/** What eye `eye` sees of a part, the strongest sighting with so many reflections: direction (degrees, + right) and apparent distance. */
async function sighting(partId: string, reflections: number): Promise<{ angleDeg: number; distanceM: number } | null> {
  const items = await page.locator(`li[data-seen="${partId}"][data-reflections="${reflections}"]`).evaluateAll((els) =>
    els.map((e) => ({ angleDeg: Number(e.getAttribute('data-angle-deg')), distanceM: Number(e.getAttribute('data-distance-m')), intensity: Number(e.getAttribute('data-intensity')) })),
  );
  items.sort((a, b) => b.intensity - a.intensity);
  return items[0] ?? null;
}

/** The eye's line of sight on the table (it looks along its own −x), turned by `angleDeg` (+: to its right). */
function sightLine(eye: { xM: number; yM: number; rotDeg: number }, angleDeg: number): { x: number; y: number; ux: number; uy: number } {
  const a = ((eye.rotDeg + 180 + angleDeg) * Math.PI) / 180;
  return { x: eye.xM, y: eye.yM, ux: Math.cos(a), uy: Math.sin(a) };
}

/** Where two lines of sight meet. */
function meet(a: ReturnType<typeof sightLine>, b: ReturnType<typeof sightLine>): { x: number; y: number } {
  const den = a.ux * b.uy - a.uy * b.ux;
  const t = ((b.x - a.x) * b.uy - (b.y - a.y) * b.ux) / den;
  return { x: a.x + t * a.ux, y: a.y + t * a.uy };
}

/** Select a part by clicking its middle (a turned part's corner may be off it), and wait for the inspector. */
async function selectPart(partId: string): Promise<void> {
  await page.locator('svg.table').scrollIntoViewIfNeeded();
  const at = await bench.position(partId);
  const p = await bench.at(at.xM, at.yM);
  await page.mouse.click(p.x, p.y);
  await page.locator(`#rot-${partId}`).waitFor();
}

/** Turn a part to an angle by typing it into the inspector's field. */
async function turnTo(partId: string, deg: number): Promise<void> {
  await selectPart(partId);
  await page.locator(`#rot-${partId}`).fill(String(deg));
  await page.locator(`#rot-${partId}`).press('Enter');
  await expect.poll(async () => (await bench.position(partId)).rotDeg).toBeCloseTo(deg, 1);
}

/** The setup on the page, read part by part from the table (positions) onto the preset's own. */
async function setupOnPage(preset: BenchPreset): Promise<Setup> {
  const parts = [];
  for (const p of preset.setup.parts) parts.push({ ...p, ...(await bench.position(p.id)) });
  return { ...preset.setup, parts };
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
    await page.screenshot({ path: join(SCREENSHOTS, 'optics-reflection.png'), fullPage: true });
  }, 180_000);

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
      if (u === 300) await page.screenshot({ path: join(SCREENSHOTS, 'optics-convex-lens-sharp.png'), fullPage: true });
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
    await page.screenshot({ path: join(SCREENSHOTS, 'optics-convex-lens-virtual.png'), fullPage: true });
  }, 180_000);

  it('4.2.7 plane mirror: candle B moved until it covers the image from two places, the distances recorded; a screen there shows no image', async () => {
    await open(planeMirrorPreset);
    // Two places to look from: where the eye is, and a step to the side (the student moves their head).
    const places = [await bench.position('E1'), { xM: 0.1, yM: 0.1, rotDeg: 200 }];
    const lookFrom = async (at: { xM: number; yM: number; rotDeg: number }) => {
      const now = await bench.position('E1');
      if (Math.hypot(now.xM - at.xM, now.yM - at.yM) > 0.002) await bench.drag('E1', at.xM, at.yM);
      if (Math.abs((await bench.position('E1')).rotDeg - at.rotDeg) > 0.01) await turnTo('E1', at.rotDeg);
      await expect.poll(async () => (await sighting('C1', 1)) !== null).toBe(true);
      return bench.position('E1');
    };
    // From each place, the direction the image appears in; B goes where those lines meet (parallax).
    const lines = [];
    for (const at of places) {
      const eye = await lookFrom(at);
      lines.push(sightLine(eye, (await sighting('C1', 1))!.angleDeg));
    }
    const image = meet(lines[0], lines[1]);
    await bench.drag('C2', image.x, image.y);
    // From both places B now covers the image (to the millimetre B can be set to).
    for (const at of places) {
      await lookFrom(at);
      await expect.poll(async () => Math.abs((await sighting('C1', 1))!.angleDeg - (await sighting('C2', 0))!.angleDeg)).toBeLessThan(0.4);
    }
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('the image of C1, upright');
    const row = await recordedRow();
    const shown = await paramsShown(planeMirrorPreset);
    expect(row.objectDistanceM).toBeCloseTo(Number(shown.objectDistanceM), 6);
    const model = headless(planeMirrorPreset, shown);
    // B's distance behind the glass is the image's (model) and, as the textbook says, the candle's in front
    // (less the plate's 2 mm: the image is behind the reflecting face, the distances from the plate's middle).
    expect(Math.abs(row.candleBDistanceM - model.imageDistanceM)).toBeLessThanOrEqual(0.003);
    expect(Math.abs(row.candleBDistanceM - row.objectDistanceM)).toBeLessThanOrEqual(0.002 + 0.003);
    await page.screenshot({ path: join(SCREENSHOTS, 'optics-plane-mirror.png'), fullPage: true });
    // Take B away and put a screen where the image is: nothing shows on it.
    await bench.press('C2', 'Delete');
    const screen = await bench.place('screen', image.x, image.y);
    await expect.poll(() => page.locator(`[data-screen="${screen}"]`).getAttribute('aria-label')).toMatch(/no image|dark/);
  }, 180_000);

  it('测量玻璃的折射率: the eye moved until P1 and P2 line up through the block, P3 and P4 stuck where they hide them, n from the pins', async () => {
    await open(refractionGlassPreset);
    await expect.poll(async () => (await sighting('P1', 0)) !== null && (await sighting('P2', 0)) !== null).toBe(true);
    /** Nudge a part a millimetre at a time (arrows) while a measure of misalignment goes down. */
    const nudge = async (partId: string, misalignment: () => Promise<number>, enough: (m: number) => boolean) => {
      const undo: Record<string, string> = { ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };
      let now = await misalignment();
      for (let round = 0; round < 30 && !enough(now); round++) {
        let improved = false;
        for (const key of Object.keys(undo)) {
          await bench.press(partId, key);
          await page.waitForTimeout(30);
          const m = await misalignment();
          if (m < now) {
            now = m;
            improved = true;
            if (enough(now)) break;
          } else await bench.press(partId, undo[key]);
        }
        if (!improved) break;
      }
      return now;
    };
    // Move the head (the eye) until the image of P2 hides the image of P1 (they are in line).
    const apart = async () => {
      const a = await sighting('P1', 0), b = await sighting('P2', 0);
      if (!b) return 99;
      return a ? Math.abs(a.angleDeg - b.angleDeg) : 0;
    };
    expect(await nudge('E1', apart, (m) => m === 0)).toBe(0);
    /**
     * A careful student does not stop at the first place where it hides: across the line of sight (here
     * mostly up and down the paper) they find how far it still hides on either side and take the middle.
     */
    const centre = async (partId: string, ok: () => Promise<boolean>) => {
      let up = 0;
      for (; up < 10; up++) {
        await bench.press(partId, 'ArrowUp');
        if (!(await ok())) {
          await bench.press(partId, 'ArrowDown');
          break;
        }
      }
      let span = 0;
      for (; span < 20; span++) {
        await bench.press(partId, 'ArrowDown');
        if (!(await ok())) {
          await bench.press(partId, 'ArrowUp');
          break;
        }
      }
      await bench.press(partId, 'ArrowUp', Math.round(span / 2));
      expect(await ok()).toBe(true);
    };
    await centre('E1', async () => (await apart()) === 0);
    // That line of sight; stick P3 on it between the block and the eye, then P4 nearer the eye, each nudged until
    // what lies behind it on the line is hidden.
    const eye = await bench.position('E1');
    const target = (await sighting('P2', 0))!.angleDeg;
    const line = sightLine(eye, target);
    const hidden = async (ids: string[]) => (await Promise.all(ids.map((id) => sighting(id, 0)))).every((x) => x === null);
    for (const [pin, along, behind] of [
      ['P3', 0.12, ['P1', 'P2']],
      ['P4', 0.06, ['P1', 'P2', 'P3']],
    ] as const) {
      await bench.drag(pin, eye.xM + along * line.ux, eye.yM + along * line.uy);
      await expect.poll(async () => (await sighting(pin, 0)) !== null).toBe(true);
      const off = async () => ((await hidden([...behind])) ? 0 : Math.abs(((await sighting(pin, 0))?.angleDeg ?? 99) - target));
      expect(await nudge(pin, off, (m) => m === 0)).toBe(0);
      await centre(pin, () => hidden([...behind]));
    }
    // The drawing on the paper: θ₁ and θ₂ as the protractor reads them; n = sin θ₁ / sin θ₂.
    const drawing = page.locator('svg[data-incidence-deg]');
    const theta1 = Number(await drawing.getAttribute('data-incidence-deg')), theta2 = Number(await drawing.getAttribute('data-refraction-deg'));
    const row = await recordedRow();
    expect(row.incidenceDeg).toBe(theta1);
    expect(row.refractionDeg).toBe(theta2);
    const nFromPins = Math.sin((theta1 * Math.PI) / 180) / Math.sin((theta2 * Math.PI) / 180);
    expect(row.indexFromPins).toBeCloseTo(nFromPins, 3);
    // The same pins headless give the same readings; n comes back to what a student's pins allow.
    const m = createOpticsModel(refractionGlassPreset);
    m.reset({ refractiveIndex: 1.5163 });
    m.edit(await setupOnPage(refractionGlassPreset));
    const model = m.measure();
    expect(model.incidenceDeg).toBe(theta1);
    expect(model.refractionDeg).toBe(theta2);
    // A pin hides another when the line of sight passes within its radius: the eye, P3 and P4 end up within
    // about a millimetre of the ray that left the block (closer pins, a looser fit: why they stand far apart).
    expect(Math.abs(model.p3OffsetMm)).toBeLessThan(1);
    expect(Math.abs(model.p4OffsetMm)).toBeLessThan(1);
    expect(Math.abs(nFromPins - 1.5163)).toBeLessThan(0.05);
    await page.screenshot({ path: join(SCREENSHOTS, 'optics-refraction-glass.png'), fullPage: true });
  }, 180_000);

  it('用双缝干涉测量光的波长: the handwheel turned onto one bright fringe and three fringes on, read like a micrometer, λ = dΔx/L', async () => {
    await open(doubleSlitPreset);
    const wheel = page.locator('svg[data-handwheel="MH1"]');
    const field = page.locator('[data-field="MH1"]');
    const brightness = async () => Number(await field.getAttribute('data-intensity'));
    const read = async () => {
      const sleeve = Number(await wheel.getAttribute('data-sleeve-mm')), thimble = Number(await wheel.getAttribute('data-thimble'));
      return Math.round((sleeve + (Math.round(thimble * 10) / 10) * 0.01) * 1000) / 1000;
    };
    await wheel.focus();
    const turn = async (key: string) => {
      const before = await wheel.getAttribute('data-thimble');
      await wheel.focus();
      await page.keyboard.press(key);
      await expect.poll(() => wheel.getAttribute('data-thimble')).not.toBe(before);
    };
    /** On in one direction past the next dark fringe, then back by hundredths to its darkest; returns the reading there. */
    const darkest = async (dir: 1 | -1) => {
      const coarse = dir > 0 ? 'Shift+ArrowRight' : 'Shift+ArrowLeft', back = dir > 0 ? 'ArrowLeft' : 'ArrowRight', fine = dir > 0 ? 'ArrowRight' : 'ArrowLeft';
      let prev = await brightness();
      // Leave the bright fringe we may be on, then go on until it gets brighter again.
      for (let falling = false; ; ) {
        await turn(coarse);
        const b = await brightness();
        if (b < prev) falling = true;
        else if (falling && b > prev) break;
        prev = b;
      }
      let best = await brightness();
      for (;;) {
        await turn(back);
        const b = await brightness();
        if (b > best) {
          await turn(fine);
          break;
        }
        best = b;
      }
      return read();
    };
    /** Turn to a reading: tenths with Shift, then hundredths. */
    const turnTo = async (mm: number) => {
      let now = await read();
      while (Math.abs(mm - now) >= 0.1 - 1e-9) {
        await turn(mm > now ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
        now = await read();
      }
      while (Math.abs(mm - now) >= 0.01 - 1e-9) {
        await turn(mm > now ? 'ArrowRight' : 'ArrowLeft');
        now = await read();
      }
    };
    // The bright fringe left of the middle one: find the dark fringes either side of it, set the cross-hair
    // half-way (where the eye puts the middle of a bright band), read it, record.
    const d1 = await darkest(-1);
    const d2 = await darkest(-1);
    await turnTo(Math.round(((d1 + d2) / 2) * 100) / 100);
    const x1 = await read();
    const r1 = await recordedRow();
    // Three bright fringes further right: past the dark fringes on, to the dark ones either side of it.
    await darkest(1);
    await darkest(1);
    const d3 = await darkest(1);
    const d4 = await darkest(1);
    await turnTo(Math.round(((d3 + d4) / 2) * 100) / 100);
    const x4 = await read();
    const r4 = await recordedRow();
    expect(r1.readingMm).toBeCloseTo(x1, 3);
    expect(r4.readingMm).toBeCloseTo(x4, 3);
    const dx = (x4 - x1) / 3;
    const shown = await paramsShown(doubleSlitPreset);
    const d = Number(shown.slitSpacingMm);
    const L = ((await scaleMm('MH1')) - (await scaleMm('DS1'))) / 1000;
    expect(L).toBeCloseTo(Number(shown.slitToScreenM), 6);
    const lambdaNm = ((d * dx) / (L * 1000)) * 1e6;
    const model = headless(doubleSlitPreset, shown);
    // Against the model's own fringes (to the drum's 0.01 mm over three fringes) and the red filter's 650 nm.
    expect(Math.abs(dx - model.fringeSpacingMm)).toBeLessThan(0.02);
    expect(Math.abs(lambdaNm - 650) / 650).toBeLessThan(0.03);
    await page.screenshot({ path: join(SCREENSHOTS, 'optics-double-slit.png'), fullPage: true });
  }, 180_000);
});
