/**
 * Heavy labs on an old PC (issue #22, item 2): Chromium's CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate, as test/bench/lab-frames.ts), the 300-disc table and gas with 1 000
 * particles run for 10 s. The "slower than real time" notice is sampled every animation frame and
 * must not flicker: at most 2 changes in 10 s. The clock's own per-frame `slowed` (what the notice showed
 * before, frame by frame) is counted beside it, and the figures (fps, real-time ratio, both counts) are
 * printed for the README. Needs `npx vite build` first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeRun, rateForSlowerThanQuiet, runSlowLab } from '../support/slow-lab';
import { useServerAndBrowser } from '../support/server-and-browser';
import en from '../../src/i18n/en/labs.json';

const app = useServerAndBrowser();

const RUN_MS = 10_000;

interface Sampled {
  frames: number;
  noticeFlips: number;
  perFrameFlips: number;
  shownShare: number;
  simS: number;
}

async function runThrottled(page: Page, path: string): Promise<Sampled> {
  await page.goto(app.server.url + path);
  await page.waitForFunction(() => '__sproutLab' in globalThis, null, { timeout: 60_000 });
  await page.getByRole('combobox', { name: en['labs.run.pauseAt'] }).selectOption('').catch(() => {});
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await page.getByRole('button', { name: en['labs.run.play'] }).click();
    return await page.evaluate(
      (runMs) =>
        new Promise<Sampled>((resolve) => {
          // the lab session (exposed with ?bench) and its clock (private in TypeScript only)
          const lab = (globalThis as unknown as { __sproutLab: { model: { timeS: number }; clock: { slowed: boolean } } }).__sproutLab;
          const t0 = performance.now();
          const sim0 = lab.model.timeS;
          let frames = 0;
          let noticeFlips = 0;
          let perFrameFlips = 0;
          let shownFrames = 0;
          let lastNotice = false;
          let lastPerFrame = false;
          const frame = () => {
            frames++;
            const notice = !!document.querySelector('[data-testid="slowed"]');
            if (notice !== lastNotice) noticeFlips++;
            if (notice) shownFrames++;
            lastNotice = notice;
            if (lab.clock.slowed !== lastPerFrame) perFrameFlips++;
            lastPerFrame = lab.clock.slowed;
            if (performance.now() - t0 < runMs) requestAnimationFrame(frame);
            else resolve({ frames, noticeFlips, perFrameFlips, shownShare: shownFrames / frames, simS: lab.model.timeS - sim0 });
          };
          requestAnimationFrame(frame);
        }),
      RUN_MS,
    );
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

describe('heavy labs at 4× CPU throttling', () => {
  it.each([
    ['collisions, 300 discs', '/labs/collisions?mode=table&discCount=300&bench'],
    ['gas, 1000 particles', '/labs/gas?particleCount=1000&bench'],
  ])('%s: the slower-than-real-time notice stays steady', async (name, path) => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const r = await runThrottled(page, path);
    const fps = r.frames / (RUN_MS / 1000);
    console.log(
      `[slow-device] ${name} at 4x: ${fps.toFixed(1)} fps, sim/wall ${(r.simS / (RUN_MS / 1000)).toFixed(3)}, notice changes ${r.noticeFlips} (per-frame clock flag: ${r.perFrameFlips}), notice shown ${(100 * r.shownShare).toFixed(0)} % of frames`,
    );
    expect(r.frames).toBeGreaterThan(10);
    expect(r.noticeFlips).toBeLessThanOrEqual(2);
    await page.close();
  }, 180_000);
});

describe('a heavy lab at 6× CPU throttling offers a lighter setting', () => {
  it('gas with 1 000 particles: drawn lighter, "use 300" offered; accepted with one click, the lab keeps real time', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // 6× slower than this machine when quiet: other work on a shared machine already slows it (calibrated).
    const { rate, loadFactor } = await rateForSlowerThanQuiet(page, app.server.url, 6);
    console.log(`[slow-device] machine load factor ${loadFactor.toFixed(2)}: CDP throttling ${rate.toFixed(2)}x`);
    // 8 s: the notice comes on within a second of falling behind (SlowNotice), the offer with it. Where this
    // machine (as calibrated) still keeps gas 1 000 within 10 % of real time at 6×, the lab is rightly not slowed
    // and nothing is offered: the CPU is slowed further (×1.5, twice at most) until it falls behind, as an older
    // PC would (CI at 6×: 0.91 and 0.92 of real time after the particles were drawn one path per colour).
    let slowRate = rate;
    let before = await runSlowLab(page, app.server.url + '/labs/gas?particleCount=1000', slowRate, 8_000);
    for (let more = 0; more < 2 && before.realTimeRatio >= 0.9; more++) {
      console.log(`[slow-device] gas 1000 kept ${before.realTimeRatio.toFixed(2)} of real time at ${slowRate.toFixed(2)}x: slowing further`);
      slowRate *= 1.5;
      before = await runSlowLab(page, app.server.url + '/labs/gas?particleCount=1000', slowRate, 8_000);
    }
    console.log(`[slow-device] gas, 1000 particles, ${(slowRate * loadFactor).toFixed(1)}x slower than quiet: ${JSON.stringify(describeRun(before))}`);
    expect(before.realTimeRatio).toBeLessThan(0.9);
    expect(before.light).toBe(true);
    const offer = page.getByTestId('smaller-offer');
    await expect.poll(() => offer.isVisible()).toBe(true);
    expect(await offer.textContent()).toContain('300 instead of 1,000');
    await offer.getByRole('button', { name: en['labs.run.lighterUse'].replace('{to}', '300') }).click();
    expect(await page.evaluate('globalThis.__sproutLab.params.particleCount')).toBe(300);
    expect(await page.evaluate('globalThis.__sproutLab.model.measure().particleCount')).toBe(300);
    expect(await page.evaluate('globalThis.__sproutLab.running')).toBe(true);
    await offer.waitFor({ state: 'detached' });
    // Still as slow: settle 2 s (the frame budget measures the new step cost), then 8 s sampled.
    await page.waitForTimeout(2_000);
    const after = await runSlowLab(page, app.server.url, slowRate, 8_000, { navigate: false });
    console.log(`[slow-device] gas, ${(slowRate * loadFactor).toFixed(1)}x slower than quiet, after accepting 300: ${JSON.stringify(describeRun(after))}`);
    if (loadFactor <= 2) {
      // Real time within 10 % (the SlowNotice shows below 0.9).
      expect(after.realTimeRatio).toBeGreaterThan(0.9);
    } else {
      // More than half of the slowness is other work on this machine, which slows the browser's compositor and
      // raster threads too (CDP throttling slows only the page's main thread): real time is not a fair bar, a
      // clear gain is.
      console.log(`[slow-device] machine load factor ${loadFactor.toFixed(2)} > 2: real time not checked, only the gain`);
      expect(after.realTimeRatio).toBeGreaterThan(1.2 * before.realTimeRatio);
    }
    expect(after.offered).toBe(false);
    await page.close();
  }, 180_000);
});
