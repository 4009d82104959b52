/**
 * The mechanics curriculum items (4.1.1, 4.1.2, 4.1.4, 4.1.5, 4.1.6, 4.2.2–4.2.5) performed on the bench by
 * direct manipulation, in real Chromium. For example the tray
 * balance levelled with its nuts (rider at zero), a stone dragged onto the left pan and weights onto the right,
 * the rider moved until the pointer swings about the middle; the stone let down into a measuring cylinder of
 * water and the level read; salt water weighed in its beaker, some poured into a cylinder and read, the rest
 * weighed. The recorded values are checked against the closed forms (m = ρV, ρ = m/(V₂ − V₁)) and against the
 * same setup run headless in Node (page and CLI share the model).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../simulations/bench/preset';
import type { Setup } from '../../simulations/bench/setup';
import { createMechanicsModel } from '../../simulations/mechanics/model';
import { mechanicsParts } from '../../simulations/mechanics/parts';
import { PAN_X_M, PAN_Y_M } from '../../simulations/mechanics/parts/tray-balance';
import { balancePreset } from '../../simulations/mechanics/presets/balance';
import { densityPreset } from '../../simulations/mechanics/presets/density';
import { buoyancyPreset } from '../../simulations/mechanics/presets/buoyancy';
import { forceGaugePreset } from '../../simulations/mechanics/presets/force-gauge';
import { frictionPreset } from '../../simulations/mechanics/presets/friction';
import { leverPreset } from '../../simulations/mechanics/presets/lever';
import { pressurePreset } from '../../simulations/mechanics/presets/pressure';
import { rulerWatchPreset } from '../../simulations/mechanics/presets/ruler-watch';
import { speedPreset } from '../../simulations/mechanics/presets/speed';
import { tableOf } from '../../simulations/mechanics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';

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

/** The setup as the page shows it: every part where it stands, with the props typed in the inspector. */
async function setupOnPage(preset: BenchPreset, props: Record<string, Record<string, number | string>> = {}): Promise<Setup> {
  const parts = [];
  for (const p of preset.setup.parts) parts.push({ ...p, ...(await bench.position(p.id)), props: { ...p.props, ...(props[p.id] ?? {}) } });
  return { ...preset.setup, parts };
}

/** The same setup, headless. */
function headless(preset: BenchPreset, setup: Setup) {
  const m = createMechanicsModel(preset);
  m.edit(setup);
  return m;
}

const description = () => benchDescription(page);
/** What the description says of the balance's pointer. */
async function pointer(): Promise<'middle' | 'left' | 'right'> {
  const d = await description();
  if (/TB1 swings about the middle/.test(d)) return 'middle';
  return /TB1 (leans left|is against the left)/.test(d) ? 'left' : 'right';
}

/** Drop a part with its bottom a centimetre above a pan of TB1 (it falls onto it). */
async function ontoPan(partId: string, side: -1 | 1, dx = 0) {
  const tb = await bench.position('TB1');
  const kind = [...balancePreset.setup.parts, ...densityPreset.setup.parts].find((p) => p.id === partId)!.kind;
  await bench.drag(partId, tb.xM + side * PAN_X_M + dx, tb.yM + PAN_Y_M - 0.01 - mechanicsParts.get(kind).heightM / 2);
  await expect.poll(async () => (await bench.position(partId)).yM, { timeout: 10_000 }).toBeLessThan(tb.yM + PAN_Y_M);
}

/** Turn a live property in steps in the inspector until the pointer swings about the middle line; returns the value. */
async function balanceWith(prop: 'nutMm' | 'riderG', from: number, step: number, max: number): Promise<number> {
  for (let v = from; v <= max + 1e-9; v = Math.round((v + step) * 1000) / 1000) {
    await bench.set('TB1', prop, v);
    await expect.poll(description).toContain('TB1');
    if ((await pointer()) === 'middle') return v;
  }
  throw new Error(`${prop} up to ${max} did not balance TB1`);
}

describe('mechanics bench, by direct manipulation', () => {
  it('4.1.1 the tray balance: levelled by the nuts, the stone weighed with weights and the rider: 52.0 g = ρV', async () => {
    await open(balancePreset);
    // Out of the cupboard the pointer leans left: turn the nuts out to the right (左偏右调).
    expect(await pointer()).toBe('left');
    const nut = await balanceWith('nutMm', 0.4, 0.4, 4);
    await ontoPan('M1', -1);
    expect(await pointer()).toBe('left');
    // Weights largest first: 100 g is too much, 50 g too little.
    await ontoPan('W1', 1);
    await expect.poll(pointer).toBe('right');
    await bench.drag('W1', 0.785, 0.3); // back on the table, clear of the box
    await ontoPan('W2', 1);
    await expect.poll(pointer).toBe('left');
    const rider = await balanceWith('riderG', 0.2, 0.2, 5);
    const row = await recordedRow();
    // Granite 2.6 g/cm³ × 20 cm³ (人教版 八年级上册 密度表).
    expect(row.massReadingG).toBeCloseTo(50 + rider, 6);
    expect(row.massReadingG).toBeCloseTo(52, 6);
    const m = headless(balancePreset, await setupOnPage(balancePreset, { TB1: { nutMm: nut, riderG: rider } }));
    expect(m.measure().massReadingG).toBeCloseTo(row.massReadingG, 9);
    expect(m.engine.value('TB1', 'balanced')).toBe(1);
    await page.screenshot({ path: join(shots, 'mechanics-balance-weighed.png'), fullPage: true });
  }, 180_000);

  it('4.1.2 density: the stone weighed and let down into the cylinder (50 → 70 mL): ρ = 2.6 g/cm³; salt water weighed, poured and weighed again: ρ = 1.1 g/cm³', async () => {
    await open(densityPreset);
    expect(await pointer()).toBe('middle'); // this balance is level already
    await ontoPan('M1', -1);
    await ontoPan('W2', 1);
    const rider = await balanceWith('riderG', 0.2, 0.2, 5);
    const first = await recordedRow();
    expect(first.massReadingG).toBeCloseTo(52, 6);
    expect(first.readingMl).toBe(50);
    // Take the stone off the pan and let it down into the cylinder.
    const mc = await bench.position('MC1');
    await bench.drag('M1', mc.xM, mc.yM - 0.1);
    await expect.poll(async () => (await bench.position('M1')).yM, { timeout: 10_000 }).toBeGreaterThan(mc.yM);
    const second = await recordedRow();
    expect(second.readingMl).toBe(70);
    expect(first.massReadingG / (second.readingMl - first.readingMl)).toBeCloseTo(2.6, 6);
    // Read from above, the same water reads high (俯视偏大).
    await bench.set('MC1', 'eye', 'above');
    await expect.poll(async () => Number(await page.locator('[data-cylinder="MC1"]').getAttribute('data-seen'))).toBeGreaterThan(71);
    await bench.set('MC1', 'eye', 'level');

    // Salt water: the weights off, the beaker onto the left pan, weighed.
    await bench.drag('W2', 0.03, 0.3);
    await bench.set('TB1', 'riderG', 0);
    await ontoPan('B1', -1);
    await ontoPan('W1', 1, -0.03);
    await ontoPan('W2', 1, 0.03);
    await ontoPan('W3', 1, 0);
    await expect.poll(pointer).toBe('left');
    const riderFull = await balanceWith('riderG', 0.2, 0.2, 5);
    const m1 = (await recordedRow()).massReadingG;
    expect(m1).toBeCloseTo(175, 6); // 65 g of glass + 1.1 g/mL × 100 mL
    // Pour about 40 mL into the empty cylinder MC2, read it, weigh what is left.
    await page.locator('fieldset select').first().selectOption('B1');
    await page.locator('fieldset select').nth(1).selectOption('MC2');
    await page.locator('fieldset input[type="number"]').fill('40');
    await page.locator('fieldset button').click();
    await expect.poll(async () => Number(await page.locator('[data-cylinder="MC2"]').getAttribute('data-seen'))).toBeGreaterThan(39);
    // 131 g left: off with the 50 g (120 g, too little), on with the 10 g, then the rider.
    await bench.drag('W2', 0.03, 0.3);
    await bench.set('TB1', 'riderG', 0);
    await expect.poll(pointer).toBe('left');
    await ontoPan('W5', 1, 0.03);
    await expect.poll(pointer).toBe('left');
    const riderRest = await balanceWith('riderG', 0.2, 0.2, 5);
    const rest = await recordedRow();
    const v = await page.locator('[data-cylinder="MC2"]').getAttribute('data-seen');
    expect(Number(v)).toBeCloseTo(40, 6);
    expect((m1 - rest.massReadingG) / 40).toBeCloseTo(1.1, 6);
    expect([rider, riderFull, riderRest]).toEqual([2, 5, 1]);
    await page.screenshot({ path: join(shots, 'mechanics-density.png'), fullPage: true });
  }, 180_000);

  it('4.1.6 the spring gauge: zeroed, two 50 g hooked weights hung on it one below the other: 1.0 N (G = mg = 0.98 N)', async () => {
    await open(forceGaugePreset);
    await expect.poll(description).toContain('pointer of F1 is at 0.2 N');
    await bench.set('F1', 'zeroN', 0);
    await expect.poll(description).toContain('pointer of F1 is at 0 N');
    await bench.wire('F1.hook', 'H1.ring');
    await bench.wire('H1.hook', 'H2.ring');
    const row = await recordedRow();
    expect(row.readingN).toBeCloseTo(1.0, 6);
    expect(Math.abs(row.readingN - 0.1 * 9.8)).toBeLessThanOrEqual(0.1); // within half a division of mg
    const setup = await setupOnPage(forceGaugePreset, { F1: { zeroN: 0 } });
    const m = headless(forceGaugePreset, { ...setup, links: [{ id: 'a', from: { part: 'F1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }, { id: 'b', from: { part: 'H1', terminal: 'hook' }, to: { part: 'H2', terminal: 'ring' } }] });
    expect(m.measure().readingN).toBeCloseTo(row.readingN, 9);
  }, 180_000);

  it('4.2.5 the lever: levelled with its nuts, two weights in hole 2 on the left, one moved along the right until level (hole 4): F1 l1 = F2 l2', async () => {
    await open(leverPreset);
    let nut = 0;
    while (!(await description()).includes('LV1 rests level')) {
      nut -= 0.5;
      if (nut < -20) throw new Error('the nuts did not level LV1');
      await bench.set('LV1', 'nutMm', nut);
    }
    await bench.wire('LV1.L2', 'H1.ring');
    await bench.wire('H1.hook', 'H2.ring');
    let hole = 0;
    for (let i = 1; i <= 5; i++) {
      await bench.wire(`LV1.R${i}`, 'H3.ring');
      if ((await description()).includes('LV1 rests level')) {
        hole = i;
        break;
      }
      await bench.unwire(`LV1.R${i}`, 'H3.ring');
    }
    expect(hole).toBe(4);
    const row = await recordedRow();
    expect(row.leftForceN * row.leftArmM).toBeCloseTo(row.rightForceN * row.rightArmM, 6);
    expect([row.leftForceN, row.leftArmM, row.rightForceN, row.rightArmM]).toEqual([0.98, 0.1, 0.49, 0.2]);
  }, 180_000);

  it('4.2.4 buoyancy: the block read in air, then lowered all the way into water by the gauge: G − F within a division of ρgV', async () => {
    await open(buoyancyPreset);
    const inAir = (await recordedRow()).readingN;
    expect(inAir).toBeCloseTo(1.3, 6); // 2.7 g/cm3 x 50 cm3 x 9.8 N/kg = 1.323 N, to 0.05 N
    const f = await bench.position('F1'), m1 = await bench.position('M1'), b = await bench.position('B1');
    // The block's bottom 1 cm above the beaker's inside bottom (the beaker's 4.6 cm below its centre).
    const drop = b.yM + 0.046 - 0.01 - (m1.yM + 0.013);
    await bench.drag('F1', b.xM, f.yM + drop);
    await expect.poll(async () => (await bench.position('M1')).yM).toBeGreaterThan(b.yM);
    const inWater = (await recordedRow()).readingN;
    expect(inWater).toBeCloseTo(0.85, 6);
    expect(Math.abs(inAir - inWater - 1e3 * 9.8 * 50e-6)).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('4.2.3 liquid pressure: the probe 5 cm and 10 cm under the water: the U-tube differs by 50 mm and 100 mm', async () => {
    await open(pressurePreset);
    const t = await bench.position('T1');
    const surface = t.yM + 0.12 - 0.2; // the tank's inside bottom is 12 cm below its centre, the water 20 cm deep
    const readings = [];
    for (const depth of [0.05, 0.1]) {
      await bench.drag('P1', t.xM, surface + depth);
      await expect.poll(async () => (await bench.position('P1')).yM).toBeCloseTo(surface + depth, 3);
      readings.push((await recordedRow()).readingMm);
    }
    expect(readings).toEqual([50, 100]);
  }, 180_000);

  it('4.2.2 sliding friction: pulled steadily the gauge reads mu N (0.6 N); with 200 g on the block 1.2 N; on the towel 2.4 N', async () => {
    await open(frictionPreset);
    await bench.press('F1', 't'); // the hand starts pulling steadily
    await expect.poll(description).toContain('pulling at constant speed');
    expect((await recordedRow()).readingN).toBeCloseTo(0.6, 6);
    const k = await bench.position('K1');
    await bench.drag('W1', k.xM - 0.025, k.yM - 0.06);
    await bench.drag('W2', k.xM + 0.025, k.yM - 0.06);
    await expect.poll(description).toContain('W2 (100 g) on K1');
    expect((await recordedRow()).readingN).toBeCloseTo(1.2, 6); // 0.3 x 0.4 kg x 9.8 = 1.176 N
    await bench.set('BD1', 'surface', 'towel');
    expect((await recordedRow()).readingN).toBeCloseTo(2.4, 6); // 0.6 x 0.4 kg x 9.8 = 2.352 N
  }, 180_000);

  it('4.1.4 ruler and stopwatch: the block read at both ends (2.35 and 12.35 cm, estimated digit), the ruler moved a centimetre: other readings, the same length; the watch started, stopped, read', async () => {
    await open(rulerWatchPreset);
    const first = await recordedRow();
    expect([first.leftM, first.rightM, first.lengthM]).toEqual([0.0235, 0.1235, 0.1]);
    const r = await bench.position('R1');
    await bench.drag('R1', r.xM + 0.01, r.yM);
    await expect.poll(description).toContain('1.35 cm');
    const second = await recordedRow();
    expect([second.leftM, second.rightM, second.lengthM]).toEqual([0.0135, 0.1135, 0.1]);
    await bench.press('SW1', 't');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(description, { timeout: 20_000 }).toMatch(/SW1 shows [1-9]/);
    await bench.press('SW1', 't');
    await expect.poll(description).toContain('(stopped)');
    const t = Number(/SW1 shows ([\d.]+) s/.exec(await description())![1]);
    await expect.poll(async () => /SW1 shows ([\d.]+) s/.exec(await description())![1]).toBe(String(t));
  }, 180_000);

  it('4.1.5 average speed: the watch started as the cart is let go, stopped at the click: about √(2s/a) = 2.34 s over 0.8 m', async () => {
    await open(speedPreset);
    await bench.press('SW1', 't');
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    await expect.poll(() => page.locator('.events').textContent().catch(() => ''), { timeout: 45_000 }).toContain('The cart strikes the metal plate');
    await bench.press('SW1', 't');
    await expect.poll(description).toContain('(stopped)');
    const row = await recordedRow();
    const a = 9.8 * (Math.sin((2 * Math.PI) / 180) - 0.005 * Math.cos((2 * Math.PI) / 180));
    const t = Math.sqrt((2 * 0.8) / a);
    expect(row.pathM).toBe(0.8);
    // Stopped by hand after the click: not before it, and within a (loaded machine's) reaction time.
    expect(row.readingS).toBeGreaterThanOrEqual(Math.floor(t * 10) / 10);
    expect(row.readingS).toBeLessThan(t + 1.5);
  }, 180_000);
});
