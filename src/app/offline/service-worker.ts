/**
 * Sprout Lab's service worker (built to /sw.js by scripts/service-worker-build.ts, which writes the
 * precache list and version into the two placeholders below).
 *
 * - install: fetches every file of this version of the app (every route, lab, bench, the coding page,
 *   both languages: precache-list.ts) into its own cache, a few at a time so the page keeps the link;
 * - activate: the first version takes over the open page at once (so it works offline after this first
 *   visit); a later version waits until no page of the old one is open, so the app's next start runs it
 *   (offline-app.svelte.ts says so); the previous version's files are kept until the next one;
 * - navigations: the cached shell (index.html; the app routes itself), the network only if it is not cached;
 * - files: cache first, then the network; hashed /assets/ fetched later are kept too;
 * - /api/* and /sync/* are never cached: notebooks live in IndexedDB and sync when the link is back.
 */
import { PRECACHE_CONCURRENCY, requestKind } from './request-kind';

const VERSION: string = '__SPROUT_PRECACHE_VERSION__';
const PRECACHE: string[] = JSON.parse('__SPROUT_PRECACHE_LIST__') as string[];
const CACHE = `sprout-app-${VERSION}`;
const SHELL = '/';

// The service-worker global scope, as far as this file uses it (the app's tsconfig has the DOM lib, not WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  location: Location;
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (await cache.match(url)) continue;
      // an update downloads only what changed: a hashed file the previous version holds is the same file
      const kept = url.startsWith('/assets/') ? await caches.match(url) : undefined;
      if (kept) {
        await cache.put(url, kept);
        continue;
      }
      // the shell is revalidated; hashed files may come from the HTTP cache
      const res = await fetch(url, { cache: url === SHELL ? 'no-cache' : 'default', credentials: 'same-origin' });
      if (!res.ok) throw new Error(`precache ${url}: HTTP ${res.status}`);
      await cache.put(url, res);
    }
  };
  await Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, worker));
}

sw.addEventListener('install', (e) => {
  e.waitUntil(precache());
});

// Which version was active before this one: its files stay until the next version activates, so a page
// still running it (another tab) finds its lazy chunks offline.
const META = 'sprout-meta';
const ACTIVE_KEY = '/__sprout/active-version';

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      const meta = await caches.open(META);
      const previous = await (await meta.match(ACTIVE_KEY))?.text();
      const keep = new Set([CACHE, META, `sprout-app-${previous}`]);
      for (const key of await caches.keys()) if (key.startsWith('sprout-') && !keep.has(key)) await caches.delete(key);
      await meta.put(ACTIVE_KEY, new Response(VERSION));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (e) => {
  const data = (e.data ?? {}) as { type?: string };
  if (data.type === 'version') e.ports[0]?.postMessage({ version: VERSION, files: PRECACHE.length });
});

/** The shell from this version's cache; files from any version's (hashed names never collide). */
async function fromCacheOrNetwork(req: Request, key: string | Request, opts: { keep: boolean; anyVersion: boolean }): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = (await cache.match(key)) ?? (opts.anyVersion ? await caches.match(key) : undefined);
  if (hit) return hit;
  const res = await fetch(req);
  if (opts.keep && res.ok) await cache.put(key, res.clone());
  return res;
}

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  const kind = requestKind(req.method, req.mode, new URL(req.url), sw.location.origin);
  if (kind === 'network') return;
  if (kind === 'navigation') e.respondWith(fromCacheOrNetwork(req, SHELL, { keep: false, anyVersion: false }));
  else e.respondWith(fromCacheOrNetwork(req, req, { keep: kind === 'hashed-asset', anyVersion: true }));
});
