/**
 * A complete server (accounts, API, sync) on port 0 with a temporary store (SQLite, or PostgreSQL in a
 * schema of its own under the `integration-postgres` project: test/support/test-store.ts), the demo school
 * seeded with one known password, an adjustable clock, and helpers for logging in and opening
 * y-websocket providers with the session cookie. Not a test file itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { assembleServer, type AssembleOptions, type AssembledServer } from '../../server/assemble';
import { createDemoSchool, type DemoSchool } from '../../server/demo-school';
import { defaultReviewKeyFile } from '../../server/review/review-key';
import type { Store } from '../../server/store/store';
import type { Cluster } from '../../server/cluster/cluster';
import { openTestStore, sql, type TestStore, type TestStoreKind } from '../support/test-store';

export const DEMO_PASSWORD = 'test-pass-42';

export interface Fixture {
  base: string;
  wsBase: string;
  host: string;
  server: AssembledServer;
  store: Store;
  /** The store's kind and the environment a server process needs to open the same store. */
  testStore: TestStore;
  /** One statement with `?` placeholders on whichever store this is (test/support/test-store.ts). */
  sql(text: string, ...params: unknown[]): Promise<any[]>;
  demo: DemoSchool;
  dataDir: string;
  clock: { now: number };
  logs: string[];
  login(username: string, password?: string): Promise<string>;
  // `any`: JSON answers of many shapes, read field by field in the tests
  api(path: string, init?: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startFixture(
  opts: {
    sync?: AssembleOptions['sync'];
    inboxStream?: AssembleOptions['inboxStream'];
    auth?: AssembleOptions['auth'];
    dataDir?: string;
    seed?: boolean;
    /** sample projects from their templates (default: empty documents) */ templates?: boolean;
    imageQuotaBytes?: number;
    /** Which store (default: the suite's, SPROUT_TEST_STORE); two fixtures on one data directory share a PostgreSQL store. */
    storeKind?: TestStoreKind;
    /** What several processes share (server/cluster); default: this server alone. The caller closes it. */
    cluster?: Cluster;
  } = {},
): Promise<Fixture> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'sprout-int-'));
  const testStore = await openTestStore(dataDir, { kind: opts.storeKind });
  const store = testStore.store;
  const demo = opts.seed === false ? (undefined as unknown as DemoSchool) : await createDemoSchool(store, { password: DEMO_PASSWORD, scrypt: { N: 2 ** 10, r: 8, p: 1 }, templates: opts.templates ?? false });
  const clock = { now: Date.now() };
  const logs: string[] = [];
  const server = assembleServer({
    store,
    distDir: join(dataDir, 'no-dist'),
    version: 'test',
    log: (l) => logs.push(l),
    auth: { now: () => clock.now, ...opts.auth },
    sync: opts.sync,
    inboxStream: opts.inboxStream,
    cluster: opts.cluster,
    imageQuotaBytes: opts.imageQuotaBytes,
    passwordScrypt: { N: 2 ** 10, r: 8, p: 1 },
  });
  const port = await server.listen(0);
  const host = `127.0.0.1:${port}`;
  const base = `http://${host}`;
  const fx: Fixture = {
    base,
    wsBase: `ws://${host}/sync`,
    host,
    server,
    store,
    testStore,
    sql: (text, ...params) => sql(store, text, ...params),
    demo,
    dataDir,
    clock,
    logs,
    async login(username, password = DEMO_PASSWORD) {
      const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
      return r.headers.get('set-cookie')!.split(';')[0];
    },
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.cookie) headers.cookie = init.cookie;
      if (init.body !== undefined) headers['content-type'] ??= 'application/json';
      const r = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : typeof init.body === 'string' || init.body instanceof Uint8Array ? (init.body as string) : JSON.stringify(init.body),
      });
      const text = await r.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: r.status, body, headers: r.headers };
    },
    async close() {
      await server.close();
      await testStore.dispose({ keep: Boolean(opts.dataDir) }); // a caller's own data directory keeps its store
      if (!opts.dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(defaultReviewKeyFile(dataDir), { force: true }); // the review key lives beside the data directory
      }
    },
  };
  return fx;
}

/** A `ws` WebSocket class that sends the session cookie and an Origin, for the stock WebsocketProvider. */
export function cookieSocket(cookie: string | undefined, origin: string | undefined): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) } });
    }
  } as typeof WebSocket;
}

export function openProvider(fx: Fixture, projectId: string, cookie: string | undefined, origin: string | undefined = `http://${fx.host}`) {
  const doc = new Y.Doc({ gc: false });
  const provider = new WebsocketProvider(fx.wsBase, projectId, doc, {
    WebSocketPolyfill: cookieSocket(cookie, origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider };
}

/** The close code and reason of a raw websocket to /sync/<projectId>. */
export function closeOf(fx: Fixture, projectId: string, headers: Record<string, string>): Promise<{ code: number; reason: string; messages: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${fx.wsBase}/${encodeURIComponent(projectId)}`, { headers });
    let messages = 0;
    ws.on('message', () => messages++);
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), messages }));
    ws.on('error', reject);
  });
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const loginOf = (demo: DemoSchool, username: string) => demo.logins.find((l) => l.username === username)!;
