/**
 * Heavy labs on an old PC (issue #22, item 2): the 300-disc table and gas with 1 000 particles run for
 * 10 s in Chromium with the CPU slowed 4× and 6× (CDP Emulation.setCPUThrottlingRate). Per case: frames
 * per second, simulated time over real time (over the speed), how long the "slower than real time" notice
 * was shown and how often it changed, whether the view drew lighter, and whether the smaller-count offer
 * was made. `SLOW_LABS_ACCEPT=1` also runs each case again after accepting the offer.
 * Uses the built app (npm run bench builds it). Figures only.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { describeRun, runSlowLab } from '../support/slow-lab';

export const SLOW_LAB_CASES = [
  { name: 'collisions, 300 discs', path: '/labs/collisions?mode=table&discCount=300' },
  { name: 'gas, 1000 particles', path: '/labs/gas?particleCount=1000' },
];
const RUN_MS = Number(process.env.SLOW_LABS_MS ?? 10_000);

export default async function run() {
  const server = await startAppServer();
  const browser: Browser = await launchBrowser();
  const results: { name: string; figures: Record<string, number | string> }[] = [];
  try {
    for (const c of SLOW_LAB_CASES) {
      for (const rate of [4, 6]) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const r = await runSlowLab(page, server.url + c.path, rate, RUN_MS);
        results.push({ name: `slow device: ${c.name} at ${rate}x CPU`, figures: describeRun(r) });
        if (process.env.SLOW_LABS_ACCEPT && r.offered) {
          await page.getByTestId('smaller-offer').getByRole('button').first().click();
          const a = await runSlowLab(page, server.url + c.path, rate, RUN_MS, { navigate: false });
          results.push({ name: `slow device: ${c.name} at ${rate}x CPU, offer accepted`, figures: describeRun(a) });
        }
        await page.close();
      }
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
