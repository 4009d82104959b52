/**
 * Issue #16's bar for the optics bench: 2 000 rays through 30 surfaces. A ray box sends 2 000 parallel red rays
 * through 15 glass blocks standing in a row, each turned 12° (every ray crosses 30 surfaces, refracted at each,
 * with its weak reflections traced while they stay above the tracer's intensity floor). Figures:
 * - headless in Node: building the scene and tracing it (what a drag frame costs), median and p95 of 30;
 * - in Chromium, the block in the middle dragged across the beam in 40 small pointer steps: the canvas's own
 *   figure of each retrace + redraw (data-draw-ms on the ray canvas), and the interval between animation frames
 *   during the drag (the whole frame, SVG parts included), unthrottled and with the CPU throttled 4× through CDP
 *   (Emulation.setCPUThrottlingRate), as on the old two-core school PCs. Figures only.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { encodeSetup } from '../../simulations/bench/share';
import type { Setup } from '../../simulations/bench/setup';
import { traceForDisplay } from '../../simulations/optics/bench-engine';
import { opticsSetup, part } from '../../simulations/optics/presets/layout';
import { tableOf } from '../../simulations/optics/presets/tables';
import { BenchDriver } from '../support/bench-driver';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';

const BLOCKS = 15;
const RAYS = 2000;
const PRESET = 'optics-convex-lens';
const Y = 0.17;

export function manyRaysSetup(): Setup {
  const parts = [part('RB1', 'ray-box', 0.05, Y, { rayCount: RAYS, beamWidthM: 0.05, colour: 'red' })];
  for (let i = 0; i < BLOCKS; i++) parts.push(part(`G${i + 1}`, 'rect-block', 0.14 + i * 0.065, Y, { thicknessM: 0.03, lengthM: 0.12 }, 12));
  return opticsSetup('2 000 rays through 30 surfaces', parts);
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), n: s.length };
}

function headless() {
  const setup = manyRaysSetup();
  const times: number[] = [];
  let segments = 0;
  for (let i = 0; i < 35; i++) {
    const t0 = performance.now();
    segments = traceForDisplay(setup).count;
    if (i >= 5) times.push(performance.now() - t0);
  }
  return { segments, ...stats(times) };
}

async function dragFrames(page: Page, url: string, throttle: number) {
  await page.goto('about:blank');
  await page.goto(url);
  const canvas = page.getByTestId('optics-rays');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="optics-rays"]')?.getAttribute('data-segments')) > 0, null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const bench = new BenchDriver(page, tableOf(PRESET).widthM);
  const middle = `G${Math.ceil(BLOCKS / 2)}`;
  const at = await bench.position(middle);
  const a = await bench.at(at.xM, at.yM);
  // Every retrace + redraw the canvas reports, and every animation frame's interval, while the pointer moves.
  // (a script string: tsx would wrap named functions in a helper the page does not have)
  await page.evaluate(`(() => {
    const w = globalThis;
    w.__drawMs = []; w.__frames = []; w.__stop = false;
    const c = document.querySelector('[data-testid="optics-rays"]');
    new MutationObserver(() => w.__drawMs.push([Number(c.getAttribute('data-draw-ms')), Number(c.getAttribute('data-segments')), c.getAttribute('data-sampled') === 'true'])).observe(c, { attributes: true, attributeFilter: ['data-draw-ms'] });
    let last = performance.now();
    function tick(t) { w.__frames.push(t - last); last = t; if (!w.__stop) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(a.x, a.y + (i % 20 < 10 ? i % 10 : 10 - (i % 10)) * 3);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.mouse.up();
  // the full picture once the block is put down
  await page.waitForFunction(() => document.querySelector('[data-testid="optics-rays"]')?.getAttribute('data-sampled') === 'false', null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const seen = await page.evaluate(() => {
    const w = globalThis as unknown as { __drawMs: [number, number, boolean][]; __frames: number[]; __stop: boolean };
    w.__stop = true;
    return { draws: w.__drawMs, frames: w.__frames.slice(1) };
  });
  const drag = seen.draws.filter((d) => d[2]);
  const down = seen.draws.filter((d) => !d[2]).at(-1) ?? [NaN, NaN, false];
  const segments = Number(await canvas.getAttribute('data-segments'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { segments, drag: stats(drag.map((d) => d[0])), dragSegments: stats(drag.map((d) => d[1])), downMs: down[0], frame: stats(seen.frames) };
}

export default async function run() {
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  const h = headless();
  results.push({ name: `optics: ${RAYS} rays through ${2 * BLOCKS} surfaces, scene + trace in Node`, figures: { 'segments traced': h.segments, 'median ms': h.median, 'p95 ms': h.p95, runs: h.n } });
  const server = await startAppServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const url = `${server.url}/labs/${PRESET}?bench#setup=${await encodeSetup(manyRaysSetup())}`;
    for (const throttle of [1, 4]) {
      const r = await dragFrames(page, url, throttle);
      results.push({
        name: `optics bench: a block dragged across ${RAYS} rays through ${2 * BLOCKS} surfaces, CPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`}`,
        figures: {
          'drag frames (beam thinned to the frame budget)': r.drag.n,
          'pieces drawn per drag frame, median': r.dragSegments.median,
          'retrace + redraw per drag frame, median ms': r.drag.median,
          'retrace + redraw per drag frame, p95 ms': r.drag.p95,
          'full picture when put down: pieces': r.segments,
          'full picture when put down: trace + draw ms': +r.downMs.toFixed(1),
          'frame interval during the drag, median ms': r.frame.median,
          'frame interval during the drag, p95 ms': r.frame.p95,
        },
      });
    }
  } finally {
    await browser.close();
    await server.dispose();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, b.figures);
}
