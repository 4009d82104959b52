/**
 * The notebook page on a slow link (issue #22: usable ≤ 2 s at 4× CPU, 2 Mbit/s): before its first text cell
 * takes typing it fetches the notebook, yjs and the text editor, not what only a later action needs. The
 * whole registry (every bench family's entries, presets and part catalogues, ~110 KB) comes with the add-cell
 * menu or an export; an experiment cell loads its own family (simulation-lookup.svelte.ts); the export words,
 * the history panel (with the diff), and the templates' text come when exported, opened or offered; the
 * export code itself (tables to CSV, charts to SVG) on an export; the views of the other cell kinds (a chart
 * brings uPlot) when a cell of that kind is shown (cells/cell-views.ts).
 * Before: 474 KB of script fetched by the time it was typable (bench, 4×), ~170 KB of them these.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad, routeLoad } from '../bench/bundle';
import { preloadFiles, routePreloadFor, type BuildManifest } from '../../server/http/route-preloads';

const dist = resolve(import.meta.dirname, '../../dist');
/** Chunks only a later action needs (Vite names a chunk after its first module). */
const LATER = /\/(registry|presets|parts|entries|lab-entries|templates|language|export|export-labels|HistoryPanel|diff|katex|TableCell|ChartCell|ExperimentCell|ImageCell|ProgramCell)-[^/]*\.js$/;

describe('notebook page bundle', () => {
  const page = routeLoad('src/notebook/ProjectPage.svelte');
  const files = page.chunks.map((c) => c.file);

  it('brings no registry, no family entries, no templates, no export, no history panel and no other cell kind', () => {
    expect(files.some((f) => /ProjectPage-/.test(f))).toBe(true);
    expect(files.filter((f) => LATER.test(f))).toEqual([]);
    // uPlot (the chart cell's plot, ~20 KB gzip), known by the class of its plot area
    expect(files.filter((f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('u-over'))).toEqual([]);
    // the page and its static imports beyond the first load: 195 KB gzip with them all, 109 KB without the
    // registry and the panels, 73 KB without the export and the other cell kinds
    expect(page.gzip).toBeLessThanOrEqual(80 * 1024);
  });

  it('still builds each of them as a lazy chunk (the service worker precaches every chunk)', () => {
    const lazy = firstLoad().lazy.map((c) => c.file);
    for (const name of ['registry', 'export-labels', 'export', 'HistoryPanel', 'templates', 'language', 'TableCell', 'ChartCell', 'ExperimentCell', 'ImageCell', 'ProgramCell']) expect(lazy.some((f) => f.startsWith(`assets/${name}-`)), name).toBe(true);
    // the export words module is the one that brings the registry, when an export runs
    const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const exportWords = Object.keys(manifest).find((k) => manifest[k]!.file.startsWith('assets/export-labels-'))!;
    expect(routeLoad(exportWords).chunks.some((c) => /\/registry-/.test(c.file))).toBe(true);
  });

  it('is asked for by the HTML of a notebook path: the text editor first, then the page and what it imports', () => {
    // server/http/route-preloads.ts names source modules; a rename would silently drop the hint
    const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as BuildManifest;
    const files = preloadFiles(manifest, routePreloadFor('/projects/p1')!.modules);
    expect(files[0]).toMatch(/^assets\/text-editor-[\w-]+\.js$/);
    expect(files.some((f) => /^assets\/ProjectPage-/.test(f))).toBe(true);
    expect(files.some((f) => /^assets\/yjs-/.test(f))).toBe(true);
    // nothing a later action needs, and nothing the entry already brings
    expect(files.filter((f) => LATER.test('/' + f))).toEqual([]);
    const entry = new Set(firstLoad().js.map((c) => c.file));
    expect(files.filter((f) => entry.has(f))).toEqual([]);
  });
});
