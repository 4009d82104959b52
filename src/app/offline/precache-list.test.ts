import { describe, expect, it } from 'vitest';
import { precacheList, precacheVersion, type BuildManifest } from './precache-list';
import { requestKind } from './request-kind';

// The shape of dist/.vite/manifest.json as Vite writes it (https://vite.dev/guide/backend-integration):
// every chunk with its file, the CSS it needs and the assets it imports.
const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-AAAAAAAA.js', css: ['assets/index-BBBBBBBB.css'] },
  'src/coding/CodingPage.svelte': { file: 'assets/CodingPage-CCCCCCCC.js', css: ['assets/CodingPage-DDDDDDDD.css'] },
  'src/i18n/catalog-zh-CN.ts': { file: 'assets/catalog-zh-CN-EEEEEEEE.js' },
  'node_modules/katex/dist/katex.min.css': {
    file: 'assets/katex-FFFFFFFF.css',
    assets: ['assets/KaTeX_Main-Regular-B22Nviop.woff2', 'assets/KaTeX_Main-Regular-Dr94JaBh.woff', 'assets/KaTeX_Main-Regular-ypZvNtVU.ttf', 'assets/KaTeX_Size3-Regular-CTq5MqoE.woff'],
  },
  'src/app/offline/service-worker.ts': { file: 'sw.js' },
};

describe('precacheList', () => {
  const urls = precacheList(manifest, ['blockly-media/sprites.svg', '/favicon.svg', 'assets/index-AAAAAAAA.js.map']);

  it('keeps every chunk, its CSS and assets, the shell as /, public and undescribed files', () => {
    for (const u of ['/', '/assets/index-AAAAAAAA.js', '/assets/index-BBBBBBBB.css', '/assets/CodingPage-CCCCCCCC.js', '/assets/CodingPage-DDDDDDDD.css', '/assets/catalog-zh-CN-EEEEEEEE.js', '/assets/KaTeX_Main-Regular-B22Nviop.woff2', '/blockly-media/sprites.svg', '/favicon.svg']) {
      expect(urls, u).toContain(u);
    }
  });

  it('leaves out the worker itself, source maps, and woff/ttf of faces that have a woff2', () => {
    expect(urls).not.toContain('/sw.js');
    expect(urls).not.toContain('/assets/index-AAAAAAAA.js.map');
    expect(urls).not.toContain('/assets/KaTeX_Main-Regular-Dr94JaBh.woff');
    expect(urls).not.toContain('/assets/KaTeX_Main-Regular-ypZvNtVU.ttf');
    // a face whose woff2 was inlined into the CSS keeps its woff
    expect(urls).toContain('/assets/KaTeX_Size3-Regular-CTq5MqoE.woff');
  });

  it('is sorted, without duplicates', () => {
    expect([...urls].sort()).toEqual(urls);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('names the field of a malformed manifest', () => {
    expect(() => precacheList({ 'index.html': {} as never })).toThrow(/manifest\["index.html"\]\.file/);
  });
});

describe('precacheVersion', () => {
  it('changes with any file name or with the shell, and only then', () => {
    const v = precacheVersion(['/a-1.js', '/b-2.js'], '<html>');
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect(precacheVersion(['/a-1.js', '/b-2.js'], '<html>')).toBe(v);
    expect(precacheVersion(['/a-1.js', '/b-3.js'], '<html>')).not.toBe(v);
    expect(precacheVersion(['/a-1.js', '/b-2.js'], '<html >')).not.toBe(v);
  });
});

describe('requestKind', () => {
  const origin = 'https://lab.school.example';
  const at = (path: string) => new URL(path, origin);
  it('leaves the API, sync, other origins, the worker script and writes to the network', () => {
    expect(requestKind('GET', 'cors', at('/api/auth/me'), origin)).toBe('network');
    expect(requestKind('GET', 'navigate', at('/api/projects/1/export.html'), origin)).toBe('network');
    expect(requestKind('GET', 'websocket', at('/sync/p1'), origin)).toBe('network');
    expect(requestKind('GET', 'no-cors', new URL('https://cdn.example/x.js'), origin)).toBe('network');
    expect(requestKind('POST', 'cors', at('/labs'), origin)).toBe('network');
    expect(requestKind('GET', 'same-origin', at('/sw.js'), origin)).toBe('network');
  });
  it('answers every route with the shell, and files from the cache', () => {
    expect(requestKind('GET', 'navigate', at('/labs/pendulum?x=1'), origin)).toBe('navigation');
    expect(requestKind('GET', 'navigate', at('/coding'), origin)).toBe('navigation');
    expect(requestKind('GET', 'cors', at('/assets/index-AAAAAAAA.js'), origin)).toBe('hashed-asset');
    expect(requestKind('GET', 'no-cors', at('/blockly-media/sprites.svg'), origin)).toBe('file');
  });
});
