/**
 * Compaction with several processes on one PostgreSQL database (issue #21): two PgStore instances (each
 * its own connection pool and its own memory, as two server processes have) and two RedisCluster
 * handles on one Redis.
 *
 * - Only the holder of a document's lease compacts it; the lease passes on when its holder leaves.
 * - A compaction deletes exactly the stored updates its snapshot holds: an update another process stored
 *   meanwhile (with an id between this process's ids) survives, although "delete every id up to the
 *   largest folded" would take it.
 * - A compaction by a process that did not read the newest snapshot merges that snapshot in, so nothing
 *   another process's compaction folded is lost.
 *
 * Each fails when the rule it checks is taken out of room.ts / pg-docs.ts (tried while writing them).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCluster } from '../../server/cluster/redis-cluster';
import type { Store } from '../../server/store/store';
import { UpdateJournal } from '../../server/sync/journal';
import { DEFAULT_SYNC_LIMITS } from '../../server/sync/limits';
import { Room, type RoomPeer } from '../../server/sync/room';
import { openTestStore, sql, TEST_REDIS_URL, type TestStore } from '../support/test-store';
import { waitFor } from '../integration/sprout-fixture';

const root = resolve(import.meta.dirname, '../..');
let dir: string;
/** Two "processes": their stores share one schema. */
let pa: TestStore;
let pb: TestStore;
let prefix: string;
const clusters: RedisCluster[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-compaction-'));
  pa = await openTestStore(dir, { kind: 'postgres', reviewKeyFile: undefined });
  pb = await openTestStore(dir, { kind: 'postgres', reviewKeyFile: undefined });
  prefix = `sprout-test-${randomBytes(4).toString('hex')}:`;
});

afterAll(async () => {
  for (const c of clusters) await c.close();
  await pb?.dispose({ keep: true });
  await pa?.dispose();
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.review-key`, { force: true });
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
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

/** A Y.Doc of what is stored for the project (snapshot and updates). */
async function stored(store: Store, projectId: string): Promise<Y.Doc> {
  const d = await store.docs.loadDoc(projectId);
  const doc = new Y.Doc({ gc: false });
  if (d.snapshot) Y.applyUpdate(doc, d.snapshot);
  for (const u of d.updates) Y.applyUpdate(doc, u);
  return doc;
}

/** Pushes `item` to the doc's 'items' array and returns the update that made. */
function edit(doc: Y.Doc, item: string): Uint8Array {
  let update: Uint8Array | undefined;
  const take = (u: Uint8Array) => (update = u);
  doc.once('update', take);
  doc.getArray<string>('items').push([item]);
  return update!;
}

const items = (doc: Y.Doc) => doc.getArray<string>('items').toArray().sort();
const updateRows = async (store: Store, projectId: string) => Number((await sql(store, 'SELECT COUNT(*) AS n FROM doc_updates WHERE project_id = ?', projectId))[0].n);

describe('PgDocs.compact with two processes', () => {
  it('deletes exactly the updates its snapshot holds: another process’s update stored in between survives', async () => {
    const p = await newProject(pa.store);
    const docA = await stored(pa.store, p);
    const docB = await stored(pb.store, p);
    const [a1] = await pa.store.docs.appendUpdates([{ projectId: p, update: edit(docA, 'a1') }], Date.now());
    // process B stores its edit; process A has not heard of it yet (the bus is behind)
    const [b1] = await pb.store.docs.appendUpdates([{ projectId: p, update: edit(docB, 'b1') }], Date.now());
    const [a2] = await pa.store.docs.appendUpdates([{ projectId: p, update: edit(docA, 'a2') }], Date.now());
    expect(a1 < b1 && b1 < a2).toBe(true);
    await pa.store.docs.compact(p, Y.encodeStateAsUpdate(docA), { upToId: a2, ids: [a1, a2] });
    expect((await pa.store.docs.loadDoc(p)).updateIds).toEqual([b1]);
    expect(items(await stored(pb.store, p))).toEqual(['a1', 'a2', 'b1']);
  });

  it('merges a snapshot another process wrote since this one read it, so what that compaction folded stays', async () => {
    const p = await newProject(pa.store);
    const docA = await stored(pa.store, p); // A has read the first snapshot
    const docB = await stored(pb.store, p);
    const [b1] = await pb.store.docs.appendUpdates([{ projectId: p, update: edit(docB, 'b1') }], Date.now());
    await pb.store.docs.compact(p, Y.encodeStateAsUpdate(docB), { upToId: b1, ids: [b1] }); // b1 is now only in B's snapshot
    const [a1] = await pa.store.docs.appendUpdates([{ projectId: p, update: edit(docA, 'a1') }], Date.now());
    await pa.store.docs.compact(p, Y.encodeStateAsUpdate(docA), { upToId: a1, ids: [a1] }); // A's state lacks b1
    const after = await pa.store.docs.loadDoc(p);
    expect(after.updateIds).toEqual([]);
    expect(items(await stored(pa.store, p))).toEqual(['a1', 'b1']);
  });
});

class Peer implements RoomPeer {
  constructor(readonly userId: number) {}
  send(): void {}
  close(): void {}
}

async function room(store: Store, cluster: RedisCluster, projectId: string): Promise<Room> {
  return Room.load(projectId, store, new UpdateJournal(store.docs), {
    limits: DEFAULT_SYNC_LIMITS,
    log: () => {},
    onFailure: (_r, err, what) => {
      throw new Error(`room ${projectId} failed: ${what}: ${(err as Error)?.message}`);
    },
    cluster,
  });
}

describe('the compaction lease (Redis)', () => {
  it('only the lease holder compacts; the other process’s compaction leaves the stored updates; the lease passes on when the holder leaves', async () => {
    const [ca, cb] = await Promise.all([RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} }), RedisCluster.connect({ url: TEST_REDIS_URL, prefix, log: () => {} })]);
    clusters.push(ca, cb);
    const p = await newProject(pa.store);
    const ra = await room(pa.store, ca, p);
    const rb = await room(pb.store, cb, p);
    expect(ca.holdsLease(p)).toBe(true);
    expect(cb.holdsLease(p)).toBe(false);
    // a client of B edits: stored by B, relayed to A over the bus
    const peerB = new Peer(1);
    rb.addPeer(peerB);
    Y.applyUpdate(rb.doc, edit(new Y.Doc(), 'from a client of B'), peerB);
    await waitFor(() => items(ra.doc).includes('from a client of B'), 'the edit reaches process A', 10_000);
    expect(await updateRows(pa.store, p)).toBe(1);
    const snapshotBefore = (await pa.store.docs.loadDoc(p)).snapshot;
    // B has no lease: its compaction (as on unload) writes nothing and deletes nothing
    await rb.flush();
    expect(await updateRows(pa.store, p)).toBe(1);
    expect((await pa.store.docs.loadDoc(p)).snapshot).toEqual(snapshotBefore);
    // A holds the lease: it folds B's update, which it holds under B's stored id
    await ra.flush();
    expect(await updateRows(pa.store, p)).toBe(0);
    expect(items(docOf((await pa.store.docs.loadDoc(p)).snapshot))).toEqual(['from a client of B']);
    // A leaves (its room unloads): the lease is given back, and B takes it at its next compaction
    ra.destroy();
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const until = Date.now() + 10_000;
      while ((await redis.get(`${prefix}lease:${p}`)) !== null) {
        if (Date.now() > until) throw new Error('process A did not give the lease back within 10 s');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      redis.disconnect();
    }
    Y.applyUpdate(rb.doc, edit(new Y.Doc(), 'second'), peerB);
    await rb.flush();
    expect(cb.holdsLease(p)).toBe(true);
    expect(await updateRows(pa.store, p)).toBe(0);
    expect(items(docOf((await pa.store.docs.loadDoc(p)).snapshot))).toEqual(['from a client of B', 'second']);
    rb.destroy();
  });
});


describe('the lease of a process that dies', () => {
  it('is kept while its holder lives (renewed), and runs out within the lease time after a kill -9, so another process compacts', async () => {
    const p = await newProject(pa.store);
    const leaseMs = 1500;
    // the holder: a real process, killed with -9 (it cannot give the lease back)
    const script = `const { RedisCluster } = await import(${JSON.stringify(join(root, 'server/cluster/redis-cluster.ts'))});
      const c = await RedisCluster.connect({ url: ${JSON.stringify(TEST_REDIS_URL)}, prefix: ${JSON.stringify(prefix)}, leaseMs: ${leaseMs}, log: () => {} });
      await c.join(${JSON.stringify(p)}, { update() {}, awareness() {}, resync() {} });
      console.log(c.holdsLease(${JSON.stringify(p)}) ? 'holder' : 'not the holder');`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    holder.stdout.on('data', (d) => (out += d));
    try {
      await waitFor(() => out.includes('holder'), 'the other process joins', 30_000);
      expect(out.trim()).toBe('holder');
      const cb = await RedisCluster.connect({ url: TEST_REDIS_URL, prefix, leaseMs, log: () => {} });
      clusters.push(cb);
      const link = await cb.join(p, { update() {}, awareness() {}, resync() {} });
      // alive: renewed every leaseMs / 3, so never free over two lease times
      const until = Date.now() + 2 * leaseMs;
      while (Date.now() < until) {
        expect(await link.mayCompact()).toBe(false);
        await new Promise((r) => setTimeout(r, 100));
      }
      holder.kill('SIGKILL');
      const killedAt = Date.now();
      while (!(await link.mayCompact())) {
        expect(Date.now() - killedAt, 'the dead holder’s lease ran out').toBeLessThan(leaseMs + 1000);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(cb.holdsLease(p)).toBe(true);
      await link.leave();
    } finally {
      if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
    }
  }, 60_000);
});

function docOf(snapshot: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  if (snapshot) Y.applyUpdate(doc, snapshot);
  return doc;
}
