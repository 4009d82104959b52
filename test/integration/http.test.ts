/** The one-port server over real HTTP: health, JSON errors, the built app with client-side routes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SproutServer } from '../../server/app';
import { openTestStore, type TestStore } from '../support/test-store';

let server: SproutServer;
let base: string;
let dir: string;
let testStore: TestStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-http-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>' + ' '.repeat(1000));
  writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log("x");'.repeat(100));
  testStore = await openTestStore(join(dir, 'data'));
  server = createServer({ store: testStore.store, distDir: dist, version: '9.9.9', log: () => {} });
  base = `http://127.0.0.1:${await server.listen(0)}`;
});
afterAll(async () => {
  await server.close();
  await testStore.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('http server', () => {
  it('answers /api/health with ok, the version and the store status', async () => {
    const r = await fetch(`${base}/api/health`);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body).toMatchObject({ ok: true, version: '9.9.9', store: { ok: true, kind: testStore.kind } });
  });

  it('answers an unknown API route with 404 and a JSON error', async () => {
    const r = await fetch(`${base}/api/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/json');
    const body = await r.json();
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('/api/nothing-here');
  });

  it('answers a wrong method with 405', async () => {
    const r = await fetch(`${base}/api/health`, { method: 'DELETE' });
    expect(r.status).toBe(405);
    expect((await r.json()).error.code).toBe('method_not_allowed');
  });

  it('answers a malformed JSON body with 400 and keeps running', async () => {
    server.router.post('/api/echo', async ({ req, res }) => {
      const { readJson, sendJson } = await import('../../server/http/json');
      sendJson(res, 200, await readJson(req));
    });
    const bad = await fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a": ' });
    expect(bad.status).toBe(400);
    const refusal = (await bad.json()).error;
    // the code and no values: the app words it without the parser's English, which stays in message and detail
    expect({ code: refusal.code, reason: refusal.reason, params: refusal.params }).toEqual({ code: 'malformed_json', reason: 'malformed_json', params: {} });
    expect(refusal.message).toBe(`the request body is not valid JSON: ${refusal.detail}`);
    expect(refusal.detail).toMatch(/JSON/);
    const good = await fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await good.json()).toEqual({ a: 1 });
  });

  it("refuses a body against its schema with the code, the field and the values the app words it by", async () => {
    const { z } = await import('zod');
    const { readBodyAs } = await import('../../server/http/validate');
    const { sendJson } = await import('../../server/http/json');
    const schema = z.object({ kind: z.enum(['text', 'table']), n: z.number().int().max(10) });
    server.router.post('/api/echo-typed', async ({ req, res }) => sendJson(res, 200, await readBodyAs(req, schema)));
    const post = (body: unknown) => fetch(`${base}/api/echo-typed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const cases: [unknown, Record<string, unknown>][] = [
      [{ kind: 'chart', n: 1 }, { reason: 'field_not_one_of', field: 'kind', params: { field: 'kind', allowed: 'text, table' } }],
      [{ kind: 'text', n: 11 }, { reason: 'field_above', field: 'n', params: { field: 'n', max: 10 } }],
      [{ kind: 'text', n: 'x' }, { reason: 'field_wrong_type', field: 'n', params: { field: 'n', expected: 'number' } }],
      [{ kind: 'text' }, { reason: 'field_missing', field: 'n', params: { field: 'n', expected: 'number' } }],
    ];
    for (const [body, want] of cases) {
      const r = await post(body);
      expect(r.status).toBe(400);
      const { code, reason, field, params } = (await r.json()).error;
      expect({ code, reason, field, params }, JSON.stringify(body)).toEqual({ code: 'invalid_field', ...want });
    }
  });

  it('serves the app for client-side routes, gzip when accepted, and 404 for missing assets', async () => {
    const page = await fetch(`${base}/labs/pendulum`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    const asset = await fetch(`${base}/assets/app-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.status).toBe(200);
    const missing = await fetch(`${base}/assets/nope.js`);
    expect(missing.status).toBe(404);
    // raw check of the compressed bytes, since fetch decodes transparently
    const http = await import('node:http');
    const raw = await new Promise<Buffer>((resolve) => {
      http.get(`${base}/assets/app-abc.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        expect(res.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      });
    });
    expect(gunzipSync(raw).toString()).toContain('console.log');
  });

  it('refuses path traversal outside the app folder', async () => {
    const r = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });
});
