/**
 * The wet bench's 30-vessel frame split by what it carries (issue #18's bar): frames with an engine step against frames
 * without, and in a step frame the engine's part (the session's advance: steps, the live graph's sample) against the
 * Svelte flush, in headless Chromium with the CPU throttled (BENCH_THROTTLE, default 4). Each figure is the median
 * (with the 10th and 90th percentiles) over BENCH_FRAME_MS of running; several rounds (BENCH_ROUNDS) to see the spread the
 * machine's load gives. Figures only. `npx tsx test/bench/wet-step-frames.ts` (after `npx vite build`).
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { encodeSetup } from '../../simulations/bench/share';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { titrationRowSetup } from '../support/wet-30-vessels';
import { openBench } from './bench-frames';

const RUN_MS = Number(process.env.BENCH_FRAME_MS ?? 6000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const GRAPH = process.env.BENCH_GRAPH === '1';


const WRAP = `(() => {
  const s = globalThis.__sproutLab;
  const log = (globalThis.__stepLog = []);
  const orig = s.advance.bind(s);
  s.advance = (n) => { const t0 = performance.now(); orig(n); log.push({ n, advanceMs: performance.now() - t0 }); };
  s.frameMs.length = 0;
})()`;
const READ = `(() => ({ log: globalThis.__stepLog, frames: [...globalThis.__sproutLab.frameMs] }))()`;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};

export default async function run() {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const out: { name: string; figures: Record<string, number | string> }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const url = `${server.url}/labs/wet-titration?bench#setup=${await encodeSetup(titrationRowSetup())}`;
    for (let round = 0; round < ROUNDS; round++) {
      const cdp = await openBench(page, url, THROTTLE, GRAPH);
      await page.evaluate(WRAP);
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(RUN_MS);
      const r = (await page.evaluate(READ)) as { log: { n: number; advanceMs: number }[]; frames: number[] };
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
      // frameMs is pushed once per frame after the flush, in the order of the frames; the log has one entry per frame too.
      const k = Math.min(r.log.length, r.frames.length);
      const log = r.log.slice(0, k), frames = r.frames.slice(0, k);
      const step = log.map((l, i) => ({ ...l, frameMs: frames[i] })).filter((x) => x.n > 0);
      const idle = log.map((l, i) => ({ ...l, frameMs: frames[i] })).filter((x) => x.n === 0);
      // The fastest tenth as well: a loaded machine only adds to a frame's time, so the low quantiles say most about the work.
      const f = (xs: number[]) => `${q(xs, 0.1).toFixed(2)} / ${q(xs, 0.5).toFixed(2)} / ${q(xs, 0.9).toFixed(2)}`;
      const figures = {
        'frames (with a step / without)': `${step.length} / ${idle.length}`,
        'all frames median / p95 ms': `${q(frames, 0.5).toFixed(2)} / ${q(frames, 0.95).toFixed(2)}`,
        'step frame ms p10 / median / p90': f(step.map((x) => x.frameMs)),
        'step frame advance (engine + sample) ms': f(step.map((x) => x.advanceMs)),
        'step frame flush ms': f(step.map((x) => x.frameMs - x.advanceMs)),
        'frame without a step ms': f(idle.map((x) => x.frameMs)),
        'load average': os.loadavg()[0].toFixed(1),
      };
      out.push({ name: `wet 30 vessels, CPU ${THROTTLE}×, graph ${GRAPH ? 'open' : 'closed'}, round ${round + 1}`, figures });
      console.log(out[out.length - 1].name, figures);
    }
  } finally {
    await browser.close();
    await server.dispose();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
