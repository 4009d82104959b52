/*
 * Sprout Lab service worker: keeps the app shell available offline.
 * - navigations: network first, falling back to the cached index.html (the SPA routes itself);
 * - /assets/* (hashed, immutable): cache first;
 * - /api/* and /sync/* are never cached (documents live in IndexedDB via y-indexeddb).
 * A new worker waits until the page asks it to take over ("reload to update"), so a new version is
 * announced, never forced in the middle of an edit.
 */
const VERSION = 'sprout-shell-v1';

async function precacheShell() {
  const cache = await caches.open(VERSION);
  const res = await fetch('/', { cache: 'no-cache' });
  if (!res.ok) return;
  const html = await res.clone().text();
  await cache.put('/index.html', res);
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+|\/favicon\.svg)"/g)].map((m) => m[1]);
  await Promise.all(urls.map((u) => cache.add(u).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== VERSION) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'cache-urls' && Array.isArray(data.urls)) {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(VERSION);
        await Promise.all(
          data.urls.map(async (u) => {
            if (await cache.match(u)) return;
            await cache.add(u).catch(() => undefined);
          }),
        );
        if (event.source) event.source.postMessage({ type: 'cached', count: data.urls.length });
      })(),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const res = await fetch(req);
          if (res.ok) {
            const cache = await caches.open(VERSION);
            await cache.put('/index.html', res.clone());
          }
          return res;
        } catch {
          const cached = await caches.match('/index.html');
          return cached || new Response('offline', { status: 503, headers: { 'content-type': 'text/plain' } });
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(req);
      if (cached) return cached;
      const res = await fetch(req);
      if (res.ok && (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg')) {
        const cache = await caches.open(VERSION);
        await cache.put(req, res.clone());
      }
      return res;
    })(),
  );
});
