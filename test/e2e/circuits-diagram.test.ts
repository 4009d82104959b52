/**
 * The apparatus and its circuit diagram (实物图 and 电路图), in real Chromium: the diagram follows the bench
 * live; drawing the diagram of a bench (symbols dragged onto the paper, their ends joined) and wiring a bench
 * from a given diagram are checked as circuits (topology, not layout), and the first difference is named and
 * ringed on both drawings (人教版 九年级 第十五章第3节: a circuit diagram and its apparatus describe one circuit).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ammeterPreset } from '../../simulations/circuits/presets/ammeter';
import { voltmeterPreset } from '../../simulations/circuits/presets/voltmeter';
import { SHEET_WIDTH_M } from '../../simulations/circuits/schematic/sheet';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import circuits from '../../src/i18n/en/circuits.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openLabPage());
  page.setDefaultTimeout(20_000);
});
afterAll(() => closeLabPage({ server, browser }));

async function open(id: string) {
  await page.goto(`${server.url}/labs/${id}`);
  await page.locator('[data-bench="bench"] svg.table g.part').first().waitFor({ timeout: 30_000 });
}
const verdict = () => page.getByTestId('circuit-verdict').textContent();
const ringed = (root: string) => page.locator(`${root} [data-highlight]`).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-highlight')));

describe('circuit diagrams', () => {
  it('the live diagram follows the bench: a series loop with the voltmeter drawn across the bulb, rewired as the bench is', async () => {
    await open(voltmeterPreset.id);
    const diagram = page.getByTestId('schematic');
    await expect.poll(() => diagram.getAttribute('data-tidy')).toBe('true');
    // The voltmeter under the bulb it measures, in parallel: both on the same pair of rails.
    const at = async (id: string) => (await diagram.locator(`[data-symbol="${id}"]`).boundingBox())!;
    const lamp = await at('L1'), meter = await at('V1');
    expect(Math.abs(lamp.x + lamp.width / 2 - (meter.x + meter.width / 2))).toBeLessThan(4);
    expect(meter.y).toBeGreaterThan(lamp.y + lamp.height);
    // Opening the switch on the bench opens it on the diagram.
    const blade = diagram.locator('[data-symbol="S1"] line[data-closed]');
    expect(await blade.getAttribute('data-closed')).toBe('true');
    await new BenchDriver(page, 1, '[data-bench="bench"]').flip('S1');
    await expect.poll(() => blade.getAttribute('data-closed')).toBe('false');
    // A wire off: the circuit is no longer a closed loop, the diagram draws the parts where they stand.
    await new BenchDriver(page, 1, '[data-bench="bench"]').unwire('L1.b', 'B1.-');
    await expect.poll(() => diagram.getAttribute('data-tidy')).toBe('false');
  });

  it('draws the diagram of the ammeter circuit: a reversed ammeter is named and ringed, the corrected drawing passes', async () => {
    await open(ammeterPreset.id);
    await page.locator('[data-mode="draw"]').click();
    const paper = new BenchDriver(page, SHEET_WIDTH_M, '[data-bench="schematic"]');
    const ids = [await paper.place('battery', 0.08, 0.08), await paper.place('switch', 0.3, 0.08), await paper.place('lamp', 0.5, 0.2), await paper.place('ammeter', 0.3, 0.3)];
    expect(ids).toEqual(['E1', 'S1', 'L1', 'A1']);
    // The ammeter drawn the wrong way round: current would enter at −.
    await paper.wire('E1.+', 'S1.a');
    await paper.wire('S1.b', 'L1.a');
    await paper.wire('L1.b', 'A1.-');
    await paper.wire('A1.+', 'E1.-');
    await page.getByTestId('circuit-check').click();
    await expect.poll(verdict).toBe('ammeter A1 is the wrong way round: swap its + and − ends.');
    expect(await ringed('[data-bench="bench"]')).toEqual(['A1']);
    expect(await ringed('[data-bench="schematic"]')).toEqual(['A1']);
    await page.screenshot({ path: join(shots, 'circuit-diagram-draw-mistake.png'), fullPage: true });
    await paper.unwire('L1.b', 'A1.-');
    await paper.unwire('A1.+', 'E1.-');
    await page.getByTestId('circuit-check').click();
    // A missing wire: the end it should join joins nothing.
    await expect.poll(verdict).toContain('it joins nothing (a wire is missing)');
    await paper.wire('L1.b', 'A1.+');
    await paper.wire('A1.-', 'E1.-');
    await page.getByTestId('circuit-check').click();
    await expect.poll(verdict).toBe(circuits['circuits.check.same'].replace('{given}', 'on the bench'));
    expect(await ringed('[data-bench="schematic"]')).toEqual([]);
  });

  it('wires the voltmeter circuit from its diagram: a voltmeter in series is told to go in parallel, then it passes', async () => {
    await open(voltmeterPreset.id);
    await page.locator('[data-mode="build"]').click();
    const bench = new BenchDriver(page, 1, '[data-bench="bench"]');
    // The wires come off; the parts stay; the given diagram shows the circuit to build.
    await expect.poll(() => page.locator('[data-bench="bench"] path.wire').count()).toBe(0);
    await page.locator('figure.paper [data-testid="schematic"] [data-symbol="V1"]').waitFor();
    await bench.wire('B1.+', 'S1.a');
    await bench.wire('S1.b', 'L1.a');
    await bench.wire('L1.b', 'V1.3');
    await bench.wire('V1.-', 'B1.-');
    await page.getByTestId('circuit-check').click();
    await expect.poll(verdict).toBe('voltmeter V1 should be in parallel with bulb L1; on your bench it is not.');
    expect(await ringed('[data-bench="bench"]')).toEqual(['L1', 'V1']);
    await bench.unwire('L1.b', 'V1.3');
    await bench.unwire('V1.-', 'B1.-');
    await bench.wire('L1.b', 'B1.-');
    await bench.wire('L1.a', 'V1.3');
    await bench.wire('L1.b', 'V1.-');
    await page.getByTestId('circuit-check').click();
    await expect.poll(verdict).toBe(circuits['circuits.check.same'].replace('{given}', 'in the given diagram'));
    await page.screenshot({ path: join(shots, 'circuit-diagram-build.png'), fullPage: true });
  });
});
