/**
 * The senior circuit and induction experiments performed on the circuits bench by direct manipulation, in real
 * Chromium, each on its preset's own parts: B3.1 the capacitor charged and discharged with the two-way switch
 * (the sensor's current and the voltmeter read in the same frame), B3.3 the resistivity of a wire (the slider
 * moved along the rheostat's coil, the meters and the micrometer read), B3.5 the EMF and internal resistance of
 * a cell (two slider places, U = E − I·r fitted), X2.1 a bar magnet pushed into and pulled out of a coil (the
 * galvanometer watched as it swings), X2.3 the light-controlled lamp (the light on the photoresistor changed,
 * the relay and the lamp watched), B3.4 the multimeter (Ω zeroed with the probes together, a resistor and a diode
 * both ways read off the Ω scale, the warning in a live circuit, the selector turned to DC volts). Readings are checked against the same presets run headless in Node and
 * against the textbook's closed forms (人教版 高中物理 必修第三册 第十章第4节、第十一章第3节、第十二章第3节;
 * 选择性必修第二册 第二章第1节、第五章第3节).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../simulations/bench/preset';
import type { Setup, SetupPart } from '../../simulations/bench/setup';
import { readToResolution, smallestDivision, VOLTMETER_SCALES, AMMETER_SCALES } from '../../simulations/bench/instruments/analog-meter';
import { findMaterial, voltmeterResistanceOhm } from '../../simulations/circuits/engine';
import { createCircuitModel } from '../../simulations/circuits/model';
import { CURRENT_SENSOR_OHM } from '../../simulations/circuits/parts/current-sensor';
import { capacitorPreset } from '../../simulations/circuits/presets/capacitor';
import { coilMagnetPreset } from '../../simulations/circuits/presets/coil-magnet';
import { emfInternalResistancePreset } from '../../simulations/circuits/presets/emf-internal-resistance';
import { lightControlPreset } from '../../simulations/circuits/presets/light-control';
import { multimeterPreset } from '../../simulations/circuits/presets/multimeter';
import { resistivityPreset } from '../../simulations/circuits/presets/resistivity';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
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
const description = () => benchDescription(page);
async function play() {
  await page.getByRole('button', { name: labs['labs.run.play'] }).click();
}

/** A setup with some parts changed. */
function withParts(setup: Setup, change: Record<string, Partial<SetupPart> & { props?: Record<string, unknown> }>): Setup {
  return {
    ...setup,
    parts: setup.parts.map((p): SetupPart => (change[p.id] ? { ...p, ...change[p.id], props: { ...p.props, ...(change[p.id].props ?? {}) } } as SetupPart : p)),
  };
}

/** The preset headless on a setup, stepped for `seconds`. */
function headless(preset: BenchPreset, setup: Setup = preset.setup, seconds = 0) {
  const m = createCircuitModel({ ...preset, setup });
  m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
  m.edit(setup);
  for (let k = 0; k < Math.round(seconds / 0.01); k++) m.step(0.01);
  return m;
}

/** Click the rheostat's coil at `fraction` of its length: the slider jumps there (to the nearest 0.01). Returns where it landed. */
async function slideTo(id: string, fraction: number): Promise<number> {
  const at = await bench.position(id);
  await page.locator('svg.table').scrollIntoViewIfNeeded();
  const p = await bench.at(at.xM - 0.07 + fraction * 0.14, at.yM + 0.009);
  await page.mouse.click(p.x, p.y);
  await expect.poll(async () => Math.abs(Number(await page.locator(`#param-sliderFraction`).inputValue()) - fraction)).toBeLessThanOrEqual(0.011);
  return Number(await page.locator('#param-sliderFraction').inputValue());
}

/** A meter's pointer read off its dial, and the check that it is on the scale. */
async function dial(id: string): Promise<number> {
  const r = await bench.read(id);
  expect(r.status, `${id} pointer`).toBe('ok');
  return r.value;
}

/** Sample the galvanometer's dial (µA) every frame while `act` runs and for `afterMs` after it. */
async function watch(act: () => Promise<void>, afterMs = 1500): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__g = [];
    window.__gOn = true;
    const f = () => {
      const dial = document.querySelector('svg[data-meter="G1"]');
      window.__g.push(Number(dial?.getAttribute('data-fraction')) * Number(dial?.getAttribute('data-full-scale')));
      if (window.__gOn) requestAnimationFrame(f);
    };
    f();
  })()`);
  await act();
  await page.waitForTimeout(afterMs);
  return page.evaluate(`(() => { window.__gOn = false; return window.__g; })()`) as Promise<number[]>;
}
const biggest = (xs: number[]) => xs.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);
async function settled() {
  await expect.poll(async () => Math.abs((await bench.read('G1')).value), { timeout: 30_000 }).toBeLessThan(0.05);
}

describe('senior circuits on the bench, by direct manipulation', () => {
  it('B3.1: the capacitor charges through the resistor when the switch goes to a and discharges the other way at b', async () => {
    await open(capacitorPreset);
    await play();
    // Switch at b, nothing charged: no current, no voltage.
    expect(await dial('V1')).toBeCloseTo(0, 6);
    await bench.flip('S1');
    await expect.poll(description).toContain('two-way switch S1');
    const e = 8, rSupply = 0.1, rv = voltmeterResistanceOhm(15);
    const rs = 1000 + rSupply + CURRENT_SENSOR_OHM;
    const vInf = (e * rv) / (rs + rv);
    // While it charges, each frame: the sensor's current is what the resistor's drop leaves, (E − U_C)/R.
    const frames: { ma: number; v: number }[] = [];
    for (let k = 0; k < 6; k++) {
      frames.push(
        (await page.evaluate(`(() => {
          const ma = Number(document.querySelector('g.part[data-part="I1"] [data-reading-ma]')?.getAttribute('data-reading-ma'));
          const d = document.querySelector('svg[data-meter="V1"]');
          return { ma, v: Number(d.getAttribute('data-fraction')) * Number(d.getAttribute('data-full-scale')) };
        })()`)) as { ma: number; v: number },
      );
      await page.waitForTimeout(150);
    }
    const charging = frames.filter((f) => f.v > 0.05 && f.v < 0.95 * vInf);
    expect(charging.length, JSON.stringify(frames)).toBeGreaterThan(1);
    for (const f of charging) expect(f.ma / (((e - f.v) / rs) * 1000), JSON.stringify(f)).toBeCloseTo(1, 2);
    // Charged: the voltmeter settles at E·R_V/(R_s + R_V) (τ ≈ 1 s), as the model run headless for 10 s.
    const charged = headless(capacitorPreset, withParts(capacitorPreset.setup, { S1: { props: { position: 'a' } } }), 10).measure();
    expect(charged.voltageV / vInf).toBeCloseTo(1, 3);
    await expect.poll(async () => Math.abs((await dial('V1')) - charged.voltageV), { timeout: 30_000 }).toBeLessThan(smallestDivision(VOLTMETER_SCALES['15']) / 2);
    await page.screenshot({ path: join(shots, 'circuit-capacitor-charged.png'), fullPage: true });
    // Back to b: the sensor's current runs the other way, U_C/(R + R_sensor) at first, and the voltage falls to nothing.
    await bench.flip('S1');
    const back = (await page.evaluate(`(() => Number(document.querySelector('g.part[data-part="I1"] [data-reading-ma]')?.getAttribute('data-reading-ma')))()`)) as number;
    await expect.poll(async () => Number(await page.locator('g.part[data-part="I1"] [data-reading-ma]').getAttribute('data-reading-ma'))).toBeLessThan(0);
    expect(back).toBeGreaterThanOrEqual(-((vInf / (1000 + CURRENT_SENSOR_OHM)) * 1000) * 1.001);
    await expect.poll(async () => await dial('V1'), { timeout: 30_000 }).toBeLessThan(0.05);
  });

  it('B3.3: the resistivity of the mystery wire from U, I, the micrometer and the rule is nichrome’s', async () => {
    await open(resistivityPreset);
    // The micrometer closed on the wire: the sleeve's millimetres and the thimble's hundredths.
    const mic = page.locator('svg[data-micrometer="RX1"]');
    const dMm = Number(await mic.getAttribute('data-sleeve-mm')) + Number(await mic.getAttribute('data-thimble')) * 0.01;
    expect(dMm).toBeCloseTo(0.4, 3);
    const lengthM = 0.5;
    const rhos: number[] = [];
    for (const want of [0.6, 0.3]) {
      const f = await slideTo('RP1', want);
      const model = headless(resistivityPreset, withParts(resistivityPreset.setup, { RP1: { props: { sliderFraction: f } } })).measure();
      await expect.poll(() => dial('A1')).toBeCloseTo(model.currentA, 6);
      const u = await dial('V1'), i = await dial('A1');
      expect(u).toBeCloseTo(model.voltageV, 6);
      // Read to the scales' resolution (half the smallest division), U/I still lands within 5 % of the model's.
      const ur = Math.round(u / 0.05) * 0.05, ir = Math.round(i / 0.01) * 0.01;
      expect(Math.abs(ur / ir / (model.voltageV / model.currentA) - 1)).toBeLessThan(0.05);
      rhos.push(((u / i) * Math.PI * (dMm * 1e-3) ** 2) / (4 * lengthM));
    }
    // The wire's R ∥ the voltmeter's R_V: ρ within the voltmeter's share (about 0.01 %) of the table's nichrome.
    for (const rho of rhos) expect(Math.abs(rho / findMaterial('nichrome')!.resistivityOhmM - 1)).toBeLessThan(1e-3);
    await page.screenshot({ path: join(shots, 'circuit-resistivity.png'), fullPage: true });
  });

  it('B3.5: two slider places give the cell’s E and r by U = E − I·r (both a little low by the voltmeter’s share)', async () => {
    await open(emfInternalResistancePreset);
    const points: { u: number; i: number }[] = [];
    for (const want of [0.9, 0.3]) {
      const f = await slideTo('RP1', want);
      const model = headless(emfInternalResistancePreset, withParts(emfInternalResistancePreset.setup, { RP1: { props: { sliderFraction: f } } })).measure();
      await expect.poll(() => dial('A1')).toBeCloseTo(model.currentA, 6);
      expect(await dial('V1')).toBeCloseTo(model.voltageV, 6);
      points.push({ u: await dial('V1'), i: await dial('A1') });
    }
    expect(points[1].i).toBeGreaterThan(points[0].i);
    expect(points[1].u).toBeLessThan(points[0].u);
    const r = (points[0].u - points[1].u) / (points[1].i - points[0].i);
    const emf = points[0].u + points[0].i * r;
    // The textbook's systematic error of this wiring: E·R_V/(R_V + r) and r·R_V/(R_V + r), for E = 1.5 V, r = 1 Ω.
    const rv = voltmeterResistanceOhm(3);
    expect(emf).toBeCloseTo((1.5 * rv) / (rv + 1), 4);
    expect(r).toBeCloseTo((1 * rv) / (rv + 1), 3);
    // Read to the dials' resolution (a student's two readings), the fit still finds E within 5 % and r within 40 %:
    // two points only, which is why the textbook asks for six and a line through them.
    const read = points.map((p) => ({ u: readToResolution(p.u, VOLTMETER_SCALES['3']), i: readToResolution(p.i, AMMETER_SCALES['0.6']) }));
    const rRead = (read[0].u - read[1].u) / (read[1].i - read[0].i);
    expect(Math.abs(read[0].u + read[0].i * rRead - 1.5), `read ${JSON.stringify(read)}`).toBeLessThan(0.075);
    expect(Math.abs(rRead - 1), `read ${JSON.stringify(read)}`).toBeLessThan(0.4);
    await page.screenshot({ path: join(shots, 'circuit-emf.png'), fullPage: true });
  });

  it('X2.1: the pointer swings one way as the N end goes into the coil, the other as it comes out, and the other again for the S end', async () => {
    await open(coilMagnetPreset);
    await play();
    const y = 0.28, inside = 0.45, outside = 0.72;
    await settled();
    const push = biggest(await watch(() => bench.drag('M1', inside, y)));
    expect((await bench.position('M1')).xM).toBeCloseTo(inside, 2);
    // Left inside: the flux is steady, the pointer comes back to zero.
    await settled();
    const pull = biggest(await watch(() => bench.drag('M1', outside, y)));
    expect(Math.abs(push), 'pushed in').toBeGreaterThan(1);
    expect(Math.abs(pull), 'pulled out').toBeGreaterThan(1);
    expect(Math.sign(pull), `in ${push} µA, out ${pull} µA`).toBe(-Math.sign(push));
    // Headless: the N end (magnet turned 180°) pushed in drives current the way the page's pointer swung.
    const model = headless(coilMagnetPreset, withParts(coilMagnetPreset.setup, { M1: { xM: outside } }), 0.5);
    model.edit(withParts(model.setup, { M1: { xM: inside } }));
    let peak = 0;
    for (let k = 0; k < 100; k++) {
      model.step(0.01);
      if (Math.abs(model.measure().galvanometerUA) > Math.abs(peak)) peak = model.measure().galvanometerUA;
    }
    expect(Math.sign(push), `page ${push} µA, model ${peak} µA`).toBe(Math.sign(peak));
    // The magnet turned round (R twice): the S end pushed in swings the pointer the way the N end coming out did.
    await settled();
    await bench.press('M1', 'r', 2);
    await expect.poll(() => page.locator('g.part[data-part="M1"]').getAttribute('transform')).toMatch(/rotate\((0|360)\)/);
    await settled();
    const pushS = biggest(await watch(() => bench.drag('M1', inside, y)));
    expect(Math.sign(pushS), `S in ${pushS} µA, N in ${push} µA`).toBe(-Math.sign(push));
    await page.screenshot({ path: join(shots, 'circuit-coil-magnet.png'), fullPage: true });
  });

  it('X2.3: the lamp lights when the light on the photoresistor falls below the drop-out level and goes out above the pull-in level', async () => {
    await open(lightControlPreset);
    await play();
    const relay = () => page.locator('g.part[data-part="K1"] [data-energised]').getAttribute('data-energised');
    const lampRow = async () => (await recordRow(page)).lampBrightness;
    const lit = (lux: number, from: number) => headless(lightControlPreset, withParts(lightControlPreset.setup, { RG1: { props: { illuminanceLux: from } } }), 0.5);
    // Daylight (1000 lx): the armature is pulled in, the normally-closed contact open, the lamp dark.
    await expect.poll(relay).toBe('yes');
    expect(await lampRow()).toBe(0);
    // Dusk (100 lx, below the ~170 lx drop-out): the lamp lights as bright as the model's.
    await bench.set('RG1', 'illuminanceLux', 100);
    await expect.poll(relay).toBe('no');
    const dusk = lit(100, 1000);
    dusk.edit(withParts(dusk.setup, { RG1: { props: { illuminanceLux: 100 } } }));
    for (let k = 0; k < 50; k++) dusk.step(0.01);
    const want = dusk.measure().lampBrightness;
    expect(want).toBeGreaterThan(0.1);
    expect(await lampRow()).toBeCloseTo(want, 3);
    // 300 lx lies between the two levels: the relay stays as it was (on coming from the dark).
    await bench.set('RG1', 'illuminanceLux', 300);
    await page.waitForTimeout(500);
    expect(await relay()).toBe('no');
    // Brighter than the ~490 lx pull-in: the lamp goes out; back to 300 lx it stays out.
    await bench.set('RG1', 'illuminanceLux', 600);
    await expect.poll(relay).toBe('yes');
    expect(await lampRow()).toBe(0);
    await bench.set('RG1', 'illuminanceLux', 300);
    await page.waitForTimeout(500);
    expect(await relay()).toBe('yes');
    expect(await lampRow()).toBe(0);
    await page.screenshot({ path: join(shots, 'circuit-light-control.png'), fullPage: true });
  });

  it('B3.4: the multimeter zeroed on Ω, the resistor read off the reversed scale × 10, the diode both ways, a live circuit refused, then DC volts', async () => {
    await open(multimeterPreset);
    const mm = () => page.locator('svg[data-meter="MM1"]');
    const fraction = async () => Number(await mm().getAttribute('data-fraction'));
    const ohmsRead = async () => 15 * Number(await mm().getAttribute('data-multiplier')) * (1 / (await fraction()) - 1);
    const setupWith = (knob: number, links: [string, string][]) => {
      const m = createCircuitModel(multimeterPreset);
      m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
      m.edit({ ...withParts(m.setup, { MM1: { props: { ohmZeroKnob: knob } } }), links: links.map(([a, b], i) => ({ id: `w${i + 1}`, from: { part: a.split('.')[0], terminal: a.split('.')[1] }, to: { part: b.split('.')[0], terminal: b.split('.')[1] } })) });
      return m;
    };
    const live: [string, string][] = [['B1.+', 'S1.a'], ['S1.b', 'R1.a'], ['R1.b', 'B1.-']];
    expect(await mm().getAttribute('data-multimeter')).toBe('ohm10');
    // The probes touched together (both on RX1's b post): not yet on 0 Ω.
    await bench.unwire('MM1.-', 'RX1.a');
    await bench.wire('MM1.-', 'RX1.b');
    await expect.poll(fraction).toBeCloseTo(1 / 1.03, 6);
    // The Ω zero knob turned until the pointer sits on 0.
    await bench.set('MM1', 'ohmZeroKnob', 0);
    await expect.poll(fraction).toBeCloseTo(1, 9);
    // Across the resistor: the scale under the pointer × 10 is its resistance (the model's, 220 Ω).
    await bench.unwire('MM1.-', 'RX1.b');
    await bench.wire('MM1.-', 'RX1.a');
    const want = setupWith(0, [...live, ['MM1.+', 'RX1.b'], ['MM1.-', 'RX1.a']]).measure();
    await expect.poll(fraction).toBeCloseTo(want.pointerFraction, 9);
    expect(await ohmsRead()).toBeCloseTo(want.readingOhm, 6);
    expect(await ohmsRead()).toBeCloseTo(220, 6);
    // Read as a student does, to a fifth of a small division (1/250 of the sweep), still within 3 %.
    const f = Math.round((await fraction()) * 250) / 250;
    expect(Math.abs((150 * (1 / f - 1)) / 220 - 1)).toBeLessThan(0.03);
    await page.screenshot({ path: join(shots, 'circuit-multimeter-ohms.png'), fullPage: true });
    // The diode, black probe on the anode: a small resistance; the other way round: ∞.
    await bench.unwire('MM1.+', 'RX1.b');
    await bench.unwire('MM1.-', 'RX1.a');
    await bench.wire('MM1.-', 'D1.+');
    await bench.wire('MM1.+', 'D1.-');
    const fwd = setupWith(0, [...live, ['MM1.-', 'D1.+'], ['MM1.+', 'D1.-']]).measure();
    await expect.poll(fraction).toBeCloseTo(fwd.pointerFraction, 9);
    expect(await ohmsRead()).toBeLessThan(150);
    await bench.unwire('MM1.-', 'D1.+');
    await bench.unwire('MM1.+', 'D1.-');
    await bench.wire('MM1.+', 'D1.+');
    await bench.wire('MM1.-', 'D1.-');
    await expect.poll(fraction).toBeLessThan(1e-3);
    // Ω across R1 in the live circuit with the switch closed: the bench warns.
    await bench.unwire('MM1.+', 'D1.+');
    await bench.unwire('MM1.-', 'D1.-');
    await bench.wire('MM1.+', 'R1.a');
    await bench.wire('MM1.-', 'R1.b');
    await bench.flip('S1');
    await expect.poll(description).toContain('switch S1 (closed)');
    await expect.poll(() => page.locator('body').textContent()).toContain('Measuring resistance in a live circuit');
    // The selector turned (T: one position a press) from Ω ×10 to DC 10 V: ×100, ×1000, off, 2.5 V, 10 V.
    await bench.press('MM1', 't', 5);
    await expect.poll(() => mm().getAttribute('data-multimeter')).toBe('dcv10');
    await expect.poll(() => page.locator('body').textContent()).not.toContain('Measuring resistance in a live circuit');
    const volts = setupWith(0, [...live, ['MM1.+', 'R1.a'], ['MM1.-', 'R1.b']]);
    volts.edit(withParts(volts.setup, { S1: { props: { closed: true } }, MM1: { props: { mode: 'dcv10' } } }));
    const u = volts.engine.value('MM1', 'readingV');
    expect(u).toBeGreaterThan(2.5);
    const r = await bench.read('MM1');
    expect(r.status).toBe('ok');
    expect(r.fullScale).toBe(10);
    expect(r.value).toBeCloseTo(u, 6);
    await page.screenshot({ path: join(shots, 'circuit-multimeter-volts.png'), fullPage: true });
  });
});
