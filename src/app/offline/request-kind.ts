/**
 * How the service worker answers a request (pure, unit-tested):
 * - 'network': left alone — other origins, anything but GET, the API and the sync websocket;
 * - 'navigation': a page of the app (any route): the cached shell;
 * - 'hashed-asset': /assets/* (content-hashed, immutable): cache first, kept when fetched;
 * - 'file': other files of this origin (the service worker's precache, else the network).
 */
export type RequestKind = 'network' | 'navigation' | 'hashed-asset' | 'file';

/** Files fetched at once while precaching: enough to fill a slow link, few enough to leave the page room. */
export const PRECACHE_CONCURRENCY = 4;

export function requestKind(method: string, mode: string, url: URL, origin: string): RequestKind {
  if (method !== 'GET' || url.origin !== origin) return 'network';
  const p = url.pathname;
  if (p === '/api' || p.startsWith('/api/') || p.startsWith('/sync/') || p === '/sw.js') return 'network';
  if (mode === 'navigate') return 'navigation';
  if (p.startsWith('/assets/')) return 'hashed-asset';
  return 'file';
}
