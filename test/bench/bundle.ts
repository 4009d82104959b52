/**
 * First-load size of the production build: the entry chunk and everything it imports statically
 * (what a browser must download before the first screen), raw and gzip, per chunk; plus the lazy chunks.
 * Reads dist/.vite/manifest.json, so run `npm run build` first (npm run bench does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = resolve(import.meta.dirname, '../../dist');

function sizes(file: string) {
  const body = readFileSync(join(dist, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export function firstLoad() {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('dist/.vite/manifest.json missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key].css?.forEach((c) => css.add(c));
    manifest[key].imports?.forEach(visit);
  };
  visit(entryKey);
  const js = [...seen].map((k) => ({ file: manifest[k].file, ...sizes(manifest[k].file) }));
  const styles = [...css].map((f) => ({ file: f, ...sizes(f) }));
  const lazy = Object.entries(manifest)
    .filter(([k, c]) => !seen.has(k) && c.file.endsWith('.js'))
    .map(([k, c]) => ({ file: c.file, src: c.src ?? k, ...sizes(c.file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (xs: { raw: number; gzip: number }[]) => xs.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
  return { js, css: styles, lazy, totalJs: sum(js), totalCss: sum(styles) };
}

/**
 * What opening a page adds to the first load: its lazy chunk (by source path, e.g. `src/labs/LabsPage.svelte`)
 * and the chunks it imports statically that the first load did not bring, JS and CSS.
 */
export function routeLoad(src: string) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const first = new Set<string>();
  const visitFirst = (key: string) => {
    if (first.has(key)) return;
    first.add(key);
    manifest[key].imports?.forEach(visitFirst);
  };
  visitFirst(Object.keys(manifest).find((k) => manifest[k].isEntry)!);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key) || first.has(key)) return;
    seen.add(key);
    files.push(manifest[key].file, ...(manifest[key].css ?? []));
    manifest[key].imports?.forEach(visit);
  };
  if (!manifest[src]) throw new Error(`${src} is not a chunk of the build`);
  visit(src);
  const chunks = [...new Set(files)].map((file) => ({ file, ...sizes(file) }));
  return { chunks, raw: chunks.reduce((s, c) => s + c.raw, 0), gzip: chunks.reduce((s, c) => s + c.gzip, 0) };
}

const kb = (n: number) => +(n / 1024).toFixed(1);

export default async function run() {
  const r = firstLoad();
  const figures: Record<string, number | string> = {
    'first-load JS raw KB': kb(r.totalJs.raw),
    'first-load JS gzip KB': kb(r.totalJs.gzip),
    'first-load CSS raw KB': kb(r.totalCss.raw),
    'first-load CSS gzip KB': kb(r.totalCss.gzip),
  };
  for (const c of r.js) figures[`first-load chunk ${c.file} gzip KB`] = kb(c.gzip);
  const labs = routeLoad('src/labs/LabsPage.svelte');
  figures['labs page (/labs) adds, JS+CSS raw KB'] = kb(labs.raw);
  figures['labs page (/labs) adds, JS+CSS gzip KB'] = kb(labs.gzip);
  const lazyFigures: Record<string, number | string> = {};
  for (const c of r.lazy) lazyFigures[`${c.src} (${c.file}) gzip KB`] = kb(c.gzip);
  return [
    { name: 'bundle: first load', figures },
    { name: 'bundle: lazy chunks (gzip)', figures: lazyFigures },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, b.figures);
}
