/**
 * The document bus when Redis drops a process's subscription (issue #21: pub/sub delivers nothing to a
 * connection that is down): an update another process stored meanwhile reaches the rooms of the
 * reconnected process, because a reconnect makes every room reread its stored document. Checked with no
 * later message on the channel, so a gap in the sender's sequence cannot be what repairs it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
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
