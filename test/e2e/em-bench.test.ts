/**
 * The junior electromagnetism experiments performed on the circuits bench by direct manipulation, in real
 * Chromium: 4.2.9 (solenoid, compass needles, iron filings: built from the bin and wired, the switch closed,
 * the needles read, the current reversed by swapping the wires at the supply) and 4.2.10 (U magnet, rod AB,
 * galvanometer: the rod dragged and moved with the keys through the gap, the pointer watched as it swings).
 * Readings are checked against the same presets run headless in Node (the page and the CLI share the model).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../simulations/bench/preset';
import type { Setup, SetupPart } from '../../simulations/bench/setup';
import { createCircuitModel } from '../../simulations/circuits/model';
import { circuitParts } from '../../simulations/circuits/parts';
import { inductionPreset } from '../../simulations/circuits/presets/induction';
import { solenoidFieldPreset } from '../../simulations/circuits/presets/solenoid-field';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS, benchDescription } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => {
  ({ server, browser, page } = await openLabPage());
  bench = new BenchDriver(page);
});
afterAll(() => closeLabPage({ server, browser }));

async function open(preset: BenchPreset) {
  await page.goto(`${server.url}/labs/${preset.id}`);
  await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
}
const defaults = (kind: string) => circuitParts.defaultProps(kind);
const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
const description = () => benchDescription(page);

/** Where a compass needle's north end points on the page (bearing, degrees clockwise from up). */
async function bearing(id: string): Promise<number> {
  return Number(await page.locator(`g.part[data-part="${id}"] [data-bearing]`).getAttribute('data-bearing'));
}

/** The preset headless with a setup, run for `seconds`. */
function headless(preset: BenchPreset, setup: Setup, seconds: number) {
  const m = createCircuitModel({ ...preset, setup });
  m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
  m.edit(setup);
  for (let k = 0; k < Math.round(seconds / 0.01); k++) m.step(0.01);
  return m;
}

/** Sample the galvanometer's dial (µA) every frame while `act` runs and for `afterMs` after it. */
async function watch(act: () => Promise<void>, afterMs = 1500): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __g: number[]; __gOn: boolean };
    w.__g = [];
    w.__gOn = true;
    const f = () => {
      const dial = document.querySelector('svg[data-meter="G1"]');
      w.__g.push(Number(dial?.getAttribute('data-fraction')) * Number(dial?.getAttribute('data-full-scale')));
      if (w.__gOn) requestAnimationFrame(f);
    };
    f();
  });
  await act();
  const until = Date.now() + afterMs;
  await expect.poll(() => Date.now() >= until, { timeout: afterMs + 5000, interval: 100 }).toBe(true);
  return page.evaluate(() => {
    const w = window as unknown as { __g: number[]; __gOn: boolean };
    w.__gOn = false;
    return w.__g;
  });
}
const biggest = (xs: number[]) => xs.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);

/** Wait until the galvanometer's pointer has come to rest at zero (a swing dies away in a few seconds). */
async function settled() {
  await expect.poll(async () => Math.abs((await bench.read('G1')).value), { timeout: 30_000 }).toBeLessThan(0.005);
}

async function play() {
  await page.getByRole('button', { name: labs['labs.run.play'] }).click();
}

describe('electromagnetism on the circuits bench, by direct manipulation', () => {
  it('4.2.9: the needles around a solenoid follow its field, and turn round when the current is reversed', async () => {
    await open(solenoidFieldPreset);
    await bench.clear();
    await bench.build(solenoidFieldPreset.setup, defaults);
    await expect.poll(description).toContain('solenoid N1');
    await play();
    // Switch open: no current, every needle points north (up the page).
    for (const c of ['C1', 'C2', 'C3', 'C4']) expect(angleBetween(await bearing(c), 0), c).toBeLessThan(0.5);
    await bench.flip('S1');
    await expect.poll(description).toContain('switch S1 (closed)');
    // The needles swing and settle: beyond the ends along the axis they point from a to b (east), beside the middle back (west).
    const built = structuredClone(solenoidFieldPreset.setup);
    built.parts = built.parts.map((p): SetupPart => (p.id === 'S1' ? { ...p, props: { ...p.props, closed: true } } : p));
    const model = headless(solenoidFieldPreset, built, 6);
    const want = model.measure();
    const names: Record<string, string> = { C1: 'bearing1Deg', C2: 'bearing2Deg', C3: 'bearing3Deg', C4: 'bearing4Deg' };
    for (const c of ['C1', 'C2', 'C3', 'C4']) await expect.poll(async () => angleBetween(await bearing(c), want[names[c]]), { timeout: 60_000 }).toBeLessThan(0.5);
    expect(angleBetween(want.bearing2Deg, 90)).toBeLessThan(4);
    expect(angleBetween(want.bearing3Deg, 270)).toBeLessThan(4);
    // The ammeter's pointer: the current in the coil.
    const a = await bench.read('A1');
    expect(a.value).toBeCloseTo(want.currentA, 6);
    await expect.poll(description).toContain('north end points east');
    await page.screenshot({ path: join(shots, 'em-solenoid-on.png'), fullPage: true });

    // Reverse the current: the supply's two wires swapped.
    await bench.unwire('U1.+', 'S1.a');
    await bench.unwire('N1.b', 'U1.-');
    await bench.wire('U1.-', 'S1.a');
    await bench.wire('N1.b', 'U1.+');
    for (const c of ['C1', 'C2', 'C3', 'C4']) await expect.poll(async () => angleBetween(await bearing(c), want[names[c]] + 180), { timeout: 60_000 }).toBeLessThan(8);
    await expect.poll(description).toContain('north end points west');
    await page.screenshot({ path: join(shots, 'em-solenoid-reversed.png'), fullPage: true });
  });

  it('4.2.10: the galvanometer swings only while the closed circuit’s rod cuts the field, and the other way when the motion or the field is reversed', async () => {
    await open(inductionPreset);
    await bench.clear();
    const p = (id: string) => inductionPreset.setup.parts.find((x) => x.id === id)!;
    for (const id of ['M1', 'AB1', 'S1', 'G1']) expect(await bench.place(p(id).kind, p(id).xM, p(id).yM)).toBe(id);
    // The rod turned to lie across the page's width direction: along y, so moving it left and right cuts the field.
    await bench.press('AB1', 'r');
    await expect.poll(() => page.locator('g.part[data-part="AB1"]').getAttribute('transform')).toContain('rotate(90)');
    for (const l of inductionPreset.setup.links) await bench.wire(`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`);
    await play();
    const pole = 0.4 + 0.04;

    // Switch open: the rod dragged through the gap moves nothing.
    const open_ = await watch(() => bench.drag('AB1', pole, 0.3));
    expect(Math.abs(biggest(open_)), 'switch open').toBeLessThan(0.05);
    expect((await bench.position('AB1')).xM).toBeCloseTo(pole, 6);

    await bench.flip('S1');
    await expect.poll(description).toContain('switch S1 (closed)');
    // Still in the gap: nothing.
    await settled();
    expect(Math.abs(biggest(await watch(async () => {}, 800)))).toBeLessThan(0.05);
    // Out of the gap to the right, across the field lines: the pointer swings, then comes back.
    await settled();
    const out = biggest(await watch(() => bench.drag('AB1', 0.6, 0.3)));
    expect(Math.abs(out), 'dragged out').toBeGreaterThan(1);
    // Back in: the other way.
    await settled();
    const back = biggest(await watch(() => bench.drag('AB1', pole, 0.3)));
    expect(Math.abs(back), 'dragged in').toBeGreaterThan(1);
    expect(Math.sign(back), `out ${out} µA, back ${back} µA`).toBe(-Math.sign(out));

    // With the keys: along its own length (up the page), and up and down in the gap (T): no swing.
    await settled();
    const along = await watch(() => bench.press('AB1', 'ArrowUp', 2));
    expect(Math.abs(biggest(along)), 'along the rod').toBeLessThan(0.05);
    const vertical = await watch(() => bench.press('AB1', 't', 2));
    expect(Math.abs(biggest(vertical)), 'up and down along the field').toBeLessThan(0.05);
    await bench.press('AB1', 't'); // back to the middle
    await bench.press('AB1', 'ArrowDown', 2);
    await expect.poll(async () => (await bench.position('AB1')).yM).toBeCloseTo(0.3, 6);

    // One key press across the field: a 1 cm jump throws the pointer as the model does headless.
    await settled();
    const from = await bench.position('AB1');
    const jump = await watch(() => bench.press('AB1', 'ArrowRight'), 2000);
    const setupAt = (xM: number, northPole = 'up'): Setup => ({
      ...inductionPreset.setup,
      parts: inductionPreset.setup.parts.map((q): SetupPart => (q.id === 'AB1' ? { ...q, xM, yM: from.yM } : q.id === 'S1' ? { ...q, props: { ...q.props, closed: true } } : q.id === 'M1' ? { ...q, props: { ...q.props, northPole } } : q)),
    });
    const m = headless(inductionPreset, setupAt(from.xM), 0.5);
    m.edit(setupAt(from.xM + 0.01));
    let peak = 0;
    for (let k = 0; k < 200; k++) {
      m.step(0.01);
      if (Math.abs(m.measure().galvanometerUA) > Math.abs(peak)) peak = m.measure().galvanometerUA;
    }
    expect(Math.abs(peak)).toBeGreaterThan(1);
    // Sampled once a frame near a slow peak: within 15 %.
    expect(Math.sign(biggest(jump)), `page ${biggest(jump)} µA, model ${peak} µA`).toBe(Math.sign(peak));
    expect(Math.abs(biggest(jump) - peak)).toBeLessThanOrEqual(0.15 * Math.abs(peak));

    // The magnet turned over (N underneath): the same motion swings the pointer the other way.
    await bench.set('M1', 'northPole', 'down');
    await expect.poll(description).toContain('north pole underneath');
    await settled();
    const flipped = biggest(await watch(() => bench.press('AB1', 'ArrowLeft'), 2000));
    const mf = headless(inductionPreset, setupAt(from.xM + 0.01, 'down'), 0.5);
    mf.edit(setupAt(from.xM, 'down'));
    let peakF = 0;
    for (let k = 0; k < 200; k++) {
      mf.step(0.01);
      if (Math.abs(mf.measure().galvanometerUA) > Math.abs(peakF)) peakF = mf.measure().galvanometerUA;
    }
    // Moving back (left) with the field reversed: the same side as the first jump (two reversals).
    expect(Math.sign(flipped), `flipped ${flipped} µA, first jump ${peak} µA`).toBe(Math.sign(peak));
    expect(Math.abs(flipped - peakF)).toBeLessThanOrEqual(0.15 * Math.abs(peakF));
    await page.screenshot({ path: join(shots, 'em-induction.png'), fullPage: true });
  });
});
