/**
 * `npm test`: every check, in order, with one summary line at the end.
 *   1. typecheck (tsc, svelte-check) and the import-direction lint
 *   2. the production build (the browser tests serve it) and the server bundle (npm start runs it)
 *   3. Vitest: unit, integration (real server, real websockets) and e2e (real Chromium)
 * Prints `tests: N passed, N failed` (checks count one each, Vitest tests one each) and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { serviceCheck } from './support/services';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
const failures: string[] = [];

function check(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n── ${name}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(`── ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`}`);
  return ok;
}

const only = process.argv.slice(2); // e.g. `npm test -- unit` to run one Vitest project
check('typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('typecheck + accessibility (svelte-check, warnings fail)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'warning', '--fail-on-warnings', '--output', 'human']);
check('lint (import directions)', bin('eslint'), ['.']);
const built = check('build', bin('vite'), ['build', '--logLevel', 'warn']);
check('build (server bundle: dist-server/)', bin('tsx'), ['scripts/build-server.ts']);

const reportDir = join(root, 'node_modules/.cache/sprout-test');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest.json');
const flakyReport = join(reportDir, 'flaky.json');
rmSync(report, { force: true });
rmSync(flakyReport, { force: true });
// PostgreSQL, Redis and nginx (the integration suites on the PostgreSQL store, the cluster test): skipped,
// and said so, on a machine without them; with CI=true a missing one is a failure (.ci/run provides them).
const services = await serviceCheck();
const ci = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const serverProjects: string[] = [];
for (const [project, needs] of [['integration-postgres', ['postgres']], ['cluster', ['postgres', 'redis', 'nginx']]] as const) {
  const missing = needs.filter((n) => !services[n].ok);
  if (!missing.length) serverProjects.push(project);
  else if (ci) {
    failed++;
    failures.push(`${project} (not run: ${missing.map((n) => services[n].why).join('; ')})`);
  } else console.log(`\n── ${project}: SKIPPED, ${missing.map((n) => services[n].why).join('; ')} (CI=true makes this a failure)`);
}
const projects = only.length ? only : built ? ['unit', 'integration', ...serverProjects, 'e2e'] : ['unit', 'integration', ...serverProjects];
if (!built && !only.length) {
  failed++;
  failures.push('e2e (not run: the build failed)');
}
console.log(`\n── vitest: ${projects.join(', ')}`);
spawnSync(bin('vitest'), ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--reporter=./test/support/flaky-reporter.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SPROUT_FLAKY_REPORT: flakyReport },
});
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests) failures.push(`${r.numFailedTests} vitest test(s)`);
  // A test file that fails to load has no test results but is a failure all the same.
  for (const f of r.testResults) {
    if (f.status === 'failed' && f.assertionResults.length === 0) {
      failed++;
      failures.push(`test file failed to run: ${f.name.replace(root + '/', '')}`);
    }
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

// tests that failed once and passed on their retry count as passed, and are named here to be looked at
const flaky: string[] = existsSync(flakyReport) ? JSON.parse(readFileSync(flakyReport, 'utf8')) : [];
if (flaky.length) console.log(`\nPassed only on a retry (${flaky.length}):\n${flaky.map((l) => `  ${l}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
