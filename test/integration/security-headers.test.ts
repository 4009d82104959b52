/**
 * Response headers and what /api/health tells whom (issue #13, item 10), over real HTTP: the app's
 * pages and scripts carry a Content-Security-Policy without inline script or eval, the coding lab's
 * worker alone may eval, API answers may load nothing, nothing may be framed, and every response says
 * nosniff and same-origin referrers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
  // a small built app where the fixture looks for one (its dataDir/no-dist)
  const dist = join(fx.dataDir, 'no-dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(dist, 'assets/index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets/program.worker-Xy_z12.js'), 'new Function("")');
});
afterAll(() => fx.close());

const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('security headers', () => {
  it('pages: scripts from this origin only (no inline, no eval), no framing, connections back here', async () => {
    for (const path of ['/', '/labs/pendulum', '/login?next=/classes', '/assets/index-abc123.js']) {
      const r = await fetch(`${fx.base}${path}`);
      expect(r.status, path).toBe(200);
      const csp = directives(r.headers.get('content-security-policy'));
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", `ws://${fx.host}`, `wss://${fx.host}`]);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('same-origin');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it("the coding lab's program worker alone may eval (its policy comes with its script)", async () => {
    const r = await fetch(`${fx.base}/assets/program.worker-Xy_z12.js`);
    expect(r.status).toBe(200);
    expect(directives(r.headers.get('content-security-policy')).get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
  });

  it('JSON answers, errors included, say nosniff and may load nothing', async () => {
    for (const [path, status] of [['/api/auth/me', 401], ['/api/nothing', 404], ['/api/health', 200]] as const) {
      const r = await fetch(`${fx.base}${path}`);
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toContain('application/json');
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers.get('referrer-policy')).toBe('same-origin');
    }
    const login = await fetch(`${fx.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"x","password":"y"}' });
    expect(login.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('/api/health', () => {
  it('tells anyone whether the server is up, and only signed-in staff where the data is and what is open', async () => {
    const anon = await fx.api('/api/health');
    const student = await fx.api('/api/health', { cookie: await fx.login('student1') });
    const mentor = await fx.api('/api/health', { cookie: await fx.login('mentor') });
    for (const r of [anon, student, mentor]) {
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ ok: true, version: 'test', store: { ok: true, kind: fx.store.kind } });
      expect(JSON.stringify(r.body)).not.toContain(fx.dataDir);
    }
    const teacher = await fx.api('/api/health', { cookie: await fx.login('teacher') });
    expect(teacher.body).toEqual({ ok: true, version: 'test', store: { ok: true, kind: fx.store.kind, location: (await fx.store.status()).location }, documents: 0, connections: 0 });
  });
});
