/**
 * Coding lab figures: the Blockly chunk's size (raw, gzip), the coding page's cold-cache load time
 * on the production build in Chromium, and a 10 000-iteration arithmetic loop in normal run mode,
 * both in Node (the pure runtime) and in the browser's program worker.
 * Needs `npx vite build` first (npm run bench builds). Runnable alone: `npx tsx test/bench/coding.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { programFromState } from '../../src/coding/blocks/compile';
import { setUpBlocklyForTests } from '../../src/coding/blocks/headless-setup';
import { ProgramBuilder, type WorkspaceState } from '../../src/coding/examples/program-json';
import { ProgramRunner, runToEnd } from '../../src/coding/runtime/interpreter';
import { registryExperiments } from '../../src/coding/runtime/experiments';
import { startAppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';

type Bench = { name: string; figures: Record<string, number | string> };
const dist = resolve(import.meta.dirname, '../../dist');
const kb = (n: number) => +(n / 1024).toFixed(1);

/** s = 0; for i = 1..10000: s = s + i × 2; print s */
function loopProgram(): WorkspaceState {
  const p = new ProgramBuilder('bench');
  return p.program([
    p.set('s', p.num(0)),
    p.for('i', p.num(1), p.num(10000), p.num(1), [p.set('s', p.arith('ADD', p.get('s'), p.arith('MULTIPLY', p.get('i'), p.num(2))))]),
    p.print(p.get('s')),
  ]);
}

function chunkSizes(): Record<string, number | string> {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('dist/.vite/manifest.json missing: run `npx vite build` first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
  const size = (file: string) => {
    const body = readFileSync(join(dist, file));
    return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const editor = manifest['src/coding/editor.ts'];
  const page = manifest['src/coding/CodingPage.svelte'];
  const figures: Record<string, number | string> = {};
  if (editor) {
    const s = size(editor.file);
    figures['Blockly editor chunk raw KB'] = kb(s.raw);
    figures['Blockly editor chunk gzip KB'] = kb(s.gzip);
  }
  if (page) figures['CodingPage chunk gzip KB'] = kb(size(page.file).gzip);
  const worker = readdirSync(join(dist, 'assets')).find((f) => f.startsWith('program.worker'));
  if (worker) figures['program worker chunk gzip KB'] = kb(size(join('assets', worker)).gzip);
  return figures;
}

async function nodeLoop(): Promise<Record<string, number>> {
  setUpBlocklyForTests();
  const src = programFromState(loopProgram());
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const printed: string[] = [];
    const runner = new ProgramRunner(src, { print: (s) => printed.push(s), draw: () => {}, table: () => {}, plot: () => {} }, registryExperiments);
    const t0 = performance.now();
    const error = await runToEnd(runner);
    times.push(performance.now() - t0);
    if (error || printed[0] !== String(10000 * 10001)) throw new Error(`loop program went wrong: ${JSON.stringify(error)} ${printed}`);
  }
  times.sort((a, b) => a - b);
  return { 'Node: 10 000-iteration loop, median ms': +times[2].toFixed(2), 'Node: 10 000-iteration loop, worst ms': +times[4].toFixed(2) };
}

async function browserFigures(): Promise<Record<string, number | string>> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  try {
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      // A new context each time: an empty cache, as on a first visit.
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(server.url + '/coding');
      await page.locator('.blocklyToolbox').first().waitFor();
      await page.locator('[data-testid="coding-run"]:not([disabled])').waitFor();
      loads.push(Date.now() - t0);
      if (i < 2) await context.close();
      else {
        const loops: number[] = [];
        for (let k = 0; k < 3; k++) {
          await page.locator('input[type=file]').setInputFiles({ name: 'loop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(loopProgram())) });
          await page.getByTestId('coding-run').click();
          await page.locator('[data-status="finished"]').waitFor();
          // "Finished: N blocks in M ms": M is the worker's running time for the program.
          const text = (await page.getByTestId('coding-status').textContent()) ?? '';
          const numbers = text.match(/\d+/g)?.map(Number) ?? [];
          loops.push(numbers[1]);
        }
        loops.sort((a, b) => a - b);
        await context.close();
        return {
          'browser: cold-cache load of /coding until usable, ms (each run)': loads.join(', '),
          'browser: worker 10 000-iteration loop, median ms': loops[1],
        };
      }
    }
    return {};
  } finally {
    await browser.close();
    await server.dispose();
  }
}

export default async function run(): Promise<Bench[]> {
  return [
    { name: 'coding: chunk sizes', figures: chunkSizes() },
    { name: 'coding: runtime in Node', figures: await nodeLoop() },
    { name: 'coding: production build in Chromium', figures: await browserFigures() },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) {
    console.log(b.name);
    for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`);
  }
}
