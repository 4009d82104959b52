/** The first load stays small: at most 150 KB gzip of JavaScript, and no heavy library in it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad } from '../bench/bundle';

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
});
