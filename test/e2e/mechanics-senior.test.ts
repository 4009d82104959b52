/**
 * The senior mechanics items on the bench by direct manipulation, in real Chromium (issue #17): the cart pulled
 * by hooked weights over the pulley with its tape through the ticker timer (B1.1: v from Δx/Δt on the tape, the
 * v–t slope is a; B1.4: the resistance balanced by tilting the board until a pushed cart's dots are evenly
 * spaced, then a against m g, straight while m ≪ M and bent below it with 240 g: a = m g/(M + m),
 * 人教版 必修第一册 第二章第1节, 第四章第2节; B1.2: hooked weights hung one below another on a spring beside a
 * ruler, F = k x, and past the elastic limit the spring stays stretched, 第三章第1节; B1.4 again with two light gates
 * dragged onto the board and the digital timer: v = d/Δt, a = (v₂² − v₁²)/(2L)). The recorded values are checked against the closed forms and against
 * the same setup run headless in Node.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../simulations/bench/preset';
import { runSimulation } from '../../simulations/core';
import { CART_TRACK_RESISTANCE } from '../../simulations/mechanics/cart-track';
import { CART_START_X_M, GATE_BEAM_Y_M } from '../../simulations/mechanics/parts/cart-track';
import { createMechanicsModel } from '../../simulations/mechanics/model';
import { cartForcePreset } from '../../simulations/mechanics/presets/cart-force';
import { cartVelocityPreset } from '../../simulations/mechanics/presets/cart-velocity';
import { springPreset } from '../../simulations/mechanics/presets/spring';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import mechanics from '../../src/i18n/en/mechanics.json';

const G = 9.8, T = 0.1;
const shots = SCREENSHOTS;
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

const recordedRow = () => recordRow(page);

const description = () => benchDescription(page);
const lastEvent = () => page.locator('.events li').first().textContent({ timeout: 500 }).catch(() => '');

/** Do something that starts a new tape, run (the lab pauses at each 'stopped'), and wait until the cart has stopped on it. */
async function runToStop(action: () => Promise<void>) {
  const before = await lastEvent();
  await action();
  const play = page.getByRole('button', { name: labs['labs.run.play'] });
  // On a loaded machine a click can land while the frame is still settling: Play again if it is still paused.
  for (let attempt = 0; attempt < 3 && (await lastEvent()) === before; attempt++) {
    if (await play.count()) await play.first().click();
    await expect.poll(lastEvent, { timeout: 20_000 }).not.toBe(before).catch(() => {});
  }
  expect(await lastEvent(), `no new stop after the action; the bench: ${await description()}`).not.toBe(before);
  expect(await lastEvent()).toContain(mechanics['mechanics.preset.e.cartStopped']);
}

/** Least-squares slope of v against t, v at counting points 1 … 5 from the readings x1 … x6: vₙ = (xₙ₊₁ − xₙ₋₁)/(2T). */
function vtSlope(row: Record<string, number>): number {
  const x = [0, ...[1, 2, 3, 4, 5, 6].map((n) => row[`x${n}M`])];
  const v = [1, 2, 3, 4, 5].map((n) => (x[n + 1] - x[n - 1]) / (2 * T));
  const t = [1, 2, 3, 4, 5].map((n) => n * T), tm = 3 * T, vm = v.reduce((s, q) => s + q, 0) / 5;
  return t.reduce((s, ti, i) => s + (ti - tm) * (v[i] - vm), 0) / t.reduce((s, ti) => s + (ti - tm) ** 2, 0);
}

describe('senior mechanics on the bench, by direct manipulation', () => {
  it('B1.1 ticker tape: the 50 g weight hung on the thread, the cart let go on the level board; counting points read to 0.1 mm give a v–t line of slope (m g − μ M g)/(M + m) = 0.828 m/s²', async () => {
    await open(cartVelocityPreset);
    await bench.wire('CT1.hook', 'H1.ring');
    await expect.poll(description).toContain('50 g hangs on its thread');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await runToStop(() => bench.press('CT1', 't'));
    await expect.poll(description).toContain('CT1 (let go from rest) has stopped');
    const tape = page.locator('figure[data-tape="CT1"]');
    expect(Number(await tape.getAttribute('data-dots'))).toBeGreaterThanOrEqual(31); // counting point 6 and one dot on
    const row = await recordedRow();
    const a = (0.05 * G - CART_TRACK_RESISTANCE * 0.4 * G) / 0.45;
    for (let n = 1; n <= 6; n++) expect(Math.abs(row[`x${n}M`] - 0.5 * a * (n * T) ** 2), `x${n}`).toBeLessThanOrEqual(0.00005 + 1e-9);
    expect(Math.abs(vtSlope(row) - a)).toBeLessThan(0.005);
    await page.screenshot({ path: resolve(shots, 'mechanics-cart-velocity.png') });
    // The same setup in Node: the same readings.
    const m = createMechanicsModel(cartVelocityPreset);
    m.edit({ ...cartVelocityPreset.setup, links: [{ id: 't', from: { part: 'CT1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }], parts: cartVelocityPreset.setup.parts.map((p) => (p.id === 'CT1' ? { ...p, props: { ...p.props, start: 'released' } } : p)) });
    const headless = runSimulation(m, { untilEvent: 'stopped' }).measurements;
    for (let n = 1; n <= 6; n++) expect(headless[`x${n}M`]).toBe(row[`x${n}M`]);
  }, 180_000);

  it('B1.4: resistance balanced by the tilt (a pushed cart slows at 0°, 1°, speeds up at 3°, evenly spaced dots at 1.72°); then a = m g/(M + m): 20 g and 40 g near m g/M, 240 g well below it', async () => {
    await open(cartForcePreset);
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await bench.press('CT1', 't'); // let go: nothing hangs, it stays
    await expect.poll(description).toContain('does not move');
    await runToStop(() => bench.press('CT1', 't')); // given a push
    const level = await recordedRow();
    expect(Math.abs(level.tapeAccelerationMps2 + CART_TRACK_RESISTANCE * G)).toBeLessThan(0.01); // a = −μ g
    const tilted = async (deg: number) => {
      await runToStop(() => bench.set('CT1', 'tiltDeg', deg));
      return (await recordedRow()).tapeAccelerationMps2;
    };
    expect(await tilted(1)).toBeLessThan(-0.1); // g (sin 1° − μ cos 1°) = −0.123
    expect(await tilted(3)).toBeGreaterThan(0.2); // +0.219
    const balanced = await tilted(1.72); // tan θ = μ = 0.03 at 1.718°
    expect(Math.abs(balanced)).toBeLessThan(0.01);

    await bench.press('CT1', 't', 2); // held, then let go: balanced, with nothing hung it stays
    await expect.poll(description).toContain('CT1 (let go from rest) does not move');
    const hung = async (ring: string, hook: string, grams: number) => {
      await runToStop(() => bench.wire(hook, ring));
      const row = await recordedRow();
      expect(row.hangingG).toBe(grams);
      expect(Math.abs(row.tapeAccelerationMps2 - ((grams / 1000) * G) / (0.4 + grams / 1000)), `${grams} g`).toBeLessThan(0.015);
      return row.tapeAccelerationMps2 / ((grams / 1000) * G); // a / F, 1/kg
    };
    const light = await hung('H1.ring', 'CT1.hook', 20);
    const two = await hung('H2.ring', 'H1.hook', 40);
    await runToStop(() => bench.wire('H2.hook', 'H5.ring'));
    const heavy = await hung('H6.ring', 'H5.hook', 240);
    // a/F = 1/(M + m): 2.38 and 2.27 per kg with m ≪ M, 1.56 per kg with 240 g: the a–F line bends.
    expect(light * 0.4).toBeGreaterThan(0.93);
    expect(two * 0.4).toBeGreaterThan(0.88);
    expect(heavy * 0.4).toBeLessThan(0.7);
    await page.screenshot({ path: resolve(shots, 'mechanics-cart-force.png') });
  }, 240_000);

  it('B1.4 with light gates: two gates dragged onto the balanced board about 45 cm apart, 100 g hung, the cart let go: the timer’s Δt₁, Δt₂ give a = (v₂² − v₁²)/(2L) = m g/(M + m) = 1.96 m/s² within its 0.1 ms counting', async () => {
    await open(cartForcePreset);
    const board = await bench.position('CT1');
    // Put down on the beam's line, 20 cm and 65 cm along from where the strip starts (they snap onto the board).
    for (const [id, s] of [['LG1', 0.2], ['LG2', 0.65]] as const) await bench.drag(id, board.xM + CART_START_X_M + s, board.yM + GATE_BEAM_Y_M + 0.004);
    // Dropped by a hand, they land within a few millimetres of where they were aimed (the board's scale reads them to 1 mm).
    const clampedCm = async (id: string) => Number(new RegExp(`Light gate ${id} is clamped on the board ([\\d.]+) cm`).exec(await description())?.[1]);
    await expect.poll(async () => Math.abs((await clampedCm('LG1')) - 20)).toBeLessThan(1);
    await expect.poll(async () => Math.abs((await clampedCm('LG2')) - 65)).toBeLessThan(1);
    await bench.set('CT1', 'tiltDeg', 1.72); // the resistance balanced: tan θ = μ
    await bench.wire('CT1.hook', 'H5.ring');
    await expect.poll(description).toContain('100 g hangs on its thread');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await runToStop(() => bench.press('CT1', 't')); // let go from rest
    const row = await recordedRow();
    // The timer's windows show what is recorded.
    for (const w of ['dt1Ms', 'dt2Ms']) expect(Number(await page.locator(`svg.table text[data-window="${w}"]`).textContent())).toBe(row[w]);
    expect(Math.abs(row.gapM - 0.45)).toBeLessThan(0.009);
    const d = 0.01, v1 = d / (row.dt1Ms / 1000), v2 = d / (row.dt2Ms / 1000), a = (v2 ** 2 - v1 ** 2) / (2 * row.gapM);
    // Each Δt is short of the true time by under 0.1 ms (whole counts), so each v² is high by under 2 × 0.1 ms/Δt of itself.
    const bound = (v2 ** 2 * 2e-4 / (row.dt2Ms / 1000) + v1 ** 2 * 2e-4 / (row.dt1Ms / 1000)) / (2 * row.gapM);
    expect(Math.abs(a - (0.1 * G) / 0.5)).toBeLessThan(bound + 0.002);
    expect(row.dt1Ms).toBeGreaterThan(row.dt2Ms); // faster at the second gate
    await page.locator('svg.table').screenshot({ path: resolve(shots, 'mechanics-cart-gates.png') });
  }, 180_000);

  it('B1.2 the spring: six 50 g weights hung one below another, the pointer read each time: F against x has slope k = 40 N/m; eight take it past its limit and, taken off, it stays stretched', async () => {
    await open(springPreset);
    const r0 = (await recordedRow()).readingM;
    expect(r0).toBeCloseTo(0.1182, 9); // natural length 10 cm, its top at 1.82 cm on the ruler
    const xs: number[] = [], fs: number[] = [];
    for (let n = 1; n <= 6; n++) {
      await bench.wire(n === 1 ? 'SP1.hook' : `H${n - 1}.hook`, `H${n}.ring`);
      await expect.poll(description).toContain(`${50 * n} g hangs on it`);
      const row = await recordedRow();
      expect(row.hungG).toBe(50 * n);
      xs.push(row.readingM - r0);
      fs.push(n * 0.05 * G);
      // x = F/k read to 0.1 mm (the estimated digit on each of the two readings).
      expect(Math.abs(xs[n - 1] - fs[n - 1] / 40), `${n} weights`).toBeLessThanOrEqual(0.0001 + 1e-9);
    }
    const k = fs.reduce((s, f, i) => s + f * xs[i], 0) / xs.reduce((s, x) => s + x * x, 0);
    expect(Math.abs(k - 40)).toBeLessThan(0.4);
    expect(await description()).not.toContain('elastic limit');
    await bench.wire('H6.hook', 'H7.ring');
    await bench.wire('H7.hook', 'H8.ring');
    await expect.poll(description).toContain('past its elastic limit');
    await bench.unwire('SP1.hook', 'H1.ring');
    await expect.poll(description).toContain('0 g hangs on it');
    const after = await recordedRow();
    const set = ((0.4 * G - 3) * 3) / 40; // (F_max − Fₑ)(f − 1)/k = 6.9 cm
    expect(Math.abs(after.readingM - r0 - set)).toBeLessThanOrEqual(0.0001 + 1e-9);
    expect(await description()).toMatch(/SP1 has been stretched past its elastic limit: it stays 69 mm longer/);
    await page.screenshot({ path: resolve(shots, 'mechanics-spring.png') });
  }, 180_000);
});
