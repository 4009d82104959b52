/**
 * Debian's Chromium through playwright-core (no browser download). A missing browser is a failure,
 * never a skip: the message says how to install it.
 *
 * Every context opened on a launched browser reports what the server's Content-Security-Policy blocked
 * (Chromium says so on the console); test/support/e2e-csp.ts fails the test during which it happened,
 * so the whole browser suite runs under the policy.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const cspViolations: string[] = [];

/** What the Content-Security-Policy blocked since the last call. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

function watchCsp(context: BrowserContext): void {
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${m.text()} (at ${m.location().url || m.page()?.url() || 'a worker'})`);
  });
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run 'apt-get update && apt-get install -y chromium fonts-noto-cjk' (or set CHROMIUM_PATH)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  // browser.newPage() opens its context through newContext() too
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: Parameters<Browser['newContext']>[0]) => {
    // The app's service worker (src/app/offline) is off unless a test asks for it (serviceWorkers: 'allow'):
    // it fetches the whole app into its cache after the first page, which on a loaded machine slows the
    // pages a test is timing, and it answers requests page.route() would otherwise see. The tests about
    // working offline (offline-app, notebook) turn it on.
    const context = await newContext({ serviceWorkers: 'block', ...options });
    watchCsp(context);
    return context;
  };
  return browser;
}
