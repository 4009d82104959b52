/**
 * Senior X2.2 探究变压器原、副线圈电压与匝数的关系 (人教版 高中物理 选择性必修第二册 第三章第3节) performed on the
 * circuits bench by direct manipulation, in real Chromium: the supply switched on (T on the part), both multimeters'
 * AC-volts dials read; the secondary's wire moved to another post and the meter turned to a higher range; the yoke
 * lifted off (U₂ falls); the primary moved to the DC output (the secondary's meter flicks at switching on, then reads
 * nothing). Readings are checked against the same setup run headless in Node and against U₁/U₂ ≈ n₁/n₂.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Setup } from '../../simulations/bench/setup';
import { createCircuitModel } from '../../simulations/circuits/model';
import { transformerPreset } from '../../simulations/circuits/presets/transformer';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, recordRow, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';

let server: RunningServer;
let browser: Browser;
let page: Page;
let bench: BenchDriver;

beforeAll(async () => {
  ({ server, browser, page } = await openLabPage());
  bench = new BenchDriver(page);
});
afterAll(() => closeLabPage({ server, browser }));

/** The page's setup run headless for 1 s (the meters settle: τ = L₁/R₁ ≈ 84 ms). */
async function headless(): Promise<Record<string, number>> {
  const setup = (await page.evaluate(`(() => JSON.parse(JSON.stringify(window.__sproutLab.model.setup)))()`)) as Setup;
  const m = createCircuitModel(transformerPreset);
  m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
  m.edit(setup);
  for (let i = 0; i < 100; i++) m.step(0.01);
  return m.measure();
}

/** Both dials once they are steady (two reads 300 ms apart agree to 0.2 % of the range). */
async function steadyDials(): Promise<{ u1: number; u2: number }> {
  let last = { u1: NaN, u2: NaN };
  await expect
    .poll(
      async () => {
        const now = { u1: (await bench.read('MM1')).value, u2: (await bench.read('MM2')).value };
        const still = Math.abs(now.u1 - last.u1) < 0.02 && Math.abs(now.u2 - last.u2) < 0.1;
        last = now;
        return still;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
  return last;
}

describe('X2.2 transformer on the bench, by direct manipulation', () => {
  it('switch on, read U₁ and U₂, change the secondary’s post and the range, lift the yoke, then the DC mistake', async () => {
    // ?bench exposes the lab session, whose setup the headless run takes.
    await page.goto(`${server.url}/labs/${transformerPreset.id}?bench`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    // Off: nothing on either meter.
    await page.waitForTimeout(300);
    expect((await bench.read('MM2')).value).toBe(0);

    // Power on (T on the supply), 400 : 200 turns.
    await bench.flip('U1');
    await expect.poll(() => page.locator('g.part[data-part="U1"] [data-on]').getAttribute('data-on')).toBe('yes');
    const a = await steadyDials();
    const ha = await headless();
    expect(ha.primaryTurns).toBe(400);
    expect(ha.secondaryTurns).toBe(200);
    expect(Math.abs(a.u1 - ha.primaryVoltageV)).toBeLessThan(0.02);
    expect(Math.abs(a.u2 - ha.secondaryVoltageV)).toBeLessThan(0.02);
    expect(a.u1 / a.u2 / (400 / 200)).toBeGreaterThan(1);
    expect(a.u1 / a.u2 / (400 / 200)).toBeLessThan(1.05);
    const rowA = await recordRow(page);
    expect(rowA.secondaryTurns).toBe(200);
    expect(rowA.secondaryVoltageV).toBeCloseTo(ha.secondaryVoltageV, 1);

    // Secondary on posts 0 and 800: about 12 V, past the 10 V range, so the selector goes to AC 50 V.
    await bench.unwire('MM2.+', 'T1.s200');
    await bench.wire('MM2.+', 'T1.s800');
    await expect.poll(async () => (await bench.read('MM2')).status).toBe('overrange');
    await bench.set('MM2', 'mode', 'acv50');
    const b = await steadyDials();
    const hb = await headless();
    expect(hb.secondaryTurns).toBe(800);
    expect(Math.abs(b.u2 - hb.secondaryVoltageV)).toBeLessThan(0.1);
    expect(b.u1 / b.u2 / (400 / 800)).toBeGreaterThan(1);
    expect(b.u1 / b.u2 / (400 / 800)).toBeLessThan(1.05);
    await page.screenshot({ path: join(SCREENSHOTS, 'circuit-transformer.png'), fullPage: true });

    // The yoke off (T on the transformer): most of the primary's flux leaks, U₂ falls well below n₂/n₁·U₁.
    await bench.flip('T1');
    await expect.poll(() => page.locator('g.part[data-part="T1"] [data-yoke]').getAttribute('data-yoke')).toBe('off');
    const c = await steadyDials();
    const hc = await headless();
    expect(Math.abs(c.u2 - hc.secondaryVoltageV)).toBeLessThan(0.1);
    expect(c.u2).toBeLessThan(0.5 * (800 / 400) * c.u1);
    await expect.poll(() => page.getByTestId('bench-description').textContent()).toContain('yoke off, core open');
    await page.screenshot({ path: join(SCREENSHOTS, 'circuit-transformer-open-core.png'), fullPage: true });
    await bench.flip('T1');

    // The classic mistake: the primary on the DC output. Switched off, rewired, switched on: the secondary's meter
    // flicks while the primary's current builds up, then reads nothing.
    await bench.flip('U1');
    await bench.set('MM2', 'mode', 'acv10');
    await bench.unwire('U1.ac1', 'T1.p0');
    await bench.unwire('U1.ac2', 'T1.p400');
    await bench.wire('U1.dc-', 'T1.p0');
    await bench.wire('U1.dc+', 'T1.p400');
    await page.evaluate(`(() => {
      window.__u2 = [];
      window.__on = true;
      const f = () => {
        const d = document.querySelector('svg[data-meter="MM2"]');
        window.__u2.push(Number(d?.getAttribute('data-fraction')) * Number(d?.getAttribute('data-full-scale')));
        if (window.__on) requestAnimationFrame(f);
      };
      f();
    })()`);
    await bench.flip('U1');
    await page.waitForTimeout(2000);
    const seen = (await page.evaluate(`(() => { window.__on = false; return window.__u2; })()`)) as number[];
    expect(Math.max(...seen), JSON.stringify(seen.slice(0, 40))).toBeGreaterThan(0.3);
    expect(Math.abs(seen[seen.length - 1])).toBeLessThan(0.01);
    const hd = await headless();
    expect(hd.secondaryVoltageV).toBeLessThan(1e-3);
  });
});
