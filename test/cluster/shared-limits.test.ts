/**
 * Limits shared by several processes through Redis (issue #21): two servers in this process on one
 * PostgreSQL schema, each with its own RedisCluster (as two processes would have), one Redis key prefix.
 * Log-in failures counted on one process slow the client down on the other; connections per user are
 * counted over both; the device-cookie secret is one; and the Redis counters behave exactly as the
 * in-process ones under the same clock.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MemoryRateLimits } from '../../server/cluster/rate-limit-store';
import { RedisCluster } from '../../server/cluster/redis-cluster';
import { defaultReviewKeyFile } from '../../server/review/review-key';
import { dropTestStore, TEST_REDIS_URL } from '../support/test-store';
import { DEMO_PASSWORD, startFixture, type Fixture } from '../integration/sprout-fixture';

let dir: string;
let prefix: string;
let clusters: RedisCluster[];
let a: Fixture;
let b: Fixture;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-shared-'));
  prefix = `sprout-test-${randomBytes(4).toString('hex')}:`;
  clusters = await Promise.all([0, 1].map(() => RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} })));
  const common = { storeKind: 'postgres' as const, dataDir: dir, auth: { trustProxy: true }, sync: { maxConnectionsPerUser: 3 } };
  a = await startFixture({ ...common, cluster: clusters[0] });
  b = await startFixture({ ...common, cluster: clusters[1], seed: false });
  b.demo = a.demo;
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  for (const c of clusters ?? []) await c.close();
  await dropTestStore(dir, 'postgres');
  rmSync(dir, { recursive: true, force: true });
  rmSync(defaultReviewKeyFile(dir), { force: true });
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const login = (fx: Fixture, username: string, password: string, from: string) =>
  fx.api('/api/auth/login', { method: 'POST', body: { username, password }, headers: { 'x-forwarded-for': from } });

describe('shared through Redis', () => {
  it('log-in failures on one process slow the next attempt on the other', async () => {
    const from = '198.51.100.7';
    for (const fx of [a, b, a, b]) expect((await login(fx, 'student2', 'wrong', from)).status).toBe(401);
    // the fifth failure (on a) earns a wait; both processes make the client wait for it
    const fifth = await login(a, 'student2', 'wrong', from);
    expect(fifth.body.error).toMatchObject({ code: 'invalid_credentials', retryAfterS: 15 });
    for (const fx of [a, b]) {
      const r = await login(fx, 'student2', DEMO_PASSWORD, from);
      expect(r.status).toBe(429);
      expect(r.body.error).toMatchObject({ code: 'rate_limited' });
    }
    // elsewhere the owner logs in at once, on either process
    expect((await login(b, 'student2', DEMO_PASSWORD, '198.51.100.8')).status).toBe(200);
  });

  it('connections per user are counted over both processes', async () => {
    const cookie = (await login(a, 'student3', DEMO_PASSWORD, '198.51.100.9')).headers.get('set-cookie')!.split(';')[0];
    const p = a.demo.projectIds[0];
    const open = (fx: Fixture) =>
      new Promise<{ ws: WebSocket; closed: Promise<number> }>((resolve, reject) => {
        const ws = new WebSocket(`${fx.wsBase}/${p}`, { headers: { cookie, origin: `http://${fx.host}` } });
        const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
        ws.once('message', () => resolve({ ws, closed })); // accepted: the server greets with sync step 1
        ws.once('close', (code) => resolve({ ws, closed: Promise.resolve(code) }));
        ws.once('error', reject);
      });
    const first = [await open(a), await open(a), await open(b)];
    const refused = await open(b);
    expect(await refused.closed).toBe(4429);
    first[0].ws.close();
    await first[0].closed;
    await new Promise((r) => setTimeout(r, 100)); // the count is given back on close
    const again = await open(b);
    expect(again.ws.readyState).toBe(WebSocket.OPEN);
    for (const c of [...first.slice(1), again]) c.ws.close();
  });

  it('one device-cookie secret for every process', async () => {
    const [x, y] = await Promise.all(clusters.map((c) => c.sharedSecret('login-device')));
    expect(x.length).toBe(32);
    expect(x.equals(y)).toBe(true);
  });

  it('Redis counters give the same waits as the in-process ones under the same clock', async () => {
    const clock = { now: 1_000_000 };
    const now = () => clock.now;
    const policy = { free: 3, leakMs: 10_000, baseDelayMs: 1_000, maxDelayMs: 8_000 };
    const mem = new MemoryRateLimits().backoff('parity', policy, now);
    const red = clusters[0].rateLimits.backoff('parity', policy, now);
    const memWindow = new MemoryRateLimits().window('parity', { max: 3, windowMs: 5_000 }, now);
    const redWindow = clusters[1].rateLimits.window('parity', { max: 3, windowMs: 5_000 }, now);
    const trace: [number, number, number, number][] = [];
    for (let i = 0; i < 12; i++) {
      const key = `k${i % 2}`;
      const got = await Promise.all([mem.fail(key), red.fail(key)]);
      await Promise.all([memWindow.record(key), redWindow.record(key)]);
      clock.now += 700 + 300 * (i % 3);
      const waits = await Promise.all([mem.retryAfterMs(key), red.retryAfterMs(key)]);
      const windowWaits = await Promise.all([memWindow.retryAfterMs(key), redWindow.retryAfterMs(key)]);
      expect(got[1]).toBe(got[0]);
      expect(waits[1]).toBeCloseTo(waits[0], 6);
      expect(windowWaits[1]).toBe(windowWaits[0]);
      trace.push([got[0], waits[0], windowWaits[0], i]);
    }
    // the trace is not trivial: waits grew past the free failures, and the window filled up
    expect(Math.max(...trace.map((t) => t[0]))).toBeGreaterThanOrEqual(2_000);
    expect(trace.some((t) => t[2] > 0)).toBe(true);
  });
});
