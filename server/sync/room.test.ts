/**
 * Room on a real (temporary) SQLite store: faults stay inside the room, presence belongs to the
 * connection that published it, held-back updates are bounded and expire.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster/cluster';
import { LocalConnections } from '../cluster/local-cluster';
import { MemoryRateLimits } from '../cluster/rate-limit-store';
import { SqliteStore } from '../store/sqlite';
import { UpdateJournal } from './journal';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits';
import { pendingBytes } from './pending';
import { PresenceRefused } from './presence';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { Room, updateMessage, type RoomPeer } from './room';

let dir: string;
let store: SqliteStore;
let failures: { what: string; err: unknown }[];
let logs: string[];

async function room(limits: Partial<SyncLimits> = {}, cluster?: Cluster): Promise<Room> {
  const id = `p${Math.random().toString(36).slice(2, 14)}`;
  const account = await store.accounts.createSchool('s');
  const cls = await store.classes.createClass({ schoolId: account.id, name: 'c', inviteCode: id.slice(0, 8).toUpperCase(), teacherId: (await store.accounts.createUser({ role: 'teacher', username: id, displayName: 't', schoolId: account.id, passwordHash: 'x' })).id, createdAt: 0 });
  const team = await store.classes.createTeam(cls.id, 't');
  await store.projects.createProject({ id, teamId: team.id, title: 't', templateId: null, status: 'draft', createdBy: 1, createdAt: 0, updatedAt: 0 }, Y.encodeStateAsUpdate(new Y.Doc()));
  return Room.load(id, store, new UpdateJournal(store.docs), {
    limits: { ...DEFAULT_SYNC_LIMITS, ...limits },
    log: (l) => logs.push(l),
    onFailure: (_r, err, what) => failures.push({ what, err }),
    cluster,
  });
}

class Peer implements RoomPeer {
  sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  constructor(
    readonly userId: number,
    private readonly throwOnSend = false,
  ) {}
  send(data: Uint8Array): void {
    if (this.throwOnSend) throw new Error('socket exploded');
    this.sent.push(data);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
}

/** A room with peers 1 … n added. */
async function roomWithPeers(n: number): Promise<{ r: Room; peers: Peer[] }> {
  const r = await room();
  const peers = Array.from({ length: n }, (_, i) => new Peer(i + 1));
  for (const p of peers) r.addPeer(p);
  return { r, peers };
}

/** The room's document as the store holds it after a flush: its snapshot and stored updates applied to a new doc. */
async function reloadedFromStore(r: Room, opts: { gc?: boolean } = {}): Promise<Y.Doc> {
  await r.flush();
  const stored = await store.docs.loadDoc(r.projectId);
  const reloaded = new Y.Doc(opts);
  if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(reloaded, u);
  return reloaded;
}

const state = (name: string) => ({ user: { name } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-room-'));
  store = new SqliteStore({ dataDir: dir });
  failures = [];
  logs = [];
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('faults', () => {
  it('an error while greeting fails the room once (its onFailure closes the sockets) and never reaches the caller', async () => {
    const r = await room();
    const bad = new Peer(1, true);
    r.addPeer(bad);
    expect(() => r.greet(bad)).not.toThrow();
    expect(() => r.sendAwarenessStates(bad)).not.toThrow();
    expect(failures.map((f) => f.what)).toEqual(['cannot greet a new connection']);
    expect(r.failed).toBe(true);
    r.destroy();
  });
});

describe('presence ownership', () => {
  it('a connection owns what it publishes; others cannot change it; the same user takes over; it goes with its connection', async () => {
    const r = await room({ maxPresenceStatesPerConnection: 2, maxPresenceStatesPerRoom: 3 });
    const li = new Peer(1);
    const wang = new Peer(2);
    const liAgain = new Peer(1);
    for (const p of [li, wang, liAgain]) r.addPeer(p);
    r.applyPresence(li, [{ clientId: 10, clock: 1, state: state('Li') }], false);
    r.applyPresence(wang, [{ clientId: 10, clock: 2, state: state('impostor') }, { clientId: 10, clock: 3, state: null }], false);
    expect(r.awareness.getStates().get(10)).toEqual(state('Li'));
    expect(() => r.applyPresence(li, [{ clientId: 11, clock: 1, state: state('x') }, { clientId: 12, clock: 1, state: state('y') }], false)).toThrow(PresenceRefused);
    r.applyPresence(liAgain, [{ clientId: 10, clock: 5, state: state('Li, new tab') }], false);
    expect(r.awareness.getStates().get(10)).toEqual(state('Li, new tab'));
    r.removePeer(li); // no longer the owner of 10: it stays
    expect(r.awareness.getStates().get(10)).toEqual(state('Li, new tab'));
    r.removePeer(liAgain);
    expect(r.awareness.getStates().has(10)).toBe(false);
    expect(r.awareness.meta.has(10)).toBe(false); // the awareness maps do not grow with departed ids
    r.destroy();
  });

  it('read-only states keep only the allowed fields; a full document shows no newcomer', async () => {
    const r = await room({ maxPresenceStatesPerRoom: 1 });
    const mentor = new Peer(3);
    const student = new Peer(4);
    r.addPeer(mentor);
    r.addPeer(student);
    r.applyPresence(mentor, [{ clientId: 20, clock: 1, state: { user: { name: 'Dr Li' }, cursor: { anchor: 2 }, banner: 'x' } }], true);
    expect(r.awareness.getStates().get(20)).toEqual({ user: { name: 'Dr Li' }, cursor: { anchor: 2 } });
    r.applyPresence(student, [{ clientId: 21, clock: 1, state: state('late') }], false);
    expect([...r.awareness.getStates().keys()]).toEqual([20]);
    // a removal by its owner releases the id
    r.applyPresence(mentor, [{ clientId: 20, clock: 2, state: null }], true);
    r.applyPresence(student, [{ clientId: 21, clock: 1, state: state('now') }], false);
    expect([...r.awareness.getStates().keys()]).toEqual([21]);
    r.destroy();
  });
});

describe('updates lacking dependencies', () => {
  function dependent(bytes: number) {
    const d = new Y.Doc();
    d.getText('t').insert(0, 'a');
    const sv = Y.encodeStateVector(d);
    d.getText('t').insert(1, 'b'.repeat(bytes));
    return Y.encodeStateAsUpdate(d, sv);
  }

  it('small ones are held back until maxPendingBytes, larger ones refused untouched; held-back data expires', async () => {
    const r = await room({ maxPendingBytes: 2000, pendingTtlMs: 50 });
    const p = new Peer(1);
    r.addPeer(p);
    const small = dependent(100);
    expect(r.receiveUpdate(p, small, Y.decodeUpdate(small))).toBe('applied');
    expect(pendingBytes(r.doc)).toBeGreaterThan(100);
    const big = dependent(3000);
    expect(r.receiveUpdate(p, big, Y.decodeUpdate(big))).toBe('refused');
    expect(pendingBytes(r.doc)).toBeLessThan(2000); // the earlier small one, not the big one
    await new Promise((res) => setTimeout(res, 60));
    const independent = new Y.Doc();
    independent.getText('u').insert(0, 'ok');
    const u = Y.encodeStateAsUpdate(independent);
    expect(r.receiveUpdate(p, u, Y.decodeUpdate(u))).toBe('applied');
    expect(pendingBytes(r.doc)).toBe(0); // expired
    expect(logs.some((l) => l.includes('did not arrive within 50 ms'))).toBe(true);
    r.destroy();
  });
});

describe('updates stored and relayed as sent', () => {
  const viaEncoder = (u: Uint8Array) => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    syncProtocol.writeUpdate(e, u);
    return encoding.toUint8Array(e);
  };

  it('updateMessage is the bytes y-protocols writes (length prefixes of 1 to 3 bytes)', () => {
    for (const n of [0, 1, 127, 128, 300, 16383, 16384, 70_000]) {
      const u = Uint8Array.from({ length: n }, (_, i) => (i * 7) & 0xff);
      expect(updateMessage(u)).toEqual(viaEncoder(u));
    }
  });

  it("a peer's update reaches the others byte for byte and is stored once; one the document has already is neither stored nor relayed; one partly known converges", async () => {
    const { r, peers: [a, b] } = await roomWithPeers(2);
    const editor = new Y.Doc();
    editor.getText('t').insert(0, 'hello');
    const first = Y.encodeStateAsUpdate(editor);
    expect(r.receiveUpdate(a, first, Y.decodeUpdate(first))).toBe('applied');
    expect(a.sent).toEqual([]); // not echoed to its sender
    expect(b.sent).toEqual([viaEncoder(first)]);
    expect(r.doc.getText('t').toString()).toBe('hello');

    expect(r.receiveUpdate(b, first, Y.decodeUpdate(first))).toBe('applied'); // sent again: nothing new
    expect(a.sent).toHaveLength(0);
    expect(b.sent).toHaveLength(1);

    // the whole state again plus a deletion and an insertion: relayed as sent, applied by a peer it converges
    editor.getText('t').delete(0, 1);
    editor.getText('t').insert(4, '!');
    const both = Y.encodeStateAsUpdate(editor);
    expect(r.receiveUpdate(b, both, Y.decodeUpdate(both))).toBe('applied');
    expect(a.sent).toEqual([viaEncoder(both)]);
    expect(r.doc.getText('t').toString()).toBe('ello!');

    const reloaded = await reloadedFromStore(r);
    expect(reloaded.getText('t').toString()).toBe('ello!');
    expect(failures).toEqual([]);
    r.destroy();
  });

  it('a deletion of text the document has is relayed; an update completing held-back data goes to every peer as Yjs encodes it', async () => {
    const { r, peers: [a, b] } = await roomWithPeers(2);
    const editor = new Y.Doc();
    editor.getText('t').insert(0, 'abc');
    const u1 = Y.encodeStateAsUpdate(editor);
    const sv1 = Y.encodeStateVector(editor);
    editor.getText('t').insert(3, 'def');
    const sv2 = Y.encodeStateVector(editor);
    const u2 = Y.encodeStateAsUpdate(editor, sv1);
    editor.getText('t').delete(0, 2);
    const u3 = Y.encodeStateAsUpdate(editor, sv2); // the deletion only
    expect(r.receiveUpdate(a, u1, Y.decodeUpdate(u1))).toBe('applied');
    expect(r.receiveUpdate(a, u3, Y.decodeUpdate(u3))).toBe('applied'); // deletes 'ab': has what it needs
    expect(r.doc.getText('t').toString()).toBe('c');
    expect(b.sent.at(-1)).toEqual(viaEncoder(u3));
    // held back: u2's successor arrives first
    editor.getText('t').insert(4, 'g');
    const u4 = Y.encodeStateAsUpdate(editor, sv2);
    const before = a.sent.length;
    expect(r.receiveUpdate(a, u4, Y.decodeUpdate(u4))).toBe('applied');
    expect(pendingBytes(r.doc)).toBeGreaterThan(0);
    expect(r.receiveUpdate(a, u2, Y.decodeUpdate(u2))).toBe('applied');
    expect(pendingBytes(r.doc)).toBe(0);
    expect(editor.getText('t').toString()).toBe('cdefg');
    expect(r.doc.getText('t').toString()).toBe('cdefg');
    expect(a.sent.length).toBeGreaterThan(before); // the completed data went to its sender too
    const peerDoc = new Y.Doc();
    for (const m of b.sent) {
      const d = decoding.createDecoder(m);
      expect([decoding.readVarUint(d), decoding.readVarUint(d)]).toEqual([0, syncProtocol.messageYjsUpdate]);
      Y.applyUpdate(peerDoc, decoding.readVarUint8Array(d));
    }
    expect(peerDoc.getText('t').toString()).toBe('cdefg');
    expect(failures).toEqual([]);
    r.destroy();
  });
});

describe('updates relayed as sent into formatted text', () => {
  // nested, as in a notebook (a Y.XmlText in a cell's map): a root type the server never asked for by
  // kind is a plain AbstractType there, without Y.Text's formatting cleanup
  const textOf = (doc: Y.Doc) => doc.getMap('cell').get('t') as Y.Text;
  const withText = (doc: Y.Doc) => {
    doc.getMap('cell').set('t', new Y.Text());
    return textOf(doc);
  };
  /** What a peer holds after applying every sync message it was sent. */
  const received = (p: Peer) => {
    const doc = new Y.Doc({ gc: false });
    for (const m of p.sent) {
      const d = decoding.createDecoder(m);
      expect([decoding.readVarUint(d), decoding.readVarUint(d)]).toEqual([0, syncProtocol.messageYjsUpdate]);
      Y.applyUpdate(doc, decoding.readVarUint8Array(d));
    }
    return doc;
  };

  // Yjs cleans up a Y.Text's formatting in a second transaction after any remote change to a formatted
  // text (yjs 13.6 cleanupYTextAfterTransaction). The as-sent relay once read that transaction's "nothing
  // changed" and dropped the edit: typing after a link was never relayed (the notebook's e2e test).
  it('typing into text with a link reaches the other peers and the store', async () => {
    const { r, peers: [a, b] } = await roomWithPeers(2);
    const editor = new Y.Doc();
    const t = withText(editor);
    t.insert(0, 'see phet');
    t.format(4, 4, { link: { href: 'https://phet.colorado.edu' } });
    const u0 = Y.encodeStateAsUpdate(editor);
    expect(r.receiveUpdate(a, u0, Y.decodeUpdate(u0))).toBe('applied');
    for (const ch of ' typed after.') {
      const sv = Y.encodeStateVector(editor);
      t.insert(t.length, ch);
      const u = Y.encodeStateAsUpdate(editor, sv);
      expect(r.receiveUpdate(a, u, Y.decodeUpdate(u))).toBe('applied');
    }
    expect(b.sent).toHaveLength(1 + ' typed after.'.length);
    expect(textOf(received(b)).toString()).toBe('see phet typed after.');
    expect(Y.equalSnapshots(Y.snapshot(received(b)), Y.snapshot(r.doc))).toBe(true);
    const reloaded = await reloadedFromStore(r);
    expect(textOf(reloaded).toString()).toBe('see phet typed after.');
    expect(failures).toEqual([]);
    r.destroy();
  });

  it("the formatting cleanup's own deletions are stored and relayed after the sender's update", async () => {
    const { r, peers: [a, b, c] } = await roomWithPeers(3);
    const base = new Y.Doc();
    withText(base).insert(0, 'abc');
    const u0 = Y.encodeStateAsUpdate(base);
    expect(r.receiveUpdate(a, u0, Y.decodeUpdate(u0))).toBe('applied');
    // at once: one teammate makes 'b' bold, the other deletes it; the bold marks around nothing are then
    // redundant, and the server's Yjs deletes them in a transaction of its own
    const ea = new Y.Doc();
    const eb = new Y.Doc();
    Y.applyUpdate(ea, u0);
    Y.applyUpdate(eb, u0);
    const sv = Y.encodeStateVector(ea);
    textOf(ea).format(1, 1, { bold: true });
    textOf(eb).delete(1, 1);
    const ua = Y.encodeStateAsUpdate(ea, sv);
    const ub = Y.encodeStateAsUpdate(eb, sv);
    expect(r.receiveUpdate(a, ua, Y.decodeUpdate(ua))).toBe('applied');
    const seen = c.sent.length;
    expect(r.receiveUpdate(b, ub, Y.decodeUpdate(ub))).toBe('applied');
    expect([...Y.snapshot(r.doc).ds.clients.keys()]).toContain(ea.clientID); // the marks, deleted by the cleanup
    expect(c.sent.length).toBe(seen + 2); // b's update as sent, then the cleanup
    expect(c.sent[seen]).toEqual(updateMessage(ub));
    expect(b.sent.length).toBe(seen + 1); // b: only the cleanup (its own update is not echoed)
    // a peer applying what it was sent holds exactly the server's document, and so does the store
    expect(Y.equalSnapshots(Y.snapshot(received(c)), Y.snapshot(r.doc))).toBe(true);
    const reloaded = await reloadedFromStore(r, { gc: false });
    expect(Y.equalSnapshots(Y.snapshot(reloaded), Y.snapshot(r.doc))).toBe(true);
    expect(textOf(reloaded).toString()).toBe('ac');
    expect(failures).toEqual([]);
    r.destroy();
  });
});

describe('compaction and the lease (several processes)', () => {
  /** A cluster where another process holds every document's lease until `free` is set. */
  function leaseElsewhere() {
    const lease = { asked: 0, free: false };
    const cluster: Cluster = {
      nodeId: 'this',
      kind: 'redis',
      join: async () => ({
        publishUpdate() {},
        publishAwareness() {},
        mayCompact: async () => (lease.asked++, lease.free),
        leave: async () => {},
      }),
      publishNotices() {},
      onNotices: () => () => {},
      rateLimits: new MemoryRateLimits(),
      connections: new LocalConnections(),
      sharedSecret: async () => Buffer.alloc(32),
      close: async () => {},
    };
    return { cluster, lease };
  }
  const turn = () => new Promise((r) => setImmediate(r));

  it('a room without the lease asks for it once per compactAfterUpdates updates, not at every update, and compacts once it gets it', async () => {
    const { cluster, lease } = leaseElsewhere();
    const r = await room({ compactAfterUpdates: 10 }, cluster);
    const peer = new Peer(1);
    r.addPeer(peer);
    const writer = new Y.Doc();
    writer.on('update', (u: Uint8Array) => Y.applyUpdate(r.doc, u, peer));
    for (let i = 0; i < 100; i++) {
      writer.getArray('a').push([i]);
      await turn(); // updates arrive over time: a scheduled compaction runs between them
      await turn();
    }
    await r.flush();
    // 100 updates past a threshold of 10: about 100 / 10 asks (each every update past it before: ~90)
    expect(lease.asked).toBeGreaterThanOrEqual(8);
    expect(lease.asked).toBeLessThanOrEqual(100 / 10 + 2);
    // the holder compacts: nothing was folded here
    expect((await store.docs.loadDoc(r.projectId)).updates).toHaveLength(100);
    lease.free = true;
    for (let i = 0; i < 11; i++) {
      writer.getArray('a').push([i]);
      await turn();
      await turn();
    }
    await r.flush();
    expect((await store.docs.loadDoc(r.projectId)).updates).toHaveLength(0);
    expect(failures).toEqual([]);
    r.destroy();
  });

  it('a compaction waiting for its lease (a slow Redis) or its store write holds back no relay; what arrived meanwhile is folded next time', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let asked = 0;
    const cluster: Cluster = {
      ...leaseElsewhere().cluster,
      join: async () => ({
        publishUpdate() {},
        publishAwareness() {},
        mayCompact: async () => (asked++, await gate, true),
        leave: async () => {},
      }),
    };
    const r = await room({ compactAfterUpdates: 5 }, cluster);
    const [writer, reader] = [new Peer(1), new Peer(2)];
    r.addPeer(writer);
    r.addPeer(reader);
    const w = new Y.Doc();
    w.on('update', (u: Uint8Array) => Y.applyUpdate(r.doc, u, writer));
    for (let i = 0; i < 8; i++) {
      w.getArray('a').push([i]);
      await turn();
    }
    expect(asked).toBe(1); // the compaction started after the 6th update and waits for its lease
    for (let i = 8; i < 20; i++) {
      w.getArray('a').push([i]);
      await turn();
    }
    // every update reached the reader, the 14 after the compaction began included
    expect(reader.sent).toHaveLength(20);
    release();
    await r.flush();
    // the first compaction folded what was stored when it began; flush's compaction the rest
    expect((await store.docs.loadDoc(r.projectId)).updates).toHaveLength(0);
    const copy = new Y.Doc();
    const stored = await store.docs.loadDoc(r.projectId);
    Y.applyUpdate(copy, stored.snapshot!);
    expect(copy.getArray('a').toArray()).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(failures).toEqual([]);
    r.destroy();
  });
});
