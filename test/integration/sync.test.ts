/**
 * Sync with the stock y-websocket client: convergence, durability across a restart, compaction, the
 * read-only notice, the limits (frame size, document size, message rate, connections per user), and
 * malformed frames that close only the offending connection.
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ONLY_NOTICE } from '../../server/sync/limits';
import { openProvider, startFixture, waitFor, type Fixture } from './sprout-fixture';
import { dropTestStore } from '../support/test-store';

let fx: Fixture;
let pA: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  fx = await startFixture({ sync: { maxFrameBytes: 64 * 1024, maxDocBytes: 256 * 1024, maxMessagesPerS: 20, messageBurst: 40, maxConnectionsPerUser: 6, compactAfterUpdates: 20 } });
  pA = fx.demo.projectIds[0];
  for (const u of ['student1', 'student2', 'student3', 'teacher']) cookies[u] = await fx.login(u);
});
afterAll(() => fx.close());

const synced = (p: { provider: { synced: boolean } }) => waitFor(() => p.provider.synced, 'sync');
const text = (doc: Y.Doc) => doc.getText('bench').toString();

/** A raw socket that has received the server's first message (so the room is loaded). */
async function rawSocket(cookie: string, projectId = pA): Promise<WebSocket & { closed: Promise<{ code: number; reason: string }> }> {
  const ws = new WebSocket(`${fx.wsBase}/${projectId}`, { headers: { cookie, origin: `http://${fx.host}` } }) as WebSocket & { closed: Promise<{ code: number; reason: string }> };
  ws.closed = new Promise((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  await new Promise<void>((r, j) => {
    ws.once('message', () => r());
    ws.once('error', j);
  });
  return ws;
}

function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

describe('sync', () => {
  it('two stock WebsocketProviders converge, and the room reports in /api/health', async () => {
    const a = openProvider(fx, pA, cookies.student1);
    const b = openProvider(fx, pA, cookies.student2);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('bench').insert(0, 'hello ');
    b.doc.getText('bench').insert(0, 'world ');
    await waitFor(() => text(a.doc) === text(b.doc) && text(a.doc).length === 12, 'convergence');
    expect(a.doc.getMap('meta').get('title')).toBe('单摆的周期与摆长的关系'); // the seeded document arrived
    const health = (await fx.api('/api/health', { cookie: cookies.teacher })).body; // the counts are for staff
    expect(health).toMatchObject({ ok: true, documents: 1, connections: 2, store: { ok: true } });
    a.provider.destroy();
    b.provider.destroy();
    await waitFor(() => fx.server.sync.stats().documents === 0, 'room unload');
  });

  it('keeps every relayed update across unload and a server restart, compacting along the way', async () => {
    const a = openProvider(fx, pA, cookies.student1);
    const b = openProvider(fx, pA, cookies.student2);
    await Promise.all([synced(a), synced(b)]);
    for (let i = 0; i < 30; i++) a.doc.getArray('log').push([i]); // 30 messages: under the burst, over compactAfterUpdates (20)
    await waitFor(() => b.doc.getArray('log').length === 30, 'relay of 30 updates');
    a.provider.destroy();
    b.provider.destroy();
    await waitFor(() => fx.server.sync.stats().documents === 0, 'room unload');
    const [rows] = await fx.sql('SELECT COUNT(*) AS n FROM doc_updates WHERE project_id = ?', pA);
    expect(Number(rows.n)).toBe(0); // folded into the snapshot on unload
    const stored = await fx.store.docs.loadDoc(pA);
    const check = new Y.Doc();
    Y.applyUpdate(check, stored.snapshot!);
    expect(check.getArray('log').toArray()).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // a fresh client after the unload gets it all back from the store
    const c = openProvider(fx, pA, cookies.student3);
    await synced(c);
    expect(c.doc.getArray('log').length).toBe(30);
    c.provider.destroy();

    // a second server on its own data directory: write, stop gracefully, start again on the same files
    const dir = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'sprout-restart-'));
    const first = await startFixture({ dataDir: dir });
    const p = first.demo.projectIds[0];
    const w = openProvider(first, p, await first.login('student1'));
    await synced(w);
    for (let i = 0; i < 10; i++) w.doc.getText('bench').insert(0, `${i}`);
    const r = openProvider(first, p, await first.login('student2'));
    await waitFor(() => r.provider.synced && text(r.doc).length === 10, 'second client sees 10 inserts');
    await first.close(); // closes the sockets, flushes
    w.provider.destroy();
    r.provider.destroy();
    const second = await startFixture({ dataDir: dir, seed: false });
    try {
      const again = openProvider(second, p, await second.login('student3'));
      await synced(again);
      expect(text(again.doc)).toBe('9876543210');
      again.provider.destroy();
    } finally {
      await second.close();
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
      await dropTestStore(dir);
    }
  });

  it('drops the updates of a read-only connection and tells it so, without closing it', async () => {
    const writer = openProvider(fx, pA, cookies.student1);
    await synced(writer);
    const ws = await rawSocket(cookies.teacher);
    const notices: string[] = [];
    ws.on('message', (data: Buffer) => {
      if (data[0] === 2) notices.push(data.subarray(3).toString()); // type 2 (auth), 0 (permission denied), varint length
    });
    const foreign = new Y.Doc();
    foreign.getText('bench').insert(0, 'teacher edit');
    ws.send(updateMessage(Y.encodeStateAsUpdate(foreign)));
    await waitFor(() => notices.length === 1, 'read-only notice');
    expect(notices[0]).toBe(READ_ONLY_NOTICE);
    await new Promise((r) => setTimeout(r, 100));
    expect(text(writer.doc)).not.toContain('teacher edit');
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
    writer.provider.destroy();
  });
});

describe('limits and malformed frames', () => {
  it('closes only the offending connection on random bytes, truncated varints, huge length prefixes and text frames', async () => {
    const watcher = openProvider(fx, pA, cookies.student2);
    await synced(watcher);
    const bad: [string, Uint8Array | string][] = [
      ['random bytes', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02])],
      ['truncated varint', Uint8Array.from([0x80])],
      ['huge length prefix', Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])],
      ['garbage update', Uint8Array.from([0, 2, 5, 9, 9, 9, 9, 9])],
      ['unknown type', Uint8Array.from([9])],
      ['text frame', 'hello'],
    ];
    for (const [name, frame] of bad) {
      const ws = await rawSocket(cookies.student1);
      ws.send(frame);
      const { code, reason } = await ws.closed;
      expect({ name, code }).toEqual({ name, code: 4400 });
      expect(reason).toMatch(/^malformed: /);
    }
    expect(fx.logs.some((l) => l.includes('malformed message'))).toBe(true);
    // the other client is still connected and syncing
    const writer = openProvider(fx, pA, cookies.student1);
    await synced(writer);
    writer.doc.getText('bench').insert(0, 'still alive ');
    await waitFor(() => text(watcher.doc).includes('still alive'), 'watcher still syncing');
    expect(watcher.provider.wsconnected).toBe(true);
    writer.provider.destroy();
    watcher.provider.destroy();
  });

  it('a valid update that depends on another document is not integrated, stored or relayed; the server stays up', async () => {
    const watcher = openProvider(fx, pA, cookies.student2);
    await synced(watcher);
    const other = new Y.Doc();
    other.getText('bench').insert(0, 'AAAA');
    const sv = Y.encodeStateVector(other);
    other.getText('bench').insert(4, 'BBBB');
    const dependent = Y.encodeStateAsUpdate(other, sv); // refers to "AAAA", which this document never had
    const ws = await rawSocket(cookies.student1);
    ws.send(updateMessage(dependent));
    await new Promise((r) => setTimeout(r, 200));
    expect(text(watcher.doc)).not.toContain('BBBB');
    expect((await fx.api('/api/health')).body.ok).toBe(true);
    ws.close();
    watcher.provider.destroy();
  });

  it('frame size: a frame over the limit closes with 1009', async () => {
    const ws = await rawSocket(cookies.student1);
    ws.send(new Uint8Array(65 * 1024));
    expect((await ws.closed).code).toBe(1009);
  });

  it('document size: an update that would pass the limit closes with 4413 and is not stored', async () => {
    const ws = await rawSocket(cookies.student1);
    const before = (await fx.store.docs.loadDoc(pA)).storedBytes;
    for (let i = 0; i < 6 && ws.readyState === WebSocket.OPEN; i++) {
      const d = new Y.Doc();
      d.getText(`t${i}`).insert(0, 'y'.repeat(60 * 1024));
      ws.send(updateMessage(Y.encodeStateAsUpdate(d)));
      await new Promise((r) => setTimeout(r, 30));
    }
    const { code, reason } = await ws.closed;
    expect(code).toBe(4413);
    expect(reason).toMatch(/^document_too_large: /);
    const after = (await fx.store.docs.loadDoc(pA)).storedBytes;
    expect(after).toBeLessThanOrEqual(256 * 1024);
    expect(after).toBeGreaterThan(before); // the updates before the limit were kept
  });

  it('message rate: more than the burst at once closes with 4429', async () => {
    const ws = await rawSocket(cookies.student3);
    const awarenessQuery = Uint8Array.from([3]);
    for (let i = 0; i < 60; i++) ws.send(awarenessQuery);
    const { code, reason } = await ws.closed;
    expect(code).toBe(4429);
    expect(reason).toContain('20 per second');
  });

  it('connections per user: the 7th at once is refused with 4429', async () => {
    const open = await Promise.all(Array.from({ length: 6 }, () => rawSocket(cookies.student3, fx.demo.projectIds[1])));
    const seventh = new WebSocket(`${fx.wsBase}/${fx.demo.projectIds[1]}`, { headers: { cookie: cookies.student3, origin: `http://${fx.host}` } });
    const closed = await new Promise<{ code: number; reason: string }>((r) => seventh.on('close', (code, reason) => r({ code, reason: reason.toString() })));
    expect(closed.code).toBe(4429);
    expect(closed.reason).toMatch(/^too_many_connections: at most 6 per user/);
    for (const ws of open) ws.close();
  });

  it('session expiry closes a live connection with 4401 at its next message', async () => {
    const ws = await rawSocket(cookies.student1);
    fx.clock.now += 8 * 24 * 3600_000;
    try {
      ws.send(Uint8Array.from([3]));
      const { code } = await ws.closed;
      expect(code).toBe(4401);
    } finally {
      fx.clock.now -= 8 * 24 * 3600_000;
    }
  });
});

describe('heartbeat re-checks', () => {
  it('logout ends live connections (4401) and a student moved out of the team loses the socket (4403)', async () => {
    const hb = await startFixture({ sync: { pingIntervalMs: 500 } }); // long enough for a pong on a loaded machine
    try {
      const p = hb.demo.projectIds[0];
      const c1 = await hb.login('student1');
      const c2 = await hb.login('student2');
      const open = (cookie: string) => {
        const ws = new WebSocket(`${hb.wsBase}/${p}`, { headers: { cookie, origin: `http://${hb.host}` } });
        return new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
      };
      const closed1 = open(c1);
      const closed2 = open(c2);
      await new Promise((r) => setTimeout(r, 100));
      await hb.api('/api/auth/logout', { method: 'POST', cookie: c1 });
      const s3 = (await hb.store.accounts.userByUsername('student3'))!.id;
      await hb.store.classes.setTeamMembers(hb.demo.teamIds[0], [s3]); // student2 leaves team A
      expect((await closed1).code).toBe(4401);
      const second = await closed2;
      expect(second.code).toBe(4403);
      expect(second.reason).toContain('withdrawn');
    } finally {
      await hb.close();
    }
  });
});
