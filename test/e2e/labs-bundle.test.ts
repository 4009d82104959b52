/**
 * The Labs page stays light for a slow link: the catalogue and its pictures (inline SVG drawn by code, no
 * image files) add at most 40 KB gzip to what the first load brought, and the worksheets, most of the
 * catalogue's text, are not in it: each standard's arrive in their own chunk when one is opened.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad, routeLoad } from '../bench/bundle';

const dist = resolve(import.meta.dirname, '../../dist');

describe('Labs page bundle', () => {
  const labs = routeLoad('src/labs/LabsPage.svelte');
  const text = labs.chunks.filter((c) => c.file.endsWith('.js')).map((c) => readFileSync(join(dist, c.file), 'utf8')).join('\n');

  // The cards come from a light index (simulations/cards.ts: id, subject, title and description keys), not the
  // registry, whose 43 bench presets brought their setups and part catalogues along: 64.8 KB with the
  // registry, 27.5 KB with the index.
  it('adds at most 40 KB gzip to the first load, and not the registry', () => {
    expect(labs.chunks.map((c) => c.file).filter((f) => /\/(registry|parts|setup-limits)-/.test(f))).toEqual([]);
    expect(labs.gzip).toBeGreaterThan(5 * 1024);
    expect(labs.gzip).toBeLessThanOrEqual(40 * 1024);
  });

  it('carries the catalogue and its pictures but no worksheet, no raster image and no zod', () => {
    expect(text).toContain('用单摆测量重力加速度的大小');
    expect(text).toContain('ball-stick');
    // A worksheet question (cn-senior-2020-physics B1.1), only in that standard's worksheet chunk.
    const question = '逐差法';
    expect(text.includes(question)).toBe(false);
    const lazy = firstLoad().lazy.filter((c) => c.src.includes('worksheets/cn-senior-2020-physics'));
    expect(lazy.length).toBe(1);
    expect(readFileSync(join(dist, lazy[0].file), 'utf8')).toContain(question);
    expect(labs.chunks.some((c) => /\.(png|jpe?g|webp|gif)$/.test(c.file))).toBe(false);
    // nor the setup validator (zod, ~26 KB gzip), which the registry's bench presets once brought along
    expect(text.includes('ZodError')).toBe(false);
  });
});

describe('a lab page without the notebook code (issue #22, item 3)', () => {
  // yjs, the sync provider and the project cells come with the send dialog (SendToNotebookButton) or with a
  // lab opened from a notebook's cell (LabPage), not with every lab page: on the pendulum page they were
  // ~36 KB gzip of 123 KB (the measurement).
  const lab = routeLoad('src/labs/LabPage.svelte');
  const files = lab.chunks.map((c) => c.file);

  it('loads no yjs, no project link and no send dialog up front', () => {
    expect(files.some((f) => /LabPage-/.test(f))).toBe(true);
    expect(files.filter((f) => /\/(yjs|y-websocket|project-link|SendToNotebook-|experiment-)[^/]*\.js$/.test(f))).toEqual([]);
  });

  // The live graph, the recorder with its send button and the hand-in sheet mount after the first paint (or for an
  // assignment), and their code is fetched then (LabFrame's loadOnce): not on the lab page's critical path.
  it('fetches the recorder, the send button, the live graph and the hand-in sheet after the first paint', () => {
    expect(files.filter((f) => /\/(SendToNotebookButton|RecorderPanel|LiveGraph|HandInSheet|Plot|CheckResults)-[^/]*\.js$/.test(f))).toEqual([]);
    const lazy = firstLoad().lazy.map((c) => c.file);
    for (const name of ['SendToNotebookButton', 'RecorderPanel', 'LiveGraph', 'HandInSheet']) expect(lazy.some((f) => f.startsWith(`assets/${name}-`)), name).toBe(true);
  });

  // A bench's view, with its setup checks, brings no zod (~25 KB gzip; setup-shape.ts checks a setup by hand),
  // and its instrument close-ups come after the first paint.
  it('a bench view brings no zod and not its close-ups', () => {
    for (const family of ['circuits', 'optics', 'mechanics', 'wet']) {
      const view = routeLoad(`simulations/${family}/view.svelte`).chunks.filter((c) => c.file.endsWith('.js'));
      expect(view.map((c) => readFileSync(join(dist, c.file), 'utf8')).some((text) => text.includes('ZodError')), family).toBe(false);
      expect(view.map((c) => c.file).filter((f) => /Panels-/.test(f)), family).toEqual([]);
    }
  });

  // A lab or bench page loads its own family's entries (simulations/families.ts), not the registry with every
  // bench's presets and part catalogues: circuit-ohms-law 235 -> 190 KB of script at 4x CPU, 2 Mbit/s.
  it('brings no registry and, of the experiments, only its own family', () => {
    expect(files.filter((f) => /\/(registry|presets|parts|entries|lab-entries)-[^/]*\.js$/.test(f))).toEqual([]);
    // each family's entries are a chunk of their own (with their presets and parts), holding that family alone
    const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, unknown>;
    const chunks = Object.keys(manifest).filter((k) => /^_(lab-)?entries-[^/]*\.js$/.test(k));
    expect(chunks.length).toBe(5);
    const sample = ['pendulum', 'circuit-ohms-law', 'optics-convex-lens', 'mechanics-density', 'wet-boiling'];
    const held = chunks.map((key) => {
      const text = routeLoad(key).chunks.filter((c) => c.file.endsWith('.js')).map((c) => readFileSync(join(dist, c.file), 'utf8')).join('\n');
      return sample.filter((id) => text.includes(`\`${id}\``));
    });
    expect(held.map((ids) => ids.length)).toEqual([1, 1, 1, 1, 1]);
    expect(held.flat().sort()).toEqual([...sample].sort());
  });

  it('the send dialog still brings yjs with it when pressed', () => {
    const send = routeLoad('src/notebook/SendToNotebook.svelte').chunks.map((c) => c.file);
    expect(send.some((f) => /\/yjs-[^/]*\.js$/.test(f))).toBe(true);
  });
});
