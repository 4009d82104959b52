/**
 * An open flame near a hydrogen generator (issue #18; 人教版 化学 九年级上册 第四单元 课题3: 点燃氢气前，一定要检验氢气的纯度), by
 * direct manipulation in real Chromium on the metals preset: the burning splint dragged to the jet of the flask of zinc and
 * acid after 3 s (the flask still holds air: hydrogen between 4 % and 75 %) — the flame runs back and the flask explodes,
 * and the bench explains 验纯; reset, the splint dragged there only after 90 s (more than ln 4 ≈ 1.39 headspaces of
 * hydrogen through the flask: x = 1 − e^(−V_in/V) over 75 %) — the hydrogen burns quietly at the jet, no explosion.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_W_M } from '../../simulations/wet/presets/layout';
import { metalsPreset } from '../../simulations/wet/presets/metals';
import { JET_TIP_Y_M } from '../../simulations/wet/parts/jet';
import { BenchDriver } from '../support/bench-driver';
import type { RunningServer } from '../support/app-server';
import { LabFrameDriver } from '../support/lab-frame-driver';
import { closeLabPage, openLabPage, SCREENSHOTS } from '../support/lab-page';
import labs from '../../src/i18n/en/labs.json';
import wet from '../../src/i18n/en/wet.json';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => ({ server, browser, page } = await openLabPage()));
afterAll(() => closeLabPage({ server, browser }));

const jet = metalsPreset.setup.parts.find((p) => p.id === 'J2')!;
/** The splint's tip (7 cm right of its centre) at the jet's tip. */
const AT_JET = { xM: jet.xM - 0.07, yM: jet.yM + JET_TIP_Y_M };
const AWAY = metalsPreset.setup.parts.find((p) => p.id === 'S2')!;

describe('wet bench: a flame near a hydrogen generator, by direct manipulation', () => {
  it('lit at once the flask explodes and the bench says to test the purity first; lit once pure it burns quietly at the jet', async () => {
    await page.goto(`${server.url}/labs/${metalsPreset.id}`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    const bench = new BenchDriver(page, TABLE_W_M);
    const lab = new LabFrameDriver(page);
    await lab.speed(2);
    await lab.showColumns(metalsPreset.measurements.filter((m) => m.name === 'flaskH2Ml'), wet);

    await lab.playFor(3);
    await bench.drag('S2', AT_JET.xM, AT_JET.yM);
    await lab.playUntil('explosion', wet['wet.preset.event.explosion'], 30_000);
    await page.getByText(wet['wet.diag.generatorExploded'].replace('{part}', 'F1')).first().waitFor({ timeout: 10_000 });

    await bench.drag('S2', AWAY.xM, AWAY.yM);
    await page.getByRole('button', { name: labs['labs.run.reset'], exact: true }).click();
    await lab.playFor(90, 180_000);
    await bench.drag('S2', AT_JET.xM, AT_JET.yM);
    await lab.playUntil('hydrogenBurns', wet['wet.preset.event.hydrogenBurns'], 30_000);
    expect(await lab.events()).not.toContain(wet['wet.preset.event.explosion']);
    const row = await lab.record();
    // More than ln 4 headspaces (the flask's 250 mL less 40 mL of acid and the zinc) of hydrogen have gone through.
    expect(row.flaskH2Ml).toBeGreaterThan(Math.log(4) * (250 - 40 - 10 / 7.14));
    expect(await page.getByText(wet['wet.diag.generatorExploded'].replace('{part}', 'F1')).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'wet-hydrogen-flame.png'), fullPage: true });
  }, 300_000);
});
