/**
 * The real server process (`node --import tsx server/main.ts`, one process): kill -9 in the middle of a stream of writes loses no
 * update the server had already relayed to another client; SIGTERM flushes, compacts and exits 0.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startAppServer, type RunningServer } from '../support/app-server';
import { cookieSocket, waitFor } from './sprout-fixture';

const PASSWORD = 'crash-test-pass';
const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await s.dispose().catch(() => {});
});

async function start(dataDir?: string) {
  const s = await startAppServer({ dataDir, env: { DEMO_PASSWORD: PASSWORD } });
  running.push(s);
  return s;
}

async function login(s: RunningServer, username: string): Promise<string> {
  const r = await fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  expect(r.status).toBe(200);
  return r.headers.get('set-cookie')!.split(';')[0];
}

async function firstProject(s: RunningServer, cookie: string): Promise<string> {
  const r = await fetch(`${s.url}/api/projects`, { headers: { cookie } });
  const { projects } = (await r.json()) as { projects: { id: string; title: string }[] };
  return projects.find((p) => p.title === '单摆的周期与摆长的关系')!.id;
}

function provider(s: RunningServer, projectId: string, cookie: string) {
  const doc = new Y.Doc({ gc: false });
  const p = new WebsocketProvider(`ws://127.0.0.1:${s.port}/sync`, projectId, doc, {
    WebSocketPolyfill: cookieSocket(cookie, s.url) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 100,
  });
  return { doc, p };
}

describe('crash safety of the real server process', () => {
  it('kill -9 during a stream of writes loses no update that was relayed', async () => {
    const s1 = await start();
    const c1 = await login(s1, 'student1');
    const c2 = await login(s1, 'student2');
    const projectId = await firstProject(s1, c1);
    const writer = provider(s1, projectId, c1);
    const reader = provider(s1, projectId, c2);
    await waitFor(() => writer.p.synced && reader.p.synced, 'both synced', 10_000);
    let n = 0;
    // 40 updates per second: under the per-connection message limit (60/s)
    const timer = setInterval(() => writer.doc.getArray('stream').push([n++]), 25);
    await waitFor(() => reader.doc.getArray('stream').length >= 40, 'relayed writes', 15_000);
    clearInterval(timer);
    for (let i = 0; i < 5; i++) writer.doc.getArray('stream').push([n++]); // some in flight at the kill
    await s1.stop('SIGKILL');
    const relayed = reader.doc.getArray('stream').toArray() as number[];
    writer.p.destroy();
    reader.p.destroy();
    expect(s1.process.signalCode).toBe('SIGKILL');
    expect(relayed.length).toBeGreaterThanOrEqual(40);

    const s2 = await start(s1.dataDir);
    const c3 = await login(s2, 'student3');
    const after = provider(s2, projectId, c3);
    await waitFor(() => after.p.synced, 'resync after restart', 10_000);
    const kept = new Set(after.doc.getArray('stream').toArray() as number[]);
    const lost = relayed.filter((x) => !kept.has(x));
    expect(lost).toEqual([]);
    after.p.destroy();
    await s2.stop('SIGTERM');
  });

  it('SIGTERM closes sockets with 1001, flushes and compacts, and exits 0', async () => {
    const s = await start();
    const c1 = await login(s, 'student4');
    const projectId = (await (await fetch(`${s.url}/api/projects`, { headers: { cookie: c1 } })).json()).projects[0].id as string;
    const w = provider(s, projectId, c1);
    await waitFor(() => w.p.synced, 'synced', 10_000);
    for (let i = 0; i < 20; i++) w.doc.getText('t').insert(0, 'a');
    const raw = new WebSocket(`ws://127.0.0.1:${s.port}/sync/${projectId}`, { headers: { cookie: c1, origin: s.url } });
    await new Promise((r) => raw.once('message', r));
    const closed = new Promise<number>((r) => raw.on('close', (code) => r(code)));
    await new Promise((r) => setTimeout(r, 300)); // let the updates reach the server
    const health = await (await fetch(`${s.url}/api/health`, { headers: { cookie: await login(s, 'teacher') } })).json(); // the counts are for staff
    expect(health).toMatchObject({ ok: true, documents: 1, connections: 2, store: { ok: true, kind: 'sqlite' } });
    const code = await s.stop('SIGTERM');
    w.p.destroy();
    expect(code).toBe(0);
    expect(await closed).toBe(1001);
    expect(s.output()).toContain('closed cleanly');
    const db = new Database(join(s.dataDir, 'sprout-lab.db'), { readonly: true });
    try {
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE project_id = ?').get(projectId) as { n: number };
      expect(n).toBe(0); // compacted into the snapshot on the way out
      const snap = db.prepare('SELECT data FROM doc_snapshots WHERE project_id = ?').get(projectId) as { data: Buffer };
      const d = new Y.Doc();
      Y.applyUpdate(d, new Uint8Array(snap.data));
      expect(d.getText('t').toString()).toBe('a'.repeat(20));
    } finally {
      db.close();
    }
  });
});
