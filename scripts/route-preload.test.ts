/**
 * The route-preload plugin's two parts: which files a page needs (its chunk, the chunks that one
 * imports, their CSS; not the entry), and the inline script that adds the links only on a matching URL.
 */
import { runInNewContext } from 'node:vm';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { filesFor, preloadScript } from './route-preload';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  isEntry,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/index-a.js': chunk('assets/index-a.js', '/r/src/main.ts', [], ['assets/index-a.css'], true),
  'assets/Page-b.js': chunk('assets/Page-b.js', '/r/src/notebook/ProjectPage.svelte', ['assets/yjs-c.js', 'assets/index-a.js'], ['assets/Page-b.css']),
  'assets/yjs-c.js': chunk('assets/yjs-c.js', null, ['assets/lib0-d.js']),
  'assets/lib0-d.js': chunk('assets/lib0-d.js', null, []),
  'assets/editor-e.js': chunk('assets/editor-e.js', '/r/src/notebook/cells/text-editor.ts', ['assets/yjs-c.js']),
} as unknown as OutputBundle;

/** Runs the inline script as a browser would at `pathname`; returns the links it added. */
function linksAt(script: string, pathname: string): { rel: string; as?: string; href: string }[] {
  const added: { rel: string; as?: string; href: string }[] = [];
  const document = { createElement: () => ({}) as { rel: string; href: string }, head: { appendChild: (l: { rel: string; href: string }) => added.push(l) } };
  runInNewContext(script, { location: { pathname }, document });
  return added;
}

describe('route preload', () => {
  it("lists a page's chunk, the chunks it imports (transitively, once each), then the CSS; never the entry", () => {
    expect(filesFor(bundle, ['src/notebook/ProjectPage.svelte', 'src/notebook/cells/text-editor.ts'], '/r')).toEqual([
      'assets/Page-b.js',
      'assets/yjs-c.js',
      'assets/lib0-d.js',
      'assets/editor-e.js',
      'assets/Page-b.css',
    ]);
  });

  it('fails the build for a module that is not a chunk of its own', () => {
    expect(() => filesFor(bundle, ['src/notebook/Missing.svelte'], '/r')).toThrow(/Missing\.svelte/);
  });

  it('adds modulepreload (JS) and style preload (CSS) links only when the URL matches the pattern', () => {
    const script = preloadScript([{ pattern: '/projects/:id', files: ['assets/Page-b.js', 'assets/Page-b.css'] }], '/');
    expect(linksAt(script, '/projects/abc123XYZ')).toEqual([
      { rel: 'modulepreload', href: '/assets/Page-b.js' },
      { rel: 'preload', as: 'style', href: '/assets/Page-b.css' },
    ]);
    expect(linksAt(script, '/projects/abc123XYZ/')).toHaveLength(2);
    expect(linksAt(script, '/projects')).toEqual([]);
    expect(linksAt(script, '/projects/a/b')).toEqual([]);
    expect(linksAt(script, '/labs/pendulum')).toEqual([]);
  });
});
