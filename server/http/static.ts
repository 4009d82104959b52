/**
 * Serves the built single-page app from `dist/`: hashed assets cached forever; text compressed when the
 * client accepts it: Brotli where the build left a `.br` copy beside the file (scripts/precompress.ts; ~15 %
 * smaller than gzip, which counts on a school's slow link), else gzip (compressed once, kept in memory);
 * and `index.html` for every other path so that
 * client-side routes survive a reload; for a page whose code, words and first API answers are worth asking
 * for from the HTML, the `index.html` carries preload links for them (route-preloads.ts; the words in the
 * language Accept-Language says the app will pick). Security headers (CSP, nosniff …) are set before, by
 * security-headers.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { acceptedLanguages, pickLocale, type Locale } from '../../simulations/core/locale';
import { preloadFiles, ROUTE_PRELOADS, routePreloadFor, withPreloads, wordFiles, type BuildManifest, type RoutePreload } from './route-preloads';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.cur': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt']);

interface CachedFile {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  type: string;
}

/** index.html is small and rewritten per page kind (route-preloads.ts): compressed here, at Brotli's best. */
function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** The encoding to send: Brotli, gzip or none, as the request's Accept-Encoding allows (a `;q=0` refuses one). */
export function pickEncoding(acceptEncoding: string | undefined, file: { gzip?: Buffer; br?: Buffer }): 'br' | 'gzip' | null {
  const accepted = new Set(
    String(acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim()),
  );
  if (file.br && accepted.has('br')) return 'br';
  if (file.gzip && accepted.has('gzip')) return 'gzip';
  return null;
}

export function createStaticHandler(distDir: string) {
  const cache = new Map<string, CachedFile>();
  const root = normalize(distDir + sep);

  /** Each page kind's chunks to preload (route-preloads.ts) and its words in each language, worked out once from the build's manifest. */
  const routeFiles = new Map<string, string[]>();
  /** index.html with a page's preload links, made once per page kind and language (when they do not depend on the path). */
  const indexVariants = new Map<string, CachedFile>();

  /** A page kind in a language, as the maps above key it. */
  const keyOf = (route: RoutePreload, locale: Locale) => `${ROUTE_PRELOADS.indexOf(route)} ${locale}`;

  async function filesFor(route: RoutePreload, locale: Locale): Promise<string[]> {
    const key = keyOf(route, locale);
    let files = routeFiles.get(key);
    if (!files) {
      const manifest = await load(join(root, '.vite', 'manifest.json'));
      try {
        const m = manifest ? (JSON.parse(manifest.body.toString('utf8')) as BuildManifest) : {};
        // the words first: small, and the page is shown only once they are in
        files = [...wordFiles(m, locale, route.words ?? []), ...preloadFiles(m, route.modules)];
      } catch {
        files = []; // an unreadable manifest costs the hint, never the page
      }
      routeFiles.set(key, files);
    }
    return files;
  }

  /** The `index.html` for a client-side route: as built, or with the route's preload links. */
  async function indexFor(pathname: string, acceptLanguage: string | undefined): Promise<CachedFile | undefined> {
    const index = await load(join(root, 'index.html'));
    const route = routePreloadFor(pathname);
    if (!index || !route) return index;
    const locale = pickLocale(null, acceptedLanguages(acceptLanguage));
    const files = await filesFor(route, locale);
    if (route.fetches) {
      // the API paths come from the path: made for each request (a small page, compressed quickly)
      const body = Buffer.from(withPreloads(index.body.toString('utf8'), files, route.fetches(pathname)));
      return { body, gzip: gzipSync(body, { level: 6 }), br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), type: index.type };
    }
    const key = keyOf(route, locale);
    let variant = indexVariants.get(key);
    if (!variant) {
      const body = Buffer.from(withPreloads(index.body.toString('utf8'), files));
      variant = { body, gzip: gzipSync(body, { level: 9 }), br: brotli(body), type: index.type };
      indexVariants.set(key, variant);
    }
    return variant;
  }

  async function load(path: string): Promise<CachedFile | undefined> {
    const hit = cache.get(path);
    if (hit) return hit;
    try {
      if (!(await stat(path)).isFile()) return undefined;
      const body = await readFile(path);
      const ext = extname(path);
      const file: CachedFile = { body, type: TYPES[ext] ?? 'application/octet-stream' };
      if (COMPRESSIBLE.has(ext) && body.length > 512) {
        file.gzip = gzipSync(body, { level: 9 });
        if (ext === '.html') file.br = brotli(body);
        else file.br = await readFile(`${path}.br`).catch(() => undefined);
      }
      cache.set(path, file);
      return file;
    } catch {
      return undefined;
    }
  }

  return async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      rel = '/';
    }
    const candidate = normalize(join(root, rel));
    let file = candidate.startsWith(root) ? await load(candidate) : undefined;
    let isIndex = false;
    if (!file) {
      // Missing hashed assets are real 404s; every other path is a client-side route.
      if (rel.startsWith('/assets/')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      file = await indexFor(rel, req.headers['accept-language']);
      isIndex = true;
      if (!file) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The app is not built yet: run `npm run build` (or `npm start`, which builds first).');
        return;
      }
    }
    const immutable = rel.startsWith('/assets/') && !isIndex;
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: isIndex ? 'accept-encoding, accept-language' : 'accept-encoding',
    };
    const encoding = pickEncoding(req.headers['accept-encoding'], file);
    const body = encoding ? file[encoding]! : file.body;
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
