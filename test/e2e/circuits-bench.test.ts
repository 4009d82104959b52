/**
 * The junior circuit experiments performed on the bench by direct manipulation, in real Chromium: clear the
 * table, drag each part out of the bin to its place, type the values the experiment needs, drag the wires
 * post to post, close the switch, read the meters' pointers, record; then check the readings against the
 * same preset run headless in Node (the page and the CLI share the model code). One experiment is built
 * with the keyboard alone.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallestDivision, type MeterScale } from '../../simulations/bench/instruments/analog-meter';
import type { BenchPreset } from '../../simulations/bench/preset';
import { createCircuitModel } from '../../simulations/circuits/model';
import { circuitParts } from '../../simulations/circuits/parts';
import { ammeterPreset } from '../../simulations/circuits/presets/ammeter';
import { ohmsLawPreset } from '../../simulations/circuits/presets/ohms-law';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import { seriesParallelPreset } from '../../simulations/circuits/presets/series-parallel';
import { voltmeterPreset } from '../../simulations/circuits/presets/voltmeter';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import circuits from '../../src/i18n/en/circuits.json';

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

/** The preset's readings headless, with the parameters the page shows now. */
function headless(preset: BenchPreset, params: Record<string, unknown>) {
  const m = createCircuitModel(preset);
  const values = Object.fromEntries(m.meta.params.map((p) => [p.name, params[p.name] ?? p.default])) as Record<string, number | string | boolean>;
  m.reset(values);
  return { model: m, readings: m.measure() };
}

/** A reading off the dial agrees with the model to the scale's resolution (half its smallest division). */
async function expectDial(meter: string, modelValue: number) {
  const r = await bench.read(meter);
  expect(r.status, `${meter} pointer`).toBe('ok');
  const scale: MeterScale = { fullScale: r.fullScale, majorDivisions: 3, minorPerMajor: 10 };
  expect(Math.abs(r.value - modelValue), `${meter}: dial ${r.value}, model ${modelValue}`).toBeLessThanOrEqual(smallestDivision(scale) / 2);
  // And exactly, to the pointer's own precision (the dial draws the model's value).
  expect(r.value).toBeCloseTo(modelValue, 6);
}

async function paramsShown(preset: BenchPreset): Promise<Record<string, unknown>> {
  const meta = createCircuitModel(preset).meta;
  const out: Record<string, unknown> = {};
  for (const p of meta.params) {
    // The frame's own controls (the side panel); a switch's checkbox has its label, not an id.
    const el = p.kind === 'boolean' ? page.locator('.side').getByRole('checkbox', { name: circuits[p.labelKey as keyof typeof circuits] }) : page.locator(`#param-${p.name}`);
    if (!(await el.count())) continue;
    out[p.name] = p.kind === 'boolean' ? await el.isChecked() : p.kind === 'number' ? Number(await el.inputValue()) : await el.inputValue();
  }
  return out;
}

const defaults = (kind: string) => circuitParts.defaultProps(kind);

describe('circuits bench, by direct manipulation', () => {
  it('4.1.7 measures current with the ammeter: built from the bin, switch closed, the pointer read', async () => {
    await open(ammeterPreset);
    await bench.clear();
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('Nothing is on the bench');
    await bench.build(ammeterPreset.setup, defaults);
    // Open switch: no current, the pointer rests at zero.
    expect((await bench.read('A1')).value).toBeCloseTo(0, 9);
    await bench.flip('S1');
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('switch S1 (closed)');
    const params = await paramsShown(ammeterPreset);
    expect(params.switchClosed).toBe(true);
    const { readings } = headless(ammeterPreset, params);
    await expectDial('A1', readings.currentA);
    expect(readings.currentA).toBeCloseTo(readings.bulbCurrentA, 9);
    const row = await recordRow(page);
    expect(Math.abs(row.currentA - readings.currentA)).toBeLessThanOrEqual(1e-4 * readings.currentA);
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('bulb L1 in series with ammeter A1');
    await page.screenshot({ path: join(shots, 'circuit-ammeter-built.png'), fullPage: true });
  });

  it('4.1.8 measures voltage with the voltmeter, built with the keyboard alone', async () => {
    await open(voltmeterPreset);
    await bench.clear();
    // Parts from the bin by keyboard: each lands on a free spot and takes the focus; arrows move it.
    for (const p of voltmeterPreset.setup.parts) {
      await page.locator(`.bin button[data-kind="${p.kind}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe(p.id);
      await page.keyboard.press('Enter'); // pick up
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Enter'); // place
    }
    await expect.poll(() => page.getByTestId('bench-announcer').textContent()).toContain('Placed V1');
    // The bench's keys are the bench's: Space selects a part (it does not start the run), R turns it (it does
    // not reset the lab).
    await page.locator('g.part[data-part="V1"]').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('bench-announcer').textContent()).toMatch(/V1 (no longer )?selected/);
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('g.part[data-part="V1"]').getAttribute('transform')).toContain('rotate(90)');
    await page.keyboard.press('Shift+R');
    await expect.poll(() => page.locator('g.part[data-part="V1"]').getAttribute('transform')).toContain('rotate(0)');
    expect(await page.getByRole('button', { name: labs['labs.run.play'], exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo: rotate V1');
    // Wires by keyboard: Enter on one post, then Enter on the other.
    for (const l of voltmeterPreset.setup.links) {
      await page.locator(`circle[data-terminal="${l.from.part}.${l.from.terminal}"]`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`circle[data-terminal="${l.to.part}.${l.to.terminal}"]`).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('path.wire').count()).toBe(voltmeterPreset.setup.links.length);
    await page.locator('g.part[data-part="S1"]').focus();
    await page.keyboard.press('t');
    await expect.poll(() => page.getByTestId('bench-announcer').textContent()).toContain('switch S1, closed');
    const { readings } = headless(voltmeterPreset, await paramsShown(voltmeterPreset));
    await expectDial('V1', readings.voltageV);
    expect(readings.voltageV).toBeCloseTo(readings.bulbVoltageV, 3);
    const row = await recordRow(page);
    expect(Math.abs(row.voltageV - readings.voltageV)).toBeLessThanOrEqual(1e-4 * readings.voltageV);
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('bulb L1 in parallel with voltmeter V1');
    // Undo takes the last step back (the switch opens again).
    await page.locator('g.part[data-part="S1"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('switch S1 (open)');
  });

  it('4.1.9 measures a resistance with ammeter and voltmeter at two slider positions: R = U / I', async () => {
    await open(resistanceViPreset);
    await bench.clear();
    await bench.build(resistanceViPreset.setup, defaults);
    await bench.flip('S1');
    const ratios: number[] = [];
    for (const slider of [1, 0.5]) {
      await bench.set('RP1', 'sliderFraction', slider);
      const params = await paramsShown(resistanceViPreset);
      expect(params.sliderFraction).toBe(slider);
      const { readings } = headless(resistanceViPreset, params);
      await expectDial('V1', readings.voltageV);
      await expectDial('A1', readings.currentA);
      const row = await recordRow(page);
      expect(Math.abs(row.currentA - readings.currentA)).toBeLessThanOrEqual(1e-4 * readings.currentA);
      ratios.push(row.voltageV / row.currentA);
    }
    // Both give the resistor's 10 Ω (less the voltmeter's share: 10 Ω ∥ 60 kΩ), to the table's 5 digits.
    for (const r of ratios) expect(r).toBeCloseTo((10 * 60_000) / 60_010, 2);
  });

  it('4.2.11 series: one current, and the two bulb voltages add up', async () => {
    await open(seriesParallelPreset);
    await bench.clear();
    await bench.build(seriesParallelPreset.setup, defaults);
    await bench.flip('S1');
    const { model, readings } = headless(seriesParallelPreset, await paramsShown(seriesParallelPreset));
    await expectDial('A1', readings.currentA);
    await expectDial('V1', readings.voltage1V);
    await expectDial('V2', readings.voltage2V);
    const u1 = (await bench.read('V1')).value, u2 = (await bench.read('V2')).value;
    // U1 + U2 + I·R_A is the battery's terminal voltage (the ammeter drops 0.1 V at full scale).
    expect(u1 + u2 + readings.currentA * (0.1 / 0.6)).toBeCloseTo(model.engine.value('B1', 'voltageV'), 3);
    await page.screenshot({ path: join(shots, 'circuit-series-built.png'), fullPage: true });
  });

  it('4.2.12 current against voltage and resistance: two resistors, readings recorded', async () => {
    await open(ohmsLawPreset);
    await bench.clear();
    await bench.build(ohmsLawPreset.setup, defaults);
    await bench.flip('S1');
    const rows: Record<string, number>[] = [];
    for (const ohms of [5, 10]) {
      await bench.set('R1', 'resistanceOhm', ohms);
      const params = await paramsShown(ohmsLawPreset);
      expect(params.resistanceOhm).toBe(ohms);
      const { readings } = headless(ohmsLawPreset, params);
      await expectDial('A1', readings.currentA);
      await expectDial('V1', readings.voltageV);
      rows.push(await recordRow(page));
    }
    expect(rows[1].currentA).toBeLessThan(rows[0].currentA);
    // U / I gives each resistor (the voltmeter's 60 kΩ in parallel changes the 4th digit at most).
    expect(rows[0].voltageV / rows[0].currentA).toBeCloseTo(5, 2);
    expect(rows[1].voltageV / rows[1].currentA).toBeCloseTo(10, 2);
  });
});
