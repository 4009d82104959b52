/**
 * `npm run bench`: builds the app, then runs every benchmark module in this folder and prints its
 * figures. Figures only: nothing here passes or fails on time. Results also go to
 * test/bench/results/latest.json. `npm run bench -- sync bundle` runs only those modules.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Bench = { name: string; figures: Record<string, number | string> };
const here = resolve(import.meta.dirname);
const root = resolve(here, '../..');
const wanted = process.argv.slice(2);

console.log('Building the production app…');
const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => !wanted.length || wanted.includes(f.replace(/\.ts$/, '')));
const results: (Bench & { module: string })[] = [];
for (const file of modules) {
  console.log(`\n▶ ${file}`);
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: () => Promise<Bench[]> };
    if (typeof mod.default !== 'function') {
      console.log('  (no default run() export, skipped)');
      continue;
    }
    for (const b of await mod.default()) {
      results.push({ module: file, ...b });
      console.log(`  ${b.name}`);
      for (const [k, v] of Object.entries(b.figures)) console.log(`    ${k}: ${v}`);
    }
  } catch (e) {
    console.log(`  failed: ${(e as Error).stack ?? e}`);
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
mkdirSync(join(here, 'results'), { recursive: true });
const out = { date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, node: process.version, results };
writeFileSync(join(here, 'results/latest.json'), JSON.stringify(out, null, 2));
console.log(`\nWrote test/bench/results/latest.json`);
process.exit(0);
