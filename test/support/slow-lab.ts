/**
 * Running a lab on a slowed CPU in Chromium and sampling what the student sees (issue #22, item 2): shared by
 * the slow-device browser test and the slow-labs and lab-speed benches. The page must have been opened with
 * `?bench` (the lab session is then exposed as `__sproutLab`).
 */
import type { Page } from 'playwright-core';

export interface SlowRun {
  fps: number;
  /** Simulated seconds per real second, over the speed (1 = real time). */
  realTimeRatio: number;
  /** Seconds of the run the notice was on screen. */
  noticeShownS: number;
  noticeChanges: number;
  /** The view drew lighter at the end of the run. */
  light: boolean;
  /** The smaller-count offer was on screen at the end of the run. */
  offered: boolean;
  /** Steps + redraw per frame over the run, 95th percentile, ms (the lab session's own timing). */
  frameP95Ms: number;
  /**
   * Wall time in gaps between frames beyond the 0.25 s the clock simulates at most per frame, s: time it skips by
   * design (a long task, or a tab that did not get a core on a loaded machine), which the real-time ratio counts.
   */
  longGapS: number;
}

/** Open `url` with ?bench and wait for the lab session (not yet for the view, which mounts a task after it). */
export async function openLab(page: Page, url: string): Promise<void> {
  await page.goto(withBench(url));
  await page.waitForFunction(() => '__sproutLab' in globalThis, null, { timeout: 60_000 });
}

/** `url` with the `bench` query parameter (before a `#setup=` fragment), once. */
export function withBench(url: string): string {
  const [path, fragment] = url.split(/(?=#)/);
  if (/[?&]bench(?:[=&]|$)/.test(path)) return url;
  return path + (path.includes('?') ? '&' : '?') + 'bench' + (fragment ?? '');
}

/**
 * Open `url` with ?bench, slow the CPU by `rate`, press Play and sample every animation frame for `runMs`.
 * `navigate: false` runs on the page as it is; `restart` pauses and plays again first (the clock and the slow
 * notice start afresh at the new rate); `settleMs` runs that long at the rate before sampling.
 */
export async function runSlowLab(
  page: Page,
  url: string,
  rate: number,
  runMs: number,
  opts: { navigate?: boolean; restart?: boolean; settleMs?: number } = {},
): Promise<SlowRun> {
  if (opts.navigate !== false) await openLab(page, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    // Never pause at an event (collisions pause at the first collision by default); press Play (if not running).
    await page.evaluate(`globalThis.__sproutLab.pauseAt = ''; ${opts.restart ? 'globalThis.__sproutLab.pause();' : ''} globalThis.__sproutLab.play()`);
    await page.waitForFunction(() => (globalThis as unknown as { __sproutLab: { running: boolean } }).__sproutLab.running, null, { timeout: 10_000 });
    if (opts.settleMs) await page.waitForTimeout(opts.settleMs);
    // A script string: tsx would add __name to a function passed to page.evaluate.
    return (await page.evaluate(`new Promise((resolve) => {
      const lab = globalThis.__sproutLab;
      const runMs = ${runMs};
      // Wall time from the frames' own timestamps, the ones the lab's clock advances by (this callback runs after the
      // lab's in each frame). Started at performance.now() between frames, the window's first lab frame also counted
      // the time before it: 30 wet vessels at 6x read 1.10x real time over 2.5 s.
      let t0 = -1, sim0 = 0, frames = 0, changes = 0, shownMs = 0, last = false, lastT = 0, gapMs = 0;
      const frame = (now) => {
        if (t0 < 0) {
          t0 = lastT = now;
          sim0 = lab.model.timeS;
          requestAnimationFrame(frame);
          return;
        }
        frames++;
        const notice = !!document.querySelector('[data-testid="slowed"]');
        if (notice !== last) changes++;
        if (last) shownMs += now - lastT;
        gapMs += Math.max(0, now - lastT - 250);
        last = notice;
        lastT = now;
        const el = now - t0;
        if (el < runMs) requestAnimationFrame(frame);
        else resolve({
          fps: frames / (el / 1000),
          realTimeRatio: (lab.model.timeS - sim0) / (el / 1000) / lab.clock.speed,
          noticeShownS: shownMs / 1000,
          noticeChanges: changes,
          light: lab.drawLight === true,
          offered: !!document.querySelector('[data-testid="smaller-offer"]'),
          frameP95Ms: lab.frameStats(frames).p95Ms,
          longGapS: gapMs / 1000,
        });
      };
      requestAnimationFrame(frame);
    })`)) as SlowRun;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

export function describeRun(r: SlowRun): Record<string, number | string> {
  return {
    fps: +r.fps.toFixed(1),
    'sim/real time': +r.realTimeRatio.toFixed(2),
    'notice shown s': +r.noticeShownS.toFixed(1),
    'notice changes': r.noticeChanges,
    'drawn light': String(r.light),
    'offer shown': String(r.offered),
  };
}


/**
 * Gas with 1 000 particles, steps + draw per frame, median, on this machine when quiet (README's lab-frame
 * row, `npm run bench -- lab-frames`, measured before the particles were drawn one path per colour).
 */
export const QUIET_GAS_FRAME_MS = 2.3;

/**
 * The CDP throttling rate that makes this machine, as loaded now by other work, about `rate` times slower
 * than it is when quiet: the gas lab's median frame at 1× over 2 s against QUIET_GAS_FRAME_MS. On a quiet
 * machine it is `rate`; on one already 3× slower, `rate / 3` (at least 1). Returns the rate and the load factor.
 */
export async function rateForSlowerThanQuiet(page: Page, appUrl: string, rate: number): Promise<{ rate: number; loadFactor: number }> {
  await page.goto(appUrl + '/labs/gas?particleCount=1000&bench');
  await page.waitForFunction(() => '__sproutLab' in globalThis, null, { timeout: 60_000 });
  await page.evaluate('globalThis.__sproutLab.play()');
  await page.waitForTimeout(2_000);
  const medianMs = (await page.evaluate('globalThis.__sproutLab.pause(), globalThis.__sproutLab.frameStats().medianMs')) as number;
  const loadFactor = Math.min(rate, Math.max(1, medianMs / QUIET_GAS_FRAME_MS));
  return { rate: Math.max(1, rate / loadFactor), loadFactor };
}
