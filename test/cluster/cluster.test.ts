/**
 * Several processes (issue #21): nginx and three server processes (the built bundle, `node
 * dist-server/main.js`, as production runs it) on one PostgreSQL database and one Redis.
 *
 * - Clients on different processes co-edit one project and converge; presence crosses processes too.
 * - A process is killed with -9 mid-edit: every update another client had received is in PostgreSQL at
 *   that moment (relayed only after it was stored), and the writer's client reconnects through nginx to
 *   another process and delivers the rest.
 * - Two processes append review entries to one project concurrently; `verify-reviews` passes.
 * - A notice written on one process (an assignment set, a notice read) reaches the user's live inbox stream
 *   on another within 1 s, not at the stream's next heartbeat (25 s).
 *
 * Needs PostgreSQL, Redis and Debian's nginx (test/run-all.ts skips this project without them, and fails
 * it with CI=true). Its own PostgreSQL schema and Redis key prefix, removed afterwards.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTextCell } from '../../projects/cells/text';
import { buildServer } from '../../scripts/build-server';
import { createDemoSchool, type DemoSchool } from '../../server/demo-school';
import { storeLiveDocs } from '../../server/review/live-doc';
import { defaultReviewKeyFile } from '../../server/review/review-key';
import { startAppServer, type RunningServer } from '../support/app-server';
import { lastUnread, openEventStream } from '../support/event-stream';
import { startNginx, type RunningNginx } from '../support/nginx';
import { openTestStore, TEST_REDIS_URL, type TestStore } from '../support/test-store';
import { cookieSocket, waitFor } from '../integration/sprout-fixture';

const PASSWORD = 'cluster-pass-42';
const root = resolve(import.meta.dirname, '../..');
let dataDir: string;
let ts: TestStore;
let demo: DemoSchool;
let servers: RunningServer[] = [];
let nginx: RunningNginx;
let prefix: string;
let env: Record<string, string>;
let cellId: string;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  await buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'sprout-cluster-'));
  ts = await openTestStore(dataDir, { kind: 'postgres' });
  demo = await createDemoSchool(ts.store, { password: PASSWORD, scrypt: { N: 1024, r: 8, p: 1 }, templates: false });
  await storeLiveDocs(ts.store).edit(demo.projectIds[0], (doc) => {
    cellId = addTextCell(doc, [{ paragraph: 'We timed ten swings for each length.' }]);
  });
  prefix = `sprout-test-${randomBytes(4).toString('hex')}:`;
  env = { ...ts.env, REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, TRUST_PROXY: '1', REVIEW_KEY_FILE: defaultReviewKeyFile(dataDir) };
  servers = await Promise.all([0, 1, 2].map(() => startAppServer({ dataDir, env, entry: 'bundle' })));
  nginx = await startNginx(servers.map((s) => `127.0.0.1:${s.port}`));
}, 180_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  await nginx?.stop();
  for (const s of servers) await s.stop().catch(() => {});
  await ts?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(defaultReviewKeyFile(dataDir), { force: true });
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

async function login(base: string, username: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  expect(r.status).toBe(200);
  return r.headers.get('set-cookie')!.split(';')[0];
}

/** A y-websocket client of `base` (a process, or nginx). */
function connect(base: string, projectId: string, cookie: string) {
  const doc = new Y.Doc({ gc: false });
  const provider = new WebsocketProvider(`${base.replace('http', 'ws')}/sync`, projectId, doc, {
    WebSocketPolyfill: cookieSocket(cookie, base) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  providers.push(provider);
  return { doc, provider };
}

/** Which process holds the project's document now (the one nginx hashes it to): by the staff health figures. */
async function holderOf(teacher: string): Promise<number> {
  const docs = await Promise.all(servers.map(async (s) => (await (await fetch(`${s.url}/api/health`, { headers: { cookie: teacher } })).json()).documents as number));
  return docs.findIndex((n) => n > 0);
}

describe('three processes behind nginx', () => {
  it('clients on different processes co-edit one project and converge, and see each other’s presence', async () => {
    const p = demo.projectIds[0];
    const [c1, c2, c3] = await Promise.all(['student1', 'student2', 'student3'].map((u) => login(nginx.url, u)));
    const clients = [connect(servers[0].url, p, c1), connect(servers[1].url, p, c2), connect(nginx.url, p, c3)];
    await waitFor(() => clients.every((c) => c.provider.synced), 'all three synced', 20_000);
    for (let i = 0; i < 20; i++) clients.forEach((c, k) => c.doc.getArray<string>('log').push([`${k}:${i}`]));
    await waitFor(() => clients.every((c) => c.doc.getArray('log').length === 60), 'every client has all 60 items', 20_000);
    const first = JSON.stringify(clients[0].doc.getArray('log').toJSON());
    for (const c of clients) expect(JSON.stringify(c.doc.getArray('log').toJSON())).toBe(first);
    // presence from a client of process 0 reaches the client of process 1
    clients[0].provider.awareness.setLocalStateField('cursor', { cell: 'c1', at: 7 });
    const id0 = clients[0].doc.clientID;
    await waitFor(() => (clients[1].provider.awareness.getStates().get(id0) as { cursor?: { at: number } } | undefined)?.cursor?.at === 7, 'presence across processes', 10_000);
    for (const c of clients) c.provider.destroy();
  }, 120_000);

  it('a notice written on one process reaches the user’s live inbox stream on another at once, not at the next heartbeat', async () => {
    const [student, teacher] = await Promise.all([login(servers[0].url, 'student1'), login(servers[1].url, 'teacher')]);
    const post = (path: string, cookie: string, body: unknown) =>
      fetch(`${servers[1].url}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: servers[1].url }, body: JSON.stringify(body) });
    const stream = await openEventStream(servers[0].url, student);
    expect(stream.status).toBe(200);
    try {
      await waitFor(() => lastUnread(stream) !== undefined, 'the stream opened', 10_000);
      // Each process also recounts every stream at its heartbeat (every 25 s): an attempt during which a
      // heartbeat comment arrived proves nothing about the bus and is made again.
      for (let attempt = 1; ; attempt++) {
        const before = lastUnread(stream)!;
        const beats = stream.comments;
        const t0 = performance.now();
        const set = await post(`/api/classes/${demo.classId}/assignments`, teacher, { title: `Pendulum ${attempt}`, instructions: '', experimentId: 'pendulum', dueAt: Date.now() + 72 * 3600_000 });
        expect(set.status).toBe(201);
        await waitFor(() => lastUnread(stream) === before + 1, 'the new count pushed from the other process', 5_000);
        const tookMs = stream.events.at(-1)!.atMs - t0;
        if (stream.comments !== beats && attempt < 3) continue;
        expect(tookMs).toBeLessThan(1000);
        break;
      }
      // read on process 1 (another tab): the stream on process 0 goes down to 0 as quickly
      const beats = stream.comments;
      const t1 = performance.now();
      const read = await post('/api/inbox/read', student, {});
      expect(read.status).toBe(200);
      await waitFor(() => lastUnread(stream) === 0, 'the count after reading on the other process', 5_000);
      if (stream.comments === beats) expect(stream.events.at(-1)!.atMs - t1).toBeLessThan(1000);
    } finally {
      stream.close();
    }
  }, 60_000);

  it('kill -9 of the process holding a document loses nothing another client received; the writer reconnects through nginx', async () => {
    const p = demo.projectIds[1];
    const teacher = await login(nginx.url, 'teacher');
    const [cw, co] = await Promise.all(['student1', 'student2'].map((u) => login(nginx.url, u)));
    const writer = connect(nginx.url, p, cw);
    await waitFor(() => writer.provider.synced, 'writer synced', 20_000);
    const x = await holderOf(teacher);
    expect(x).toBeGreaterThanOrEqual(0);
    const y = (x + 1) % 3;
    const observer = connect(servers[y].url, p, co);
    await waitFor(() => observer.provider.synced, 'observer synced', 20_000);
    const items = writer.doc.getArray<number>('items');
    let n = 0;
    const timer = setInterval(() => items.push([n++]), 15);
    try {
      await waitFor(() => observer.doc.getArray('items').length >= 40, 'the observer receives edits', 20_000);
      await servers[x].stop('SIGKILL');
      // everything the observer has was relayed, so it was stored first
      const seen = observer.doc.getArray<number>('items').toArray();
      const stored = new Y.Doc({ gc: false });
      const d = await ts.store.docs.loadDoc(p);
      if (d.snapshot) Y.applyUpdate(stored, d.snapshot);
      for (const u of d.updates) Y.applyUpdate(stored, u);
      const storedItems = new Set(stored.getArray<number>('items').toArray());
      expect(seen.length).toBeGreaterThanOrEqual(40);
      expect(seen.filter((v) => !storedItems.has(v))).toEqual([]);
      // the writer goes on editing through the outage; its client reconnects through nginx to a live process
      await waitFor(() => !writer.provider.wsconnected, 'the writer notices', 10_000);
      await waitFor(() => writer.provider.wsconnected && writer.provider.synced, 'the writer reconnects through nginx', 30_000);
    } finally {
      clearInterval(timer);
    }
    const total = n;
    await waitFor(() => observer.doc.getArray('items').length === total, `the observer gets all ${total} items`, 30_000);
    expect(observer.doc.getArray<number>('items').toArray()).toEqual(items.toArray());
    expect(new Set(items.toArray()).size).toBe(total);
    // and the store has every one of them
    const after = await ts.store.docs.loadDoc(p);
    const check = new Y.Doc({ gc: false });
    if (after.snapshot) Y.applyUpdate(check, after.snapshot);
    for (const u of after.updates) Y.applyUpdate(check, u);
    expect(check.getArray('items').length).toBe(total);
    writer.provider.destroy();
    observer.provider.destroy();
    // back to three processes for the next test
    servers[x] = await startAppServer({ dataDir, env, entry: 'bundle' });
  }, 180_000);

  it('two processes append review entries to one project at once: one chain, and verify-reviews passes', async () => {
    const p = demo.projectIds[0];
    const live = servers.filter((s) => s.process.exitCode === null && s.process.signalCode === null);
    const student = await login(live[0].url, 'student1');
    const sub = await fetch(`${live[0].url}/api/projects/${p}/submissions`, {
      method: 'POST',
      headers: { cookie: student, 'content-type': 'application/json', origin: live[0].url },
      body: JSON.stringify({ note: 'first version' }),
    });
    expect(sub.status).toBe(201);
    const submissionId = ((await sub.json()) as { submission: { id: string } }).submission.id;
    const mentor = await login(live[1].url, 'mentor');
    const comment = (s: RunningServer, i: number) =>
      fetch(`${s.url}/api/submissions/${submissionId}/comments`, {
        method: 'POST',
        headers: { cookie: mentor, 'content-type': 'application/json', origin: s.url },
        body: JSON.stringify({ cellId, body: `comment ${i} via ${s.port}` }),
      });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => comment(live[1 + (i % 2)], i)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const log = await ts.store.reviews.log(p);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (let i = 1; i < log.length; i++) expect(log[i].prevHash).toBe(log[i - 1].hash);
    const cli = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [join(root, 'dist-server/verify-reviews.js')], { cwd: root, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^OK\\s+${p}\\s+21 entries \\(21 signed\\)`, 'm'));
  }, 120_000);
});
