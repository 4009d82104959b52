/**
 * The first load stays small: at most 150 KB gzip of JavaScript, and no heavy library in it. Every chunk is
 * built with a Brotli copy beside it (scripts/precompress.ts), which the server sends instead of gzip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoad, routeLoad } from '../bench/bundle';

const dist = resolve(import.meta.dirname, '../../dist');

describe('first-load bundle', () => {
  const r = firstLoad();
  it('is at most 150 KB of gzip JavaScript', () => {
    expect(r.totalJs.gzip).toBeGreaterThan(1000);
    expect(r.totalJs.gzip).toBeLessThanOrEqual(150 * 1024);
  });
  it('carries no three, Blockly, ProseMirror/TipTap, KaTeX or matter-js code', () => {
    const text = r.js.map((c) => readFileSync(join(dist, c.file), 'utf8')).join('\n');
    // Identifiers that only these libraries define.
    for (const marker of ['WebGLRenderer', 'Blockly.', 'ProseMirror', 'katex-display', 'Matter.Engine']) {
      expect(text.includes(marker), marker).toBe(false);
    }
  });
  it('has a Brotli copy of every chunk, the same code and smaller than gzip (~15 % for the notebook)', () => {
    const chunks = [...r.js, ...r.lazy, ...routeLoad('src/notebook/ProjectPage.svelte').chunks];
    let br = 0;
    let gzip = 0;
    for (const c of chunks) {
      if (c.raw <= 512) continue; // too small to be worth it (the server sends it as it is)
      const copy = join(dist, `${c.file}.br`);
      expect(existsSync(copy), copy).toBe(true);
      const packed = readFileSync(copy);
      expect(brotliDecompressSync(packed).equals(readFileSync(join(dist, c.file))), c.file).toBe(true);
      br += packed.length;
      gzip += c.gzip;
    }
    expect(br / gzip).toBeLessThan(0.92);
  });
});
