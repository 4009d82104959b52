/**
 * The wet bench keeps real time in the lab frame (issue #18's frame bar; the bug where every wet preset showed
 * "slower than real time" although a frame cost well under a millisecond): a wet preset steps 50 ms at a time,
 * so at 60 Hz a step comes every third frame. Run unthrottled for 5 s at 1×, the simulated time must keep up
 * with the wall clock and the notice must not show. Needs `npx vite build` first.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/labs.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const app = useServerAndBrowser();

const RUN_MS = 5000;

describe('wet bench in the lab frame', () => {
  it.each(['wet-boiling', 'wet-electrolysis'])('%s runs at real time unthrottled, without the slower-than-real-time notice', async (id) => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${app.server.url}/labs/${id}?bench`);
    await page.waitForFunction(() => '__sproutLab' in globalThis, null, { timeout: 60_000 });
    await page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: en['labs.run.pauseAt'] }).selectOption('').catch(() => {});
    await page.getByRole('button', { name: en['labs.run.play'] }).click();
    const r = await page.evaluate(`new Promise((resolve) => {
      const lab = globalThis.__sproutLab;
      const t0 = performance.now(), sim0 = lab.model.timeS;
      let frames = 0, shown = 0;
      const frame = () => {
        frames++;
        if (document.querySelector('[data-testid="slowed"]')) shown++;
        if (performance.now() - t0 < ${RUN_MS}) requestAnimationFrame(frame);
        else resolve({ frames, shown, simS: lab.model.timeS - sim0, wallS: (performance.now() - t0) / 1000, stats: lab.frameStats() });
      };
      requestAnimationFrame(frame);
    })`) as { frames: number; shown: number; simS: number; wallS: number; stats: { medianMs: number; p95Ms: number } };
    console.log(`[wet-realtime] ${id}: ${r.frames} frames in ${r.wallS.toFixed(2)} s, sim/wall ${(r.simS / r.wallS).toFixed(3)}, notice shown in ${r.shown} frames, frame median ${r.stats.medianMs.toFixed(2)} ms p95 ${r.stats.p95Ms.toFixed(2)} ms`);
    // A frame that cannot keep up drops time; one that can keeps all of it (give or take the step still owed).
    expect(r.simS / r.wallS).toBeGreaterThan(0.95);
    expect(r.shown).toBe(0);
    await page.close();
  }, 90_000);
});
