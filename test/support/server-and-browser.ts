/**
 * What a browser test file starts with: the real server (test/support/app-server.ts) on a fresh data directory
 * and Debian's Chromium (test/support/browser.ts), and optionally one page in a context of its own.
 *
 * `useServerAndBrowser()` registers the file's beforeAll and afterAll itself, so a file says only what differs
 * (the demo password, more server environment, Chromium flags, the page's size and language):
 *
 *   const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
 *   it('…', async () => { await app.browser.newPage(); … app.server.url … });
 *
 * Closing goes browser first, then server, and happens for whatever did start: a browser that fails to launch
 * still gets its server disposed, a close that throws still disposes the server, and a start-up still under way
 * when the hook gave up (its timeout) is waited for and closed rather than left running.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type RunningServer } from './app-server';
import { launchBrowser } from './browser';

/** Where browser tests write their screenshots (test/e2e/screenshots); made before the server starts. */
export const SCREENSHOTS = resolve(import.meta.dirname, '../e2e/screenshots');

export interface ServerAndBrowserOptions {
  /** DEMO_PASSWORD: the password of every demo account (without it the server makes random ones). */
  password?: string;
  /** More environment for the server process. */
  env?: Record<string, string>;
  /** More Chromium flags (e.g. `--disable-webgl`). */
  browserArgs?: string[];
  /** Open one page in a new context with these options (`app.page`). */
  page?: BrowserContextOptions;
  /** The beforeAll's timeout in ms; the e2e project's hookTimeout without it. */
  timeoutMs?: number;
}

export interface ServerAndBrowser {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The page asked for with `page:`. */
  readonly page: Page;
}

/** What has started so far; filled in as each part comes up, so a half-done start can be closed. */
interface Started {
  server?: RunningServer;
  browser?: Browser;
  page?: Page;
}

async function start(opts: ServerAndBrowserOptions, into: Started): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  into.server = await startAppServer({ env: { ...(opts.password !== undefined ? { DEMO_PASSWORD: opts.password } : {}), ...opts.env } });
  into.browser = await launchBrowser(opts.browserArgs);
  if (opts.page) into.page = await (await into.browser.newContext(opts.page)).newPage();
}

/** Closes the browser, then disposes the server (also when closing the browser throws); either may be missing. */
export async function closeServerAndBrowser(started: { server?: RunningServer; browser?: Browser }): Promise<void> {
  try {
    await started.browser?.close();
  } finally {
    await started.server?.dispose();
  }
}

/**
 * Starts the server and the browser (and the page) for one test. When a part fails to start, what did start is
 * closed before the error is thrown.
 */
export async function startServerAndBrowser(opts: ServerAndBrowserOptions = {}): Promise<ServerAndBrowser> {
  const started: Started = {};
  try {
    await start(opts, started);
  } catch (e) {
    await closeServerAndBrowser(started);
    throw e;
  }
  return handle(started);
}

function handle(started: Started): ServerAndBrowser {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useServerAndBrowser: no ${what} (did the beforeAll fail, or is this outside a test?)`);
    return value;
  };
  return {
    get server() {
      return need(started.server, 'server');
    },
    get browser() {
      return need(started.browser, 'browser');
    },
    get page() {
      return need(started.page, 'page (ask for one with `page:`)');
    },
  };
}

/** Registers the beforeAll that starts the server and the browser, and the afterAll that closes them. */
export function useServerAndBrowser(opts: ServerAndBrowserOptions = {}): ServerAndBrowser {
  const started: Started = {};
  let starting: Promise<void> | undefined;
  beforeAll(() => (starting = start(opts, started)), opts.timeoutMs);
  afterAll(async () => {
    // a start-up that timed out may still bring up a server or a browser: wait for it, then close what it made
    await starting?.catch(() => {});
    await closeServerAndBrowser(started);
  });
  return handle(started);
}
