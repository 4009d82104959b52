/**
 * Current made visible (issue #15): on the Ohm's-law bench, the student turns on "Current (+ to −)" and runs
 * the circuit. Dots move along every wire of the loop, all at the same speed (one series loop: one current,
 * 人教版 九年级 第十五章第5节), out of the supply's + post; nothing is seen to move in the voltmeter's leads (the
 * headless model puts their current at under a thousandth of the loop's: a voltmeter draws next to nothing);
 * "Electrons" turns every direction round; an open switch stops them all.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CircuitBenchEngine } from '../../simulations/circuits/bench-engine';
import { createCircuitModel } from '../../simulations/circuits/model';
import { ohmsLawPreset } from '../../simulations/circuits/presets/ohms-law';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import circuits from '../../src/i18n/en/circuits.json';

const shots = SCREENSHOTS;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openLabPage());
});
afterAll(() => closeLabPage({ server, browser }));

/** Each moving-dots path: the wire it runs along ("U1.+ S1.a"), its speed (−1…1) and where its dots are. */
async function flows(): Promise<Map<string, { speed: number; offset: number }>> {
  const rows = await page.locator('[data-bench="bench"] path.wire').evaluateAll((ws) =>
    ws.map((w) => {
      const f = w.nextElementSibling;
      return f?.classList.contains('flow') ? [w.getAttribute('data-link') ?? '', Number(f.getAttribute('data-flow')), Number(f.getAttribute('stroke-dashoffset'))] as const : null;
    }),
  );
  return new Map(rows.filter((r): r is readonly [string, number, number] => r !== null).map(([k, s, o]) => [k, { speed: s, offset: o }]));
}

describe('moving charges on the circuits bench', () => {
  it('conventional current round the loop, none to be seen in the voltmeter leads, electrons the other way, none with the switch open', async () => {
    await page.goto(`${server.url}/labs/${ohmsLawPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 60_000 });
    expect((await flows()).size).toBe(0);
    await page.getByRole('radio', { name: circuits['circuits.flow.conventional'] }).click();
    await page.getByRole('button', { name: labs['labs.run.play'] }).click();
    const loop = ['U1.+ S1.a', 'S1.b RP1.c', 'RP1.a R1.a', 'R1.b A1.0.6', 'A1.- U1.-'];
    await expect.poll(async () => (await flows()).size, { timeout: 30_000 }).toBeGreaterThanOrEqual(loop.length);
    const first = await flows();
    for (const w of loop) expect(first.get(w)?.speed, w).toBeCloseTo(1, 6);

    // The voltmeter's leads: its current over the loop's, as the model headless gives them, is below what shows.
    const m = createCircuitModel(ohmsLawPreset);
    m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])) as Record<string, number | boolean | string>);
    const amps = (m.engine as CircuitBenchEngine).wireCurrentsA();
    const link = (a: string, b: string) => ohmsLawPreset.setup.links.find((l) => `${l.from.part}.${l.from.terminal}` === a && `${l.to.part}.${l.to.terminal}` === b)!.id;
    const ratio = amps.get(link('R1.a', 'V1.3'))! / amps.get(link('U1.+', 'S1.a'))!;
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(1e-3);
    expect(first.has('R1.a V1.3')).toBe(false);
    expect(first.has('R1.b V1.-')).toBe(false);

    // The dots move while the circuit runs.
    await expect.poll(async () => (await flows()).get('U1.+ S1.a')?.offset, { timeout: 10_000 }).not.toBe(first.get('U1.+ S1.a')?.offset);
    await page.screenshot({ path: join(shots, 'circuits-flow.png') });

    await page.getByRole('radio', { name: circuits['circuits.flow.electrons'] }).click();
    await expect.poll(async () => (await flows()).get('U1.+ S1.a')?.speed, { timeout: 10_000 }).toBeCloseTo(-1, 6);
    for (const w of loop) expect((await flows()).get(w)?.speed, w).toBeCloseTo(-1, 6);

    await new BenchDriver(page).flip('S1');
    await expect.poll(async () => (await flows()).size, { timeout: 10_000 }).toBe(0);
  }, 180_000);
});
