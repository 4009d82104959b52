/**
 * Frame time (physics steps + the view's redraw) of experiments running in the lab frame in headless
 * Chromium, median and 95th percentile over a few seconds of running at 1×; and the molecules page's
 * time to first 3D frame. Uses the built app (npm run bench builds it) served by the real server.
 * Figures only. Headless Chromium here draws with SwiftShader (software), so the draw part is pessimistic.
 */
import { pathToFileURL } from 'node:url';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';

const CASES = [
  { name: 'collisions, 300 discs', path: '/labs/collisions?mode=table&discCount=300' },
  { name: 'gas, 1000 particles', path: '/labs/gas?particleCount=1000' },
  { name: 'projectile', path: '/labs/projectile' },
  { name: 'pendulum', path: '/labs/pendulum' },
];
const RUN_MS = Number(process.env.LAB_BENCH_MS ?? 6000);

export default async function run() {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const c of CASES) {
      await page.goto(server.url + c.path + (c.path.includes('?') ? '&' : '?') + 'bench');
      await page.waitForFunction(() => 'sproutLab' in globalThis || '__sproutLab' in globalThis, null, { timeout: 30_000 });
      await page.getByRole('combobox', { name: 'Pause at' }).selectOption('').catch(() => {});
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(RUN_MS);
      const stats = await page.evaluate(() => {
        const s = (globalThis as unknown as { __sproutLab: { frameStats(): { frames: number; medianMs: number; p95Ms: number }; slowed: boolean; model: { timeS: number } } }).__sproutLab;
        return { ...s.frameStats(), slowed: s.slowed, simTimeS: s.model.timeS };
      });
      results.push({
        name: `lab frame: ${c.name}`,
        figures: {
          'frames sampled': stats.frames,
          'frame time median ms': +stats.medianMs.toFixed(2),
          'frame time p95 ms': +stats.p95Ms.toFixed(2),
          'slowed below real time at the end': String(stats.slowed),
        },
      });
    }
    // Molecules: from navigation to the first WebGL frame on screen.
    const started = Date.now();
    await page.goto(server.url + '/labs/molecules?molecule=glucose');
    await page.waitForSelector('.scene canvas', { timeout: 30_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    results.push({ name: 'molecules page', figures: { 'time to first 3D frame ms (glucose, cold cache)': Date.now() - started } });
  } finally {
    await browser.close();
    await server.dispose();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, b.figures);
}
