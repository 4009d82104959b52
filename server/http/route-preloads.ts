/**
 * The code a landing page waits on longest, asked for by the HTML itself. The app's entry finds out which
 * page it is on only once its own script has arrived and run (on the rural link of issue #22, 4× CPU and
 * 2 Mbit/s, ~0.75 s after navigation), and only then requests that page's chunks. For the notebook that
 * put the text editor (TipTap + ProseMirror, the largest chunk before the first keystroke) last on the
 * link. The server knows the page from the URL, so `index.html` served for such a path carries
 * `<link rel="modulepreload">` for those chunks and everything they import, and the browser fetches them
 * beside the entry's own scripts. The router's `import()` then finds them loaded.
 *
 * Only pages where this moves a bar are listed; every other path gets `index.html` as built.
 */
import type { Locale } from '../../simulations/core/locale';

/**
 * A path (the client route's shape, src/app/routes.ts), the source modules it lands on (keys of the build
 * manifest), and the API answers the page waits for before it can show anything, worked out from the path
 * (`<link rel="preload" as="fetch">`: on HTTP/1.1's six connections, asked for only when the entry has run,
 * they queued behind the code and came ~0.4-0.6 s after being asked for, issue #22).
 */
export interface RoutePreload {
  path: RegExp;
  modules: string[];
  fetches?: (pathname: string) => string[];
  /**
   * The i18n namespaces the page shows before anything else (src/app/routes.ts pageNamespaces: the shell's and
   * the page's), in the language the app will pick from the request's Accept-Language (simulations/core/locale.ts):
   * the entry asked for them only once it had run, and the page waited for them (~0.4 s at 4x, 2 Mbit/s).
   * A student who chose the other language in the app gets these few KB for nothing.
   */
  words?: string[];
}

export const ROUTE_PRELOADS: readonly RoutePreload[] = [
  // a notebook (/projects/:id): who is asking and the project's summary (its access), then the text editor,
  // the largest chunk, which the first keystroke needs
  {
    path: /^\/projects\/[^/]+\/?$/,
    modules: ['src/notebook/cells/text-editor.ts', 'src/notebook/ProjectPage.svelte'],
    words: ['app', 'auth', 'notebook', 'review'],
    fetches: (pathname) => {
      // the same requests, byte for byte, as the app's (session.svelte.ts, prefetch.ts), or the browser fetches twice
      const id = /^\/projects\/([\w-]{1,64})\/?$/.exec(pathname)?.[1];
      return id ? ['/api/auth/me', `/api/projects/${id}`] : ['/api/auth/me'];
    },
  },
];

/** The part of Vite's `dist/.vite/manifest.json` read here. */
export type BuildManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/**
 * The script files (`assets/…js`) of `modules` and of everything they import statically, in that order,
 * without those the entry already brings (index.html lists them itself). Modules the build does not know
 * are left out (a build without the page).
 */
export function preloadFiles(manifest: BuildManifest, modules: readonly string[]): string[] {
  const entryOwn = new Set<string>();
  const visitEntry = (key: string) => {
    if (entryOwn.has(key) || !manifest[key]) return;
    entryOwn.add(key);
    manifest[key].imports?.forEach(visitEntry);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visitEntry(key);
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (seen.has(key) || entryOwn.has(key) || !chunk) return;
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    chunk.imports?.forEach(visit);
  };
  modules.forEach(visit);
  return files;
}

/** The script files of the i18n namespaces `words` in `locale` (a namespace file is a module: src/i18n/namespaces.ts). */
export function wordFiles(manifest: BuildManifest, locale: Locale, words: readonly string[]): string[] {
  return words.map((ns) => manifest[`src/i18n/${locale}/${ns}.json`]?.file).filter((f): f is string => f !== undefined);
}

/**
 * `html` with, at the end of its head, a fetch preload for each API path (first: the browser asks in the
 * order it reads) and a modulepreload link for each file. `crossorigin` (anonymous) matches a same-origin
 * `fetch()` (mode cors, same-origin credentials: the cookie goes with it), so the app's own request takes
 * the preloaded answer.
 */
export function withPreloads(html: string, files: readonly string[], fetches: readonly string[] = []): string {
  if (files.length === 0 && fetches.length === 0) return html;
  const links = [
    ...fetches.map((u) => `<link rel="preload" as="fetch" crossorigin href="${encodeURI(u)}">`),
    ...files.map((f) => `<link rel="modulepreload" crossorigin href="/${encodeURI(f)}">`),
  ].join('\n    ');
  return html.replace('</head>', `  ${links}\n  </head>`);
}

/** Which entry of `table` a path lands on, if any. */
export function routePreloadFor(pathname: string, table: readonly RoutePreload[] = ROUTE_PRELOADS): RoutePreload | undefined {
  return table.find((r) => r.path.test(pathname));
}
