import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliCopy } from '../../scripts/precompress';
import { serveFolder, type StaticSite } from '../../test/support/static-site';
import { pickEncoding } from './static';

describe('pickEncoding', () => {
  const both = { gzip: Buffer.from('g'), br: Buffer.from('b') };
  it('prefers Brotli, then gzip, as the browser allows', () => {
    expect(pickEncoding('gzip, deflate, br, zstd', both)).toBe('br'); // Chromium's header
    expect(pickEncoding('gzip, deflate', both)).toBe('gzip');
    expect(pickEncoding('identity', both)).toBeNull();
    expect(pickEncoding(undefined, both)).toBeNull();
  });
  it('honours q=0 and does not read "br" inside another name', () => {
    expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(pickEncoding('BR; q=0.0, gzip;q=0', both)).toBeNull();
    expect(pickEncoding('br;q=0.5', both)).toBe('br');
    expect(pickEncoding('xbr, gzip', both)).toBe('gzip');
  });
  it('sends what the file has', () => {
    expect(pickEncoding('br, gzip', { gzip: both.gzip })).toBe('gzip');
    expect(pickEncoding('br', { gzip: both.gzip })).toBeNull();
  });
});

describe('static files with a Brotli copy beside them', () => {
  let dir: string;
  let site: StaticSite;
  let base: string;
  const CODE = `export const words = ${JSON.stringify('function slow link '.repeat(400))};\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><title>app</title></head><body>${'<p>Sprout Lab</p>'.repeat(60)}</body></html>`);
    writeFileSync(join(dir, 'assets/app-a.js'), CODE);
    writeFileSync(join(dir, 'assets/app-a.js.br'), await brotliCopy(Buffer.from(CODE)));
    writeFileSync(join(dir, 'assets/other-b.js'), CODE); // no copy: gzip only
    site = await serveFolder(dir);
    base = site.base;
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function raw(path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; vary: string | undefined; length: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      get(base + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, length: Number(res.headers['content-length']), body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it('sends the Brotli copy to a browser that takes it, gzip or the file to others', async () => {
    const br = await raw('/assets/app-a.js', 'gzip, deflate, br, zstd');
    expect(br.encoding).toBe('br');
    expect(br.length).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(CODE);
    const gz = await raw('/assets/app-a.js', 'gzip, deflate');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(CODE);
    expect(br.body.length).toBeLessThan(gz.body.length);
    const plain = await raw('/assets/app-a.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(CODE);
    for (const r of [br, gz, plain]) expect(r.vary).toBe('accept-encoding');
  });

  it('a file without a copy goes gzip; index.html is compressed by the server itself', async () => {
    const other = await raw('/assets/other-b.js', 'gzip, br');
    expect(other.encoding).toBe('gzip');
    expect(gunzipSync(other.body).toString()).toBe(CODE);
    const page = await raw('/labs/pendulum', 'gzip, br');
    expect(page.encoding).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>app</title>');
  });
});
