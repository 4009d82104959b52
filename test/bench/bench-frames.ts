/**
 * Frame time of the workbench's benches in the lab frame (circuits in detail; one running preset of the optics,
 * mechanics and wet benches each, as the rural-school issue asks every bench to be measured at 4× CPU), in headless Chromium: physics steps plus the SVG
 * redraw (parts, wires, meters) per animation frame, median and 95th percentile over a few seconds of
 * running at 1×, at full speed and with the CPU throttled 4× through CDP (Emulation.setCPUThrottlingRate),
 * as on the old two-core school PCs (also with the frame's live graph closed, which is most of the throttled
 * frame's cost). Two setups: a junior preset (7 parts) and a dense table of 61 parts
 * (a ladder of 30 bulbs and 30 resistors on one supply) opened from a shared link. The wet bench's titration runs
 * with its tap open, alone and as a table of 30 vessels (15 burettes each running into its flask).
 * Figures only.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startAppServer } from '../support/app-server';
import { benchCases } from '../support/bench-cases';
import { launchBrowser } from '../support/browser';

const RUN_MS = Number(process.env.BENCH_FRAME_MS ?? 5000);
/** Only the cases whose names contain this (e.g. BENCH_FRAME_ONLY=cart), to measure one bench on a shared machine. */
const ONLY = process.env.BENCH_FRAME_ONLY ?? '';

/** Opens the bench at `url` in a new document with the CPU slowed `throttle`×, its live graph open or closed; the CDP session stays throttled. */
export async function openBench(page: Page, url: string, throttle: number, graph: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A new document each time (the same URL with a fragment would only scroll).
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => '__sproutLab' in globalThis, null, { timeout: 60_000 });
  await page.locator('svg.table g.part').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  // The lab frame opens with its live graph showing; closed, the bench's own share of the frame shows.
  if (!graph) await page.getByRole('button', { name: 'Live graph' }).click();
  return cdp;
}

export async function measure(page: Page, url: string, throttle: number, graph: boolean) {
  const cdp = await openBench(page, url, throttle, graph);
  // Figures the machine's load does not move: DOM mutations the page makes per animation frame (a MutationObserver
  // on the table) and the main thread's script time per frame (Chrome's own ScriptDuration, CPU time at the throttle).
  await page.evaluate(WATCH_MUTATIONS);
  await cdp.send('Performance.enable');
  const before = metricsOf(await cdp.send('Performance.getMetrics'));
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(RUN_MS);
  const profile = PROFILE ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  const after = metricsOf(await cdp.send('Performance.getMetrics'));
  const stats = (await page.evaluate(READ_STATS)) as { frames: number; medianMs: number; p95Ms: number; slowed: boolean; parts: number; mutations: number; rafs: number; simS: number };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  if (profile) for (const line of topSelfTime(profile)) console.log(`    ${line}`);
  // BENCH_FRAME_PROFILE_OUT=<file.cpuprofile>: the whole profile, to open in Chrome's DevTools (Performance panel).
  if (profile && process.env.BENCH_FRAME_PROFILE_OUT) writeFileSync(process.env.BENCH_FRAME_PROFILE_OUT, JSON.stringify(profile));
  const rafs = Math.max(1, stats.rafs);
  return {
    ...stats,
    mutationsPerFrame: stats.mutations / rafs,
    scriptMsPerFrame: ((after.ScriptDuration - before.ScriptDuration) * 1000) / rafs,
    // A loaded machine draws fewer frames with more steps each: per second of the experiment's time, the work done does not depend on it.
    scriptMsPerSimS: ((after.ScriptDuration - before.ScriptDuration) * 1000) / stats.simS,
    mutationsPerSimS: stats.mutations / stats.simS,
    styleLayoutMsPerFrame: ((after.RecalcStyleDuration - before.RecalcStyleDuration + after.LayoutDuration - before.LayoutDuration) * 1000) / rafs,
  };
}

/** Counts mutation records (attributes, text, nodes) in the bench (table, instruments up close, words), and animation frames, from now on. */
const WATCH_MUTATIONS = `(() => {
  const w = (globalThis.__benchWatch = { mutations: 0, rafs: 0, fromS: globalThis.__sproutLab.model.timeS });
  new MutationObserver((records) => { w.mutations += records.length; })
    .observe(document.querySelector('[data-bench]'), { subtree: true, attributes: true, characterData: true, childList: true });
  const count = () => { w.rafs++; requestAnimationFrame(count); };
  requestAnimationFrame(count);
})()`;
const READ_STATS = `(() => {
  const s = globalThis.__sproutLab, w = globalThis.__benchWatch;
  return { ...s.frameStats(), slowed: s.slowed, parts: s.model.setup.parts.length, mutations: w.mutations, rafs: w.rafs, simS: s.model.timeS - w.fromS };
})()`;

const PROFILE = process.env.BENCH_FRAME_PROFILE === '1';
type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
function metricsOf(r: { metrics: { name: string; value: number }[] }): Record<string, number> {
  return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
}
/** BENCH_FRAME_PROFILE=1: the functions with the most time in the run, their own and with what they call (Chrome's sampling profiler). */
function topSelfTime(p: CpuProfile): string[] {
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const f = byNode.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>(), total = new Map<string, number>();
  let all = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    all += dt;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(n));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
  });
  const show = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / all).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  return ['self time:', ...show(self, 15), 'with callees:', ...show(total, 40)];
}

export default async function run() {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const all = (await benchCases()).map((c) => ({ name: c.name, url: server.url + c.path, circuits: c.bench === 'circuits' }));
    const cases = all.filter((c) => c.circuits);
    const others = all.filter((c) => !c.circuits);
    const runs = [
      ...cases.filter((c) => c.name.includes(ONLY)).flatMap((c) => ([[1, true], [4, true], [4, false]] as const).map(([throttle, graph]) => ({ c, throttle, graph }))),
      // One bench picked out: also with the live graph closed, as the circuits cases always are.
      ...others.filter((c) => c.name.includes(ONLY)).flatMap((c) => (ONLY ? ([[1, true], [4, true], [4, false]] as const) : ([[1, true], [4, true]] as const)).map(([throttle, graph]) => ({ c, throttle, graph }))),
    ];
    // BENCH_FRAME_ONLY=<part of a name>: only those cases (a new preset measured on its own).
    const only = process.env.BENCH_FRAME_ONLY;
    for (const { c, throttle, graph } of runs.filter((r) => !only || r.c.name.includes(only))) {
      const s = await measure(page, c.url, throttle, graph);
      results.push({
        name: `${c.name}, CPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`}${graph ? '' : ', live graph closed'}`,
        figures: {
          'parts on the table': s.parts, 'frames sampled': s.frames, 'frame time median ms': +s.medianMs.toFixed(2), 'frame time p95 ms': +s.p95Ms.toFixed(2),
          'script ms per frame (CPU profile)': +s.scriptMsPerFrame.toFixed(2), 'style + layout ms per frame': +s.styleLayoutMsPerFrame.toFixed(2),
          'DOM mutations per frame': +s.mutationsPerFrame.toFixed(1), 'script ms per simulated s': +s.scriptMsPerSimS.toFixed(1), 'DOM mutations per simulated s': Math.round(s.mutationsPerSimS), 'slowed below real time at the end': String(s.slowed), 'load average': os.loadavg()[0].toFixed(1),
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
