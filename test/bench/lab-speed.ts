/**
 * Every lab and bench on an old PC (issue #22's bar): each page opened once in Chromium, Play pressed, then run at
 * 1×, 4× and 6× CPU (CDP Emulation.setCPUThrottlingRate, changed on the same page, the run restarted and let settle
 * between) for LAB_SPEED_MS (2 500 ms) each. Per page and rate: frames drawn per wall second (animation frames
 * counted), the real-time ratio (simulated seconds advanced per wall second over the speed; 1 = real time), the lab
 * session's frame time (steps + redraw) p95, the share of the run the "slower than real time" notice was on screen,
 * and the wall time in gaps between frames beyond the 0.25 s the clock simulates at most (time it skips by design:
 * a long task, or on a loaded machine the tab waiting for a core; it explains a light lab below real time at 1×).
 * Sampling is test/support/slow-lab.ts's runSlowLab, as slow-labs and the slow-device test use it. Play is pressed
 * a second after the page's load event, the view mounted; service workers are blocked (no offline precache beside it).
 *
 * Pages: every lab in the registry with its default parameters (molecules with its model turning, so its 3D scene
 * redraws every frame), and each bench's heaviest representatives from test/support/bench-cases.ts (bench-frames'
 * cases). LAB_SPEED_ALL=1: every bench preset as it opens as well, and the heavy lab settings of slow-labs;
 * LAB_SPEED_ONLY=<part of a page name>: only those pages. Uses the built app (npm run bench builds it). Figures only;
 * on a shared machine every figure is an upper bound on the time a page needs (the load average is printed).
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { simulations } from '../../simulations/registry';
import { circuitPresets } from '../../simulations/circuits/presets';
import { mechanicsPresets } from '../../simulations/mechanics/presets';
import { opticsPresets } from '../../simulations/optics/presets';
import { wetPresets } from '../../simulations/wet/presets';
import { startAppServer } from '../support/app-server';
import { benchCases } from '../support/bench-cases';
import { launchBrowser } from '../support/browser';
import { openLab, runSlowLab, type SlowRun } from '../support/slow-lab';
import { SLOW_LAB_CASES } from './slow-labs';

const RATES = [1, 4, 6] as const;
const RUN_MS = Number(process.env.LAB_SPEED_MS ?? 2500);
/** Running at the new rate before sampling. */
const SETTLE_MS = 400;
/**
 * After the page's load event, before Play: a bench mounts its parts' looks in tasks after the first paint, and
 * pressed during them, Play met long frames that turned the slow notice on for the whole 1× run (the ladder, 99 %).
 * (Not 'networkidle': the page's GET /api/auth/me never counts as finished for Playwright, so it waited 10 s a page.)
 */
const MOUNT_MS = 1000;
/** Below this real-time ratio a page is counted as slower than real time (the ratio of a page keeping up reads 0.99–1.01). */
const BELOW_REAL_TIME = 0.95;
/**
 * Each bench's heaviest cases by bench-frames' frame times at 4× CPU (docs/benchmarks.md): the 61-part ladder and the
 * transformer switched on (AC in 0.5 ms sub-steps), the optics convex lens (its only case), the running cart and the
 * centripetal apparatus, the 30 vessels and boiling.
 */
const DEFAULT_BENCH_CASES = ['circuit-dense-ladder', 'circuit-transformer-on', 'optics-convex-lens', 'mechanics-cart-running', 'mechanics-centripetal', 'wet-30-vessels', 'wet-boiling'];

interface SpeedPage {
  /** Row name: the lab's id, or a bench case's id. */
  name: string;
  path: string;
}

async function pages(): Promise<SpeedPage[]> {
  const benchIds = new Set([...circuitPresets, ...opticsPresets, ...mechanicsPresets, ...wetPresets].map((p) => p.id));
  const labs = simulations
    .filter((s) => !benchIds.has(s.id))
    // Molecules' clock turns the model only with autoRotate; without it the scene would not redraw.
    .map((s): SpeedPage => (s.id === 'molecules' ? { name: 'molecules (turning)', path: '/labs/molecules?autoRotate=true' } : { name: s.id, path: `/labs/${s.id}` }));
  const cases = await benchCases();
  const benches = cases.filter((c) => DEFAULT_BENCH_CASES.includes(c.id)).map((c): SpeedPage => ({ name: c.id, path: c.path }));
  const all: SpeedPage[] = !process.env.LAB_SPEED_ALL
    ? [...labs, ...benches]
    : [
        ...labs,
        ...SLOW_LAB_CASES.map((c) => ({ name: c.name, path: c.path })),
        // The cases opened from a shared setup, then every preset as it opens.
        ...cases.filter((c) => c.path.includes('#setup=')).map((c) => ({ name: c.id, path: c.path })),
        ...[...benchIds].map((id) => ({ name: id, path: `/labs/${id}` })),
      ];
  const only = process.env.LAB_SPEED_ONLY ?? '';
  return all.filter((p) => p.name.includes(only));
}

type Row = { page: string; runs: (SlowRun | null)[]; error?: string };

const fixed = (x: number | undefined, d: number) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));

function table(rows: Row[]): string {
  const cols = (r: Row, f: (s: SlowRun) => string) => r.runs.map((s) => (s ? f(s) : '–')).join(' / ');
  const lines = rows.map((r) =>
    r.error
      ? [r.page, `failed: ${r.error}`]
      : [
          r.page,
          cols(r, (s) => fixed(s.fps, 0)),
          cols(r, (s) => fixed(s.realTimeRatio, 2)),
          cols(r, (s) => fixed(s.frameP95Ms, 1)),
          cols(r, (s) => `${Math.min(100, Math.round((100 * s.noticeShownS) / (RUN_MS / 1000)))}%`), // the last frame may end past the run
          cols(r, (s) => fixed(s.longGapS, 2)),
        ],
  );
  const head = ['page', 'fps 1×/4×/6×', 'real-time ratio 1×/4×/6×', 'frame p95 ms', 'slow notice shown', 'gaps > 0.25 s, s'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  return [head, ...lines].map((l) => l.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ')).join('\n');
}

function range(xs: number[], d: number): string {
  const ok = xs.filter(Number.isFinite);
  return ok.length ? `${Math.min(...ok).toFixed(d)}–${Math.max(...ok).toFixed(d)}` : '–';
}

export default async function run() {
  const server = await startAppServer();
  const browser = await launchBrowser();
  // The offline precache (a service worker fetching the whole app after the first page) would run beside the first pages.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const loadBefore = os.loadavg()[0];
  const rows: Row[] = [];
  try {
    for (const p of await pages()) {
      const page = await context.newPage();
      const row: Row = { page: p.name, runs: [] };
      try {
        await openLab(page, server.url + p.path);
        await page.waitForLoadState('load');
        await page.waitForTimeout(MOUNT_MS);
        for (const rate of RATES) row.runs.push(await runSlowLab(page, server.url + p.path, rate, RUN_MS, { navigate: false, restart: true, settleMs: SETTLE_MS }));
      } catch (e) {
        row.error = (e as Error).message.split('\n')[0];
      } finally {
        await page.close();
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    await server.dispose();
  }
  const loadAfter = os.loadavg()[0];
  console.log(`\n${table(rows)}\n(load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores; run ${RUN_MS} ms per rate)`);

  const results: { name: string; figures: Record<string, number | string> }[] = rows.map((r) => ({
    name: `lab speed: ${r.page}`,
    figures: r.error
      ? { failed: r.error }
      : Object.fromEntries(
          r.runs.flatMap((s, i) => {
            const x = `${RATES[i]}x`;
            return s
              ? [
                  [`fps ${x}`, +s.fps.toFixed(1)],
                  [`real-time ratio ${x}`, +s.realTimeRatio.toFixed(2)],
                  [`frame p95 ms ${x}`, +s.frameP95Ms.toFixed(1)],
                  [`slow notice shown s ${x}`, +s.noticeShownS.toFixed(1)],
                  [`frame gaps beyond 0.25 s, s ${x}`, +s.longGapS.toFixed(2)],
                ]
              : [];
          }),
        ),
  }));
  const summary: Record<string, number | string> = { pages: rows.length, failed: rows.filter((r) => r.error).map((r) => r.page).join(', ') || 'none' };
  for (const [i, rate] of RATES.entries()) {
    const runs = rows.map((r) => ({ page: r.page, s: r.runs[i] })).filter((x): x is { page: string; s: SlowRun } => !!x.s);
    summary[`fps ${rate}x`] = range(runs.map((x) => x.s.fps), 0);
    summary[`real-time ratio ${rate}x`] = range(runs.map((x) => x.s.realTimeRatio), 2);
    summary[`below real time ${rate}x (ratio < ${BELOW_REAL_TIME})`] = runs.filter((x) => x.s.realTimeRatio < BELOW_REAL_TIME).map((x) => `${x.page} ${x.s.realTimeRatio.toFixed(2)}${x.s.longGapS >= 0.05 ? ` (gaps ${x.s.longGapS.toFixed(2)} s)` : ''}`).join(', ') || 'none';
  }
  summary['load average before / after'] = `${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)}`;
  results.push({ name: 'lab speed: every page', figures: summary });
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, b.figures);
}
