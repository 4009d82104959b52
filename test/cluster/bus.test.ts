/**
 * The document bus when messages are lost (issue #21: pub/sub delivers nothing to a connection that is
 * down, and a publish can fail after the store committed):
 * - Redis drops a process's subscription: an update another process stored meanwhile reaches the rooms of
 *   the reconnected process, because a reconnect makes every room reread its stored document. Checked with
 *   no later message on the channel, so a gap in the sender's sequence cannot be what repairs it.
 * - A message goes missing while both stay connected: the next message from that sender skips a sequence
 *   number, and the receiver rereads the stored document. Checked with an independent edit in the later
 *   message (another client), so the receiver's pending-update check cannot be what repairs it.
 * - A process alone on a document publishes nothing; a newcomer's HELLO turns publishing on (answered with
 *   HERE, on which the newcomer rereads), a departure off again; the notices channel.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { BUS_HELLO, BUS_HERE, BUS_UPDATE, encodeBusMessage } from '../../server/cluster/bus-message';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCluster } from '../../server/cluster/redis-cluster';
import type { Store } from '../../server/store/store';
import { UpdateJournal } from '../../server/sync/journal';
import { DEFAULT_SYNC_LIMITS } from '../../server/sync/limits';
import { Room, type RoomPeer } from '../../server/sync/room';
import { openTestStore, TEST_REDIS_URL, type TestStore } from '../support/test-store';
import { waitFor } from '../integration/sprout-fixture';

let dir: string;
let pa: TestStore;
let pb: TestStore;
let prefix: string;
let admin: Redis;
const clusters: RedisCluster[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-bus-'));
  pa = await openTestStore(dir, { kind: 'postgres' });
  pb = await openTestStore(dir, { kind: 'postgres' });
  prefix = `sprout-test-${randomBytes(4).toString('hex')}:`;
  admin = new Redis(TEST_REDIS_URL);
});

afterAll(async () => {
  for (const c of clusters) await c.close();
  await pb?.dispose({ keep: true });
  await pa?.dispose();
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.review-key`, { force: true });
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length) await admin.del(...keys);
  admin.disconnect();
});

async function newProject(store: Store): Promise<string> {
  const id = `p${randomBytes(6).toString('hex')}`;
  const school = await store.accounts.createSchool('s');
  const teacher = await store.accounts.createUser({ role: 'teacher', username: id, displayName: 't', schoolId: school.id, passwordHash: 'x' });
  const cls = await store.classes.createClass({ schoolId: school.id, name: 'c', inviteCode: id.slice(1, 9).toUpperCase(), teacherId: teacher.id, createdAt: 0 });
  const team = await store.classes.createTeam(cls.id, 't');
  await store.projects.createProject({ id, teamId: team.id, title: 't', templateId: null, status: 'draft', createdBy: teacher.id, createdAt: 0, updatedAt: 0 }, Y.encodeStateAsUpdate(new Y.Doc()));
  return id;
}

const room = (store: Store, cluster: RedisCluster, projectId: string) =>
  Room.load(projectId, store, new UpdateJournal(store.docs), {
    limits: DEFAULT_SYNC_LIMITS,
    log: () => {},
    onFailure: (_r, err, what) => {
      throw new Error(`room ${projectId} failed: ${what}: ${(err as Error)?.message}`);
    },
    cluster,
  });

class Peer implements RoomPeer {
  constructor(readonly userId: number) {}
  send(): void {}
  close(): void {}
}

/** Pushes `item` in a doc of its own (another client) and applies that update to the room as from `peer`. */
function clientEdit(r: Room, peer: Peer, item: string): void {
  const d = new Y.Doc();
  d.on('update', (u: Uint8Array) => Y.applyUpdate(r.doc, u, peer));
  d.getArray<string>('items').push([item]);
}

describe('the document bus across a Redis disconnect', () => {
  it('an update stored by one process while the other’s subscription was down reaches the other’s room after it reconnects', async () => {
    const [ca, cb] = await Promise.all([
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
    ]);
    clusters.push(ca, cb);
    const p = await newProject(pa.store);
    const [ra, rb] = [await room(pa.store, ca, p), await room(pb.store, cb, p)];
    const peerA = new Peer(1);
    ra.addPeer(peerA);
    clientEdit(ra, peerA, 'before');
    await waitFor(() => rb.doc.getArray('items').toArray().includes('before'), 'the bus works', 10_000);
    // Redis drops process B's subscriber connection (as a network blip or a Redis restart would)
    const clients = String(await admin.client('LIST')).split('\n');
    const sub = clients.find((l) => l.includes(`name=sprout-sub-${cb.nodeId}`));
    expect(sub, 'B’s bus connection').toBeDefined();
    await admin.client('KILL', 'ID', /\bid=(\d+)/.exec(sub!)![1]);
    // A stores and publishes an edit now: nobody is subscribed for B, so B never receives this message
    clientEdit(ra, peerA, 'during the outage');
    // no later message: only B's reread after its reconnect can bring it
    await waitFor(() => rb.doc.getArray('items').toArray().includes('during the outage'), 'B’s room has the edit stored during the outage', 15_000);
    expect(rb.doc.getArray<string>('items').toArray().sort()).toEqual(['before', 'during the outage']);
    ra.destroy();
    rb.destroy();
  }, 60_000);
});

describe('the document bus across a lost message', () => {
  it('a gap in a sender’s sequence makes the receiving room reread the stored document', async () => {
    const cb = await RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} });
    clusters.push(cb);
    const p = await newProject(pa.store);
    const rb = await room(pb.store, cb, p);
    const channel = `${prefix}doc:${p}`;
    // another process (sender "lost-one") stores three edits by three clients; it publishes the first and
    // the third, the second publish is lost (as when its connection to Redis failed after the commit)
    const edits = ['first', 'lost on the bus', 'third'].map((item) => {
      const d = new Y.Doc();
      d.getArray<string>('items').push([item]);
      return Y.encodeStateAsUpdate(d);
    });
    const ids = await pa.store.docs.appendUpdates(edits.map((update) => ({ projectId: p, update })), Date.now());
    const publish = (seq: number, i: number) =>
      admin.publish(channel, encodeBusMessage({ kind: BUS_UPDATE, sender: 'lost-one', seq, id: ids[i], payload: edits[i] }));
    await publish(1, 0);
    await waitFor(() => rb.doc.getArray('items').toArray().includes('first'), 'the first message arrives', 10_000);
    // the first edit alone must not have brought the others (it is no reread)
    expect(rb.doc.getArray<string>('items').toArray()).toEqual(['first']);
    await publish(3, 2);
    await waitFor(() => rb.doc.getArray('items').toArray().includes('lost on the bus'), 'B rereads after the gap', 10_000);
    expect(rb.doc.getArray<string>('items').toArray().sort()).toEqual(['first', 'lost on the bus', 'third']);
    rb.destroy();
  }, 60_000);

  it('consecutive messages cause no reread', async () => {
    const cb = await RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} });
    clusters.push(cb);
    const p = await newProject(pa.store);
    const rb = await room(pb.store, cb, p);
    const channel = `${prefix}doc:${p}`;
    const edits = ['one', 'stored, never published', 'two'].map((item) => {
      const d = new Y.Doc();
      d.getArray<string>('items').push([item]);
      return Y.encodeStateAsUpdate(d);
    });
    const ids = await pa.store.docs.appendUpdates(edits.map((update) => ({ projectId: p, update })), Date.now());
    await admin.publish(channel, encodeBusMessage({ kind: BUS_UPDATE, sender: 'steady', seq: 1, id: ids[0], payload: edits[0] }));
    await admin.publish(channel, encodeBusMessage({ kind: BUS_UPDATE, sender: 'steady', seq: 2, id: ids[2], payload: edits[2] }));
    await waitFor(() => rb.doc.getArray('items').toArray().includes('two'), 'both messages arrive', 10_000);
    await new Promise((r) => setTimeout(r, 500)); // time for a (wrong) reread to land
    // the middle edit is in the store but no message said anything was missed: a reread here would be wasted work
    expect(rb.doc.getArray<string>('items').toArray().sort()).toEqual(['one', 'two']);
    rb.destroy();
  }, 60_000);
});

describe('the notices channel', () => {
  it('tells every other process whose inbox changed (never the sender itself), and says "all" after a reconnect', async () => {
    const [ca, cb] = await Promise.all([
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
    ]);
    clusters.push(ca, cb);
    const heardA: (number[] | 'all')[] = [];
    const heardB: (number[] | 'all')[] = [];
    ca.onNotices((ids) => heardA.push(ids));
    const stop = cb.onNotices((ids) => heardB.push(ids));
    ca.publishNotices([7, 8, 7]);
    await waitFor(() => heardB.length === 1, 'B hears of users 7 and 8', 10_000);
    expect(heardB[0]).toEqual([7, 8]);
    // a stranger's bytes on the channel are ignored
    await admin.publish(`${prefix}notices`, Buffer.from([3, 0, 1]));
    cb.publishNotices([9]);
    await waitFor(() => heardA.length === 1, 'A hears of user 9', 10_000);
    expect(heardA).toEqual([[9]]);
    expect(heardB).toEqual([[7, 8]]); // not its own message, nor the stranger's
    // B's bus connection drops: notices published meanwhile are lost, so B's listeners recount everyone
    const sub = String(await admin.client('LIST'))
      .split('\n')
      .find((l) => l.includes(`name=sprout-sub-${cb.nodeId}`));
    await admin.client('KILL', 'ID', /\bid=(\d+)/.exec(sub!)![1]);
    await waitFor(() => heardB.includes('all'), 'B recounts every stream after reconnecting', 15_000);
    ca.publishNotices([10]);
    await waitFor(() => heardB.some((x) => Array.isArray(x) && x[0] === 10), 'B is subscribed again', 10_000);
    stop();
    ca.publishNotices([11]);
    await new Promise((r) => setTimeout(r, 300));
    expect(heardB.some((x) => Array.isArray(x) && x[0] === 11)).toBe(false);
  }, 60_000);
});

describe('publishing only while another process holds the document', () => {
  it('a process alone on a document publishes nothing; a newcomer’s HELLO turns it on (and is answered), a departure off again', async () => {
    const [ca, cb] = await Promise.all([
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
      RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }),
    ]);
    clusters.push(ca, cb);
    const p = await newProject(pa.store);
    const ra = await room(pa.store, ca, p);
    const peerA = new Peer(1);
    ra.addPeer(peerA);
    await new Promise((r) => setTimeout(r, 300)); // the HELLO's reply: nobody else
    const alone = ca.publishedDocMessages;
    for (let i = 0; i < 10; i++) clientEdit(ra, peerA, `alone ${i}`);
    await new Promise((r) => setTimeout(r, 300));
    expect(ca.publishedDocMessages).toBe(alone); // 10 edits stored, none published
    // B joins: it reads the stored document, says HELLO; A answers HERE and publishes again
    const rb = await room(pb.store, cb, p);
    expect(rb.doc.getArray('items').length).toBe(10);
    await waitFor(() => ca.publishedDocMessages === alone + 1, 'A answers HERE', 10_000);
    clientEdit(ra, peerA, 'shared');
    await waitFor(() => rb.doc.getArray('items').toArray().includes('shared'), 'B receives A’s next edit', 10_000);
    expect(ca.publishedDocMessages).toBe(alone + 2);
    // B leaves: A's next publish reaches nobody else, and A stops
    rb.destroy();
    await new Promise((r) => setTimeout(r, 300));
    clientEdit(ra, peerA, 'after B left');
    await new Promise((r) => setTimeout(r, 300));
    const afterLeave = ca.publishedDocMessages;
    for (let i = 0; i < 5; i++) clientEdit(ra, peerA, `alone again ${i}`);
    await new Promise((r) => setTimeout(r, 300));
    expect(ca.publishedDocMessages).toBe(afterLeave);
    expect(afterLeave - (alone + 2)).toBeLessThanOrEqual(1);
    ra.destroy();
  }, 60_000);

  it('a HERE (a holder that stored edits without publishing) and a HELLO (a process greeting again) each make a room reread the stored document', async () => {
    const cb = await RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} });
    clusters.push(cb);
    const p = await newProject(pa.store);
    const rb = await room(pb.store, cb, p);
    const channel = `${prefix}doc:${p}`;
    for (const [kind, item] of [
      [BUS_HERE, 'stored by a holder that was alone'],
      [BUS_HELLO, 'stored by a process whose bus was down'],
    ] as const) {
      const d = new Y.Doc();
      d.getArray<string>('items').push([item]);
      await pa.store.docs.appendUpdates([{ projectId: p, update: Y.encodeStateAsUpdate(d) }], Date.now());
      await admin.publish(channel, encodeBusMessage({ kind, sender: `other-${kind}`, seq: 1, id: 0, payload: new Uint8Array() }));
      await waitFor(() => rb.doc.getArray('items').toArray().includes(item), `the reread after ${kind === BUS_HERE ? 'HERE' : 'HELLO'}`, 10_000);
    }
    rb.destroy();
  }, 60_000);
});
