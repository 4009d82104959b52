/**
 * Senior chemistry B2.2, 不同价态含硫物质的转化, on the wet bench in real Chromium (人教版 化学 必修第二册 第五章 实验活动5): the sodium
 * sulfite dropper squeezed into the sulfide changes nothing; the sulfuric acid dropper, dragged over the same tube and squeezed, makes
 * pale-yellow sulfur (3 S per sulfite: 9.62 mg); sulfite squeezed into acidified permanganate takes its purple; sulfite oxidised by
 * hydrogen peroxide gives barium sulfate that hydrochloric acid leaves, while the untreated sulfite's barium sulfite dissolves in it with
 * SO₂ given off, which the bench explains; the lamp lit under copper in concentrated sulfuric acid gives SO₂ that bleaches magenta, the
 * NaOH-soaked cotton taking the rest, while copper held in the flame in dilute acid stays as it was. Figures from the stoichiometry (see
 * simulations/wet/presets/sulfur.test.ts).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { POUR_ROT_DEG, SO2_TUBE_HELD, SO2_TUBE_IN_WATER, SO2_TUBE_POURING, SO2_TUBE_UPRIGHT, SULFIDE_OVER_FLAME, sulfurPreset } from '../../simulations/wet/presets/sulfur';
import { BenchDriver, dropperOverTube } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, openPreset, recordRow, SCREENSHOTS, benchDescription } from '../support/lab-page';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const runFor = (s: number) => new LabFrameDriver(page).playFor(s, 120_000);
const partAt = (id: string) => sulfurPreset.setup.parts.find((p) => p.id === id)!;
const said = (key: keyof typeof wet, part: string) => wet[key].replace('{part}', part);

describe('wet bench, converting sulfur between oxidation states (B2.2), by direct manipulation', () => {
  it('makes sulfur from sulfide and sulfite, fades permanganate, and tells sulfate from sulfite with barium chloride and acid', async () => {
    await openPreset({ server, browser, page }, sulfurPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const description = () => benchDescription(page);
    const squeeze = async (dropper: string, s: number) => {
      await bench.set(dropper, 'squeeze', true);
      await runFor(s);
      await bench.set(dropper, 'squeeze', false);
    };
    await runFor(0.5);
    const before = await recordRow(page);
    // 2 mL of 0.01 mol/L KMnO₄ in 0.5 mol/L H₂SO₄: 10 mmol/L (9.93 with the acid's own volume).
    expect(before.permanganateT2).toBeCloseTo(9.93, 1);
    expect(before.sulfurT1).toBe(0);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.describe.purple', 'T2'));

    // −2 and +4 → 0. Twenty drops of 0.1 mol/L Na₂SO₃ (R1 over T1): nothing to see in the alkaline mixture.
    await squeeze('R1', 6);
    expect((await recordRow(page)).sulfurT1).toBe(0);
    // R1 taken aside, the dilute sulfuric acid (R2) dragged over T1 and squeezed: 0.3 mmol of sulfur, 9.62 mg, no H₂S.
    await bench.drag('R1', 0.14, 0.1);
    const overT1 = dropperOverTube(partAt('T1'));
    await bench.drag('R2', overT1.xM, overT1.yM);
    await squeeze('R2', 3);
    const sulfur = await recordRow(page);
    expect(sulfur.sulfurT1).toBeCloseTo(9.62, 1);
    expect(sulfur.h2sT1).toBe(0);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.describe.paleYellow', 'T1'));

    // +4 → +6. Ten drops of sulfite (R3 over T2, 0.05 mmol) take all 0.02 mmol of permanganate: colourless, and no sulfite left for SO₂.
    await squeeze('R3', 4);
    const faded = await recordRow(page);
    expect(faded.permanganateT2).toBe(0);
    await expect.poll(description, { timeout: 10_000 }).not.toContain(said('wet.describe.purple', 'T2'));
    expect(await description()).not.toContain(said('wet.diag.smell.sulfurDioxide', 'T2'));

    // H₂O₂ (R4 over T3) oxidises T3's sulfite; barium chloride (R5) over T3 and then over T4 (no peroxide): BaSO₄ and BaSO₃, 0.05 mmol each.
    await squeeze('R4', 3);
    await bench.drag('R4', 0.26, 0.1);
    const overT3 = dropperOverTube(partAt('T3'));
    await bench.drag('R5', overT3.xM, overT3.yM);
    await squeeze('R5', 4);
    const overT4 = dropperOverTube(partAt('T4'));
    await bench.drag('R5', overT4.xM, overT4.yM);
    await squeeze('R5', 4);
    const barium = await recordRow(page);
    expect(barium.bariumSulfateT3).toBeCloseTo(11.67, 1);
    expect(barium.bariumSulfiteT4).toBeCloseTo(10.87, 1);
    // Dilute HCl (R6) over T4: the barium sulfite dissolves, and all 0.2 mmol of sulfite leaves as SO₂ (4.81 mL); the bench says why.
    await bench.drag('R6', overT4.xM, overT4.yM);
    await squeeze('R6', 4);
    const acid = await recordRow(page);
    expect(acid.bariumSulfiteT4).toBe(0);
    expect(acid.so2T4).toBeCloseTo(4.81, 1);
    expect(acid.bariumSulfateT3).toBeCloseTo(11.67, 1);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.diag.sulfiteNotSulfate', 'T4'));

    // +6 → +4. The lamp under T5 (copper wire in concentrated H₂SO₄) lit: above 120 °C it gives off SO₂, which bleaches the magenta in T6;
    // the NaOH-soaked cotton at T6's mouth takes what bubbles out (nothing into the room). 0.3786 mL of SO₂ per mg of copper.
    expect(acid.magentaT6).toBeCloseTo(300, 0);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.describe.magenta', 'T6'));
    await bench.set('L1', 'lit', true);
    await runFor(80);
    await runFor(80);
    const copper = await recordRow(page);
    expect(copper.tempT5).toBeGreaterThan(120);
    expect(copper.magentaT6).toBe(0);
    expect(copper.so2T5).toBeGreaterThan(1);
    expect(copper.so2T5 / (1000 * (0.2 - copper.copperT5))).toBeCloseTo(0.3786, 2);
    expect(copper.so2EscapedT5).toBe(0);
    await expect.poll(description, { timeout: 10_000 }).not.toContain(said('wet.describe.magenta', 'T6'));

    // The delivery tube taken out of the magenta first (no suck-back), T5 off the flame, T7 (copper in 5 % H₂SO₄) held in its place: hot, the
    // copper untouched, and the bench says why.
    await bench.unwire('T5.stopper', 'T6.dip');
    await bench.drag('T5', 0.63, 0.2);
    await bench.drag('T7', 0.68, 0.25);
    await runFor(90);
    const dilute = await recordRow(page);
    expect(dilute.copperT7).toBeCloseTo(0.2, 3);
    expect(await description()).not.toContain(said('wet.describe.cracked', 'T5'));
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.diag.copperDiluteAcid', 'T7'));

    // The bleached T6, free of the delivery tube now, dragged into the second lamp's flame: the colourless compound gives its SO₂ back and
    // the red returns (实验5-2: 加热后恢复红色). T10's magenta bleached by chlorine water (R7) and heated the same stays colourless.
    await bench.set('L2', 'lit', true);
    await bench.drag('T6', SULFIDE_OVER_FLAME.xM, SULFIDE_OVER_FLAME.yM);
    await runFor(120);
    const heated = await recordRow(page);
    expect(heated.magentaT6).toBeGreaterThan(0.9 * 300);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.describe.magenta', 'T6'));
    await bench.drag('T6', 0.76, 0.34);
    await bench.set('R7', 'squeeze', true);
    await runFor(2);
    await bench.drag('T10', SULFIDE_OVER_FLAME.xM, SULFIDE_OVER_FLAME.yM);
    await runFor(120);
    expect((await recordRow(page)).magentaT10).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-sulfur.png'), fullPage: true });
  }, 900_000);

  it('iron and sulfur held in the flame glow on by themselves and leave black FeS; copper and sulfur give black Cu₂S', async () => {
    await openPreset({ server, browser, page }, sulfurPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await bench.set('L2', 'lit', true);
    await bench.drag('T8', SULFIDE_OVER_FLAME.xM, SULFIDE_OVER_FLAME.yM);
    await runFor(140);
    // Back in the rack: whatever is left goes by the reaction's own heat.
    await bench.drag('T8', 0.14, 0.34);
    await bench.drag('T9', SULFIDE_OVER_FLAME.xM, SULFIDE_OVER_FLAME.yM);
    await runFor(120);
    await runFor(120);
    const row = await recordRow(page);
    // 0.88 g of iron and sulfur (7 : 4): 9.98 mmol of S, the less, as FeS (87.91 g/mol): 877 mg. 0.80 g of copper and sulfur (4 : 1): 4.99
    // mmol of S as Cu₂S (159.15 g/mol): 794 mg.
    expect(row.ironSulfideT8).toBeCloseTo(((0.88 * 4) / 11 / 32.06) * 87.91 * 1000, 0);
    expect(row.copperSulfideT9).toBeCloseTo((0.8 / 5 / 32.06) * 159.15 * 1000, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-sulfur-sulfides.png'), fullPage: true });
  }, 600_000);

  it('SO₂ and water (实验5-1): the stopper out under water, the water rises in the tube; stoppered, lifted and turned up: pH 2, magenta bleached', async () => {
    await openPreset({ server, browser, page }, sulfurPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    const description = () => benchDescription(page);
    await runFor(0.5);
    expect((await recordRow(page)).waterLevelT11).toBe(0);
    // The stoppered tube of SO₂ lowered until its mouth is 2 cm under the trough's water: still nothing while the stopper is in.
    await bench.drag('T11', SO2_TUBE_IN_WATER.xM, SO2_TUBE_IN_WATER.yM);
    await runFor(1);
    expect((await recordRow(page)).waterLevelT11).toBe(0);
    // The stopper taken out under water: 27 mL of SO₂ dissolve (1 volume of water takes about 40) and the water rises to 90 % of the
    // tube (its 3 mL of air stay), and the bench says why.
    await bench.set('T11', 'stopper', false);
    await runFor(10);
    const risen = await recordRow(page);
    expect(risen.waterLevelT11).toBe(90);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.diag.so2Dissolves', 'T11'));
    await page.locator('svg.table').first().screenshot({ path: join(SCREENSHOTS, 'wet-sulfur-so2-rising.png') });
    // Stopper back in under water, the tube lifted out and turned mouth up, the stopper out: nothing fell out; pH paper reads 2
    // (0.0416 mol/L H₂SO₃, Ka1 1.4 × 10⁻²: pH 1.74).
    await bench.set('T11', 'stopper', true);
    await bench.drag('T11', SO2_TUBE_HELD.xM, SO2_TUBE_HELD.yM);
    await bench.select('T11');
    await page.locator('#rot-T11').fill('270');
    await page.locator('#rot-T11').press('Enter');
    await bench.drag('T11', SO2_TUBE_UPRIGHT.xM, SO2_TUBE_UPRIGHT.yM);
    await bench.set('T11', 'stopper', false);
    await runFor(1);
    const upright = await recordRow(page);
    expect(upright.fellOutT11).toBe(0);
    expect(upright.waterLevelT11).toBe(90);
    expect(upright.pHT11).toBe(2);
    // 实验5-2: T11 held with its mouth 2 cm over the fresh tube T12 and tipped to 13° above the horizontal (rotation 193°): what is over
    // its lip, about 2 mL (26.9 − 24.7), pours into T12; set upright again, it stops.
    await bench.drag('T11', SO2_TUBE_POURING.xM, SO2_TUBE_POURING.yM);
    await bench.select('T11');
    await page.locator('#rot-T11').fill(String(POUR_ROT_DEG));
    await page.locator('#rot-T11').press('Enter');
    await runFor(3);
    await page.locator('#rot-T11').fill('270');
    await page.locator('#rot-T11').press('Enter');
    const poured = await recordRow(page);
    expect(poured.pouredT11).toBeCloseTo(2.1, 0);
    expect(poured.solutionT12).toBeCloseTo(poured.pouredT11, 2);
    expect(await description()).not.toContain(said('wet.diag.tubeSpilt', 'T11'));
    // Two drops of magenta (R9, dragged over T12) squeezed: bleached at once by the SO₂.
    const overT12 = dropperOverTube(partAt('T12'));
    await bench.drag('R9', overT12.xM, overT12.yM);
    await bench.set('R9', 'squeeze', true);
    await runFor(3);
    await bench.set('R9', 'squeeze', false);
    expect((await recordRow(page)).magentaT12).toBe(0);
    // L2 lit and T12 held in its flame: past 60 °C (about 25 s) the colourless compound gives its SO₂ back and the red returns.
    await bench.set('L2', 'lit', true);
    await bench.drag('T12', SULFIDE_OVER_FLAME.xM, SULFIDE_OVER_FLAME.yM);
    await runFor(120);
    const heated = await recordRow(page);
    expect(heated.tempT12).toBeGreaterThan(70);
    expect(heated.magentaT12).toBeGreaterThan(10);
    await expect.poll(description, { timeout: 10_000 }).toContain(said('wet.describe.magenta', 'T12'));
    await bench.set('L2', 'lit', false);
    await bench.drag('T11', SO2_TUBE_UPRIGHT.xM, SO2_TUBE_UPRIGHT.yM);
    // The magenta dropper (R8, over the tube's mouth now) squeezed: its colour goes at once.
    await bench.set('R8', 'squeeze', true);
    await runFor(15);
    await bench.set('R8', 'squeeze', false);
    expect((await recordRow(page)).magentaT11).toBe(0);
    expect(await description()).not.toContain(said('wet.describe.magenta', 'T11'));
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-sulfur-so2-water.png'), fullPage: true });
  }, 600_000);

  it('the tube of SO₂ lifted out of the water before the stopper is back: the solution falls out, and the bench says so', async () => {
    await openPreset({ server, browser, page }, sulfurPreset.id);
    const bench = new BenchDriver(page, TABLE_W_M);
    await bench.drag('T11', SO2_TUBE_IN_WATER.xM, SO2_TUBE_IN_WATER.yM);
    await bench.set('T11', 'stopper', false);
    await runFor(10);
    expect((await recordRow(page)).waterLevelT11).toBe(90);
    await bench.drag('T11', SO2_TUBE_HELD.xM, SO2_TUBE_HELD.yM);
    await runFor(1);
    const lifted = await recordRow(page);
    expect(lifted.waterLevelT11).toBe(0);
    expect(lifted.fellOutT11).toBeGreaterThan(26);
    await expect.poll(() => benchDescription(page), { timeout: 10_000 }).toContain(said('wet.diag.so2TubeLifted', 'T11'));
  }, 300_000);
});
