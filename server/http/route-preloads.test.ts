import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preloadFiles, routePreloadFor, withPreloads, type BuildManifest } from './route-preloads';
import { serveFolder, type StaticSite } from '../../test/support/static-site';

/** The shape of a Vite manifest: the entry, a page importing yjs and a shared chunk, the editor importing yjs. */
const MANIFEST: BuildManifest = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_runtime-b.js'] },
  '_runtime-b.js': { file: 'assets/runtime-b.js' },
  '_yjs-c.js': { file: 'assets/yjs-c.js', imports: ['_runtime-b.js'] },
  '_styles-d.css': { file: 'assets/styles-d.css' },
  'src/notebook/ProjectPage.svelte': { file: 'assets/ProjectPage-e.js', imports: ['_runtime-b.js', '_yjs-c.js', '_styles-d.css'] },
  'src/notebook/cells/text-editor.ts': { file: 'assets/text-editor-f.js', imports: ['_yjs-c.js'] },
  'src/i18n/en/app.json': { file: 'assets/app-en.js' },
  'src/i18n/en/auth.json': { file: 'assets/auth-en.js' },
  'src/i18n/en/notebook.json': { file: 'assets/notebook-en.js' },
  'src/i18n/en/review.json': { file: 'assets/review-en.js' },
  'src/i18n/zh-CN/app.json': { file: 'assets/app-zh.js' },
  'src/i18n/zh-CN/auth.json': { file: 'assets/auth-zh.js' },
  'src/i18n/zh-CN/notebook.json': { file: 'assets/notebook-zh.js' },
  'src/i18n/zh-CN/review.json': { file: 'assets/review-zh.js' },
};

describe('route preloads', () => {
  it('lists the modules and what they import, first come first, without what the entry brings or CSS', () => {
    expect(preloadFiles(MANIFEST, ['src/notebook/cells/text-editor.ts', 'src/notebook/ProjectPage.svelte'])).toEqual([
      'assets/text-editor-f.js',
      'assets/yjs-c.js',
      'assets/ProjectPage-e.js',
    ]);
    expect(preloadFiles(MANIFEST, ['src/not/built.ts'])).toEqual([]);
  });

  it('the notebook path lands on the table entry; other pages do not', () => {
    expect(routePreloadFor('/projects/cE5lJXnlUMjDZMTg')?.modules[0]).toBe('src/notebook/cells/text-editor.ts');
    expect(routePreloadFor('/projects/abc/')).toBeDefined();
    for (const p of ['/projects', '/projects/', '/labs/pendulum', '/', '/projects/a/b']) expect(routePreloadFor(p), p).toBeUndefined();
  });

  it('puts the links at the end of the head', () => {
    const html = withPreloads('<html><head><title>x</title></head><body></body></html>', ['assets/a b.js']);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/a%20b.js">\n  </head>');
    expect(withPreloads('<head></head>', [])).toBe('<head></head>');
  });
});

describe('index.html served for a notebook path', () => {
  let dir: string;
  let site: StaticSite;
  let base: string;
  const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-a.js"></script></head><body></body></html>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-preloads-'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(MANIFEST));
    site = await serveFolder(dir);
    base = site.base;
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries the page’s words in the language the app will pick, then the editor and the page, as modulepreload links', async () => {
    const modules = async (acceptLanguage: string) => {
      const r = await fetch(`${base}/projects/p1`, { headers: { 'accept-language': acceptLanguage } });
      expect(r.headers.get('vary')).toBe('accept-encoding, accept-language');
      return [...(await r.text()).matchAll(/rel="modulepreload" crossorigin href="\/([^"]+)"/g)].map((m) => m[1]);
    };
    const code = ['assets/text-editor-f.js', 'assets/yjs-c.js', 'assets/ProjectPage-e.js'];
    expect(await modules('zh-CN,zh;q=0.9,en;q=0.8')).toEqual(['assets/app-zh.js', 'assets/auth-zh.js', 'assets/notebook-zh.js', 'assets/review-zh.js', ...code]);
    expect(await modules('en-US,en;q=0.9')).toEqual(['assets/app-en.js', 'assets/auth-en.js', 'assets/notebook-en.js', 'assets/review-en.js', ...code]);
    expect(await modules('fr')).toEqual(['assets/app-en.js', 'assets/auth-en.js', 'assets/notebook-en.js', 'assets/review-en.js', ...code]);
  });

  it('carries the editor and the page as modulepreload links, gzip or not', async () => {
    for (const encoding of ['gzip', 'br', 'identity']) {
      const r = await fetch(`${base}/projects/p1`, { headers: { 'accept-encoding': encoding, 'accept-language': 'xx' } });
      const html = await r.text();
      expect(r.headers.get('cache-control')).toBe('no-cache');
      // first the API answers the page waits for, from its path
      expect([...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1])).toEqual(['/api/auth/me', '/api/projects/p1']);
      expect(html.indexOf('as="fetch"')).toBeLessThan(html.indexOf('modulepreload'));
      expect([...html.matchAll(/rel="modulepreload" crossorigin href="\/([^"]+)"/g)].map((m) => m[1])).toEqual([
        'assets/app-en.js',
        'assets/auth-en.js',
        'assets/notebook-en.js',
        'assets/review-en.js',
        'assets/text-editor-f.js',
        'assets/yjs-c.js',
        'assets/ProjectPage-e.js',
      ]);
    }
  });

  it('asks for the summary of the project in the path only when the id has the shape of one', async () => {
    const html = await (await fetch(`${base}/projects/${encodeURIComponent('a"><script>')}`)).text();
    expect([...html.matchAll(/as="fetch" crossorigin href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/api/auth/me']);
    expect(html).not.toContain('<script>');
    const other = await (await fetch(`${base}/projects/p2`)).text();
    expect(other).toContain('href="/api/projects/p2"');
    expect(other).not.toContain('/api/projects/p1');
  });

  it('other paths get index.html as built', async () => {
    for (const p of ['/', '/labs/pendulum', '/projects']) expect(await (await fetch(base + p)).text(), p).toBe(INDEX);
  });

  it('without a manifest the page is still served, without code links (the API ones need none)', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'sprout-preloads-bare-'));
    writeFileSync(join(bare, 'index.html'), INDEX);
    const bareSite = await serveFolder(bare);
    try {
      const r = await fetch(`${bareSite.base}/projects/p1`);
      expect(r.status).toBe(200);
      const html = await r.text();
      expect(html).not.toContain('modulepreload');
      expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/projects/p1">');
      expect(html.replace(/\s*<link rel="preload" as="fetch"[^>]*>\s*/g, '')).toBe(INDEX);
    } finally {
      await bareSite.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
