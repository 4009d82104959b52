/**
 * Vite plugin: fetch a page's code from the first bytes of index.html. A page's chunks are normally
 * requested only once the entry script has been fetched and run (~100–150 ms on a school PC, more on
 * a slow link), then they arrive one import level after the other. For the routes listed in
 * src/app/route-preloads.ts, this puts a small inline script in <head> that, when the URL matches,
 * adds <link rel="modulepreload"> for every chunk the page needs at once (and its CSS), so they load
 * in parallel with the entry.
 */
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

export interface RoutePreload {
  pattern: string;
  /** Source modules (from the project root) whose chunks, and the chunks they import, are preloaded. */
  modules: string[];
}

/** The files (relative to the base) that `modules` need: their chunks, the chunks those import, their CSS. */
export function filesFor(bundle: OutputBundle, modules: string[], root: string): string[] {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const js: string[] = [];
  const css = new Set<string>();
  const add = (c: OutputChunk) => {
    if (js.includes(c.fileName) || c.isEntry) return; // the entry has its own <script> tag
    js.push(c.fileName);
    for (const f of (c as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(f);
    for (const imp of c.imports) {
      const dep = bundle[imp];
      if (dep?.type === 'chunk') add(dep);
    }
  };
  for (const m of modules) {
    const id = `${root.replace(/\/$/, '')}/${m}`;
    const chunk = chunks.find((c) => c.facadeModuleId === id);
    if (!chunk) throw new Error(`route-preload: no chunk of its own for ${m} (is it imported with import()?)`);
    add(chunk);
  }
  return [...js, ...css];
}

/** The inline script: preloads for the first route matching location.pathname (same rule as src/app/route-match.ts). */
export function preloadScript(routes: { pattern: string; files: string[] }[], base: string): string {
  const table = JSON.stringify(routes.map((r) => [r.pattern.split('/').filter(Boolean), r.files]));
  return `(function(){var p=location.pathname.replace(/\\/+$/,'').split('/').filter(Boolean),t=${table};for(var i=0;i<t.length;i++){var r=t[i][0];if(r.length!==p.length)continue;for(var ok=true,j=0;j<r.length;j++)if(r[j].charAt(0)!==':'&&r[j]!==p[j])ok=false;if(!ok)continue;t[i][1].forEach(function(f){var l=document.createElement('link');if(/\\.css$/.test(f)){l.rel='preload';l.as='style'}else l.rel='modulepreload';l.href=${JSON.stringify(base)}+f;document.head.appendChild(l)});return}})();`;
}

export function routePreload(routes: RoutePreload[]): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'sprout-route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const bundle = ctx.bundle;
        const script = preloadScript(routes.map((r) => ({ pattern: r.pattern, files: filesFor(bundle, r.modules, root) })), base);
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
