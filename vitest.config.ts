import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Three test projects, run together by `npm test` (see test/run-all.ts):
// - unit: pure modules, beside the code they test
// - integration: the real server on a free port with a temporary SQLite store and real websocket clients
// - e2e: the built app served by the real server, driven in Debian's Chromium through playwright-core
//
// `npm test` runs all projects at once on two cores, so a browser or server test can miss a deadline
// because of its neighbours: the suites that touch a server or a browser retry a failed test once, and
// test/run-all.ts names every test that passed only on its retry (test/support/flaky-reporter.ts).
const RETRY = 1;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: ['{src,simulations,projects,server,scripts}/**/*.test.ts'],
          environment: 'node',
          // npm test runs the unit project beside the browser and server suites on two cores: a cold
          // start (ESLint loading its parsers, the Svelte compiler) took over the 5 s default there.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          retry: RETRY,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same integration suites on PostgreSQL (test/support/test-store.ts: a schema per store,
        // dropped afterwards). Left out: what only the SQLite store has (its data-directory lock, its
        // update log's crash recovery, tampering with its database file and upgrading pre-signing files);
        // test/cluster covers kill -9 on PostgreSQL.
        test: {
          name: 'integration-postgres',
          include: ['test/integration/**/*.test.ts'],
          exclude: ['test/integration/data-dir-lock.test.ts', 'test/integration/crash.test.ts', 'test/integration/review-tamper.test.ts', 'test/integration/systemd-unit.test.ts', 'test/integration/node-version.test.ts'],
          environment: 'node',
          retry: RETRY,
          env: { SPROUT_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // nginx and three server processes on PostgreSQL and Redis (test/cluster/cluster.test.ts)
        test: {
          name: 'cluster',
          include: ['test/cluster/**/*.test.ts'],
          environment: 'node',
          retry: RETRY,
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/support/e2e-csp.ts'],
          environment: 'node',
          retry: RETRY,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
