/**
 * Document updates go to the update log and move into SQLite in batches (sqlite-doc-writer.ts); checkpoints
 * run on a worker thread (sqlite-checkpointer.ts); the group commit (UpdateJournal) batches everything that
 * arrives during a write. Checked here, for both flush policies: order and ids, every resolved update
 * survives a crash (a copy of the files taken at that moment opens with it), recovery exactly once with a
 * torn record dropped, the server's connection stays at synchronous=FULL (2) for every other write,
 * compaction, the "last edited" throttle, the journal's batching, appends after a checkpoint truncated the
 * WAL, and the checkpointer. (fdatasync itself is not observable without cutting the power; the kill -9
 * test in test/integration/crash.test.ts covers the real process.)
 */
import Database from 'better-sqlite3';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateJournal } from '../sync/journal';
import { SqliteStore } from './sqlite';
import type { FlushPolicy } from './sqlite-doc-writer';
import type { DocStore } from './store';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close())); // the worker threads have exited: nothing writes the files
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the data directory's files as they are now: the state a kill -9 would leave. */
function crashImage(dir: string): string {
  const image = mkdtempSync(join(tmpdir(), 'sprout-crash-'));
  dirs.push(image);
  for (const f of readdirSync(dir)) copyFileSync(join(dir, f), join(image, f));
  return image;
}

function reopen(dir: string): SqliteStore {
  const store = new SqliteStore({ dataDir: dir });
  stores.push(store);
  return store;
}

async function storeWithProject(flush: FlushPolicy = 'background'): Promise<{ store: SqliteStore; dir: string; projectId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-docwriter-'));
  dirs.push(dir);
  const store = new SqliteStore({ dataDir: dir, flush });
  stores.push(store);
  const school = await store.accounts.createSchool('S');
  const teacher = await store.accounts.createUser({ username: 't', displayName: 'T', role: 'teacher', schoolId: school.id, passwordHash: 'x' });
  const cls = await store.classes.createClass({ schoolId: school.id, name: 'C', inviteCode: 'WALSYNC1', teacherId: teacher.id, createdAt: 0 });
  const team = await store.classes.createTeam(cls.id, 'T');
  const projectId = 'walsyncproject01';
  await store.projects.createProject({ id: projectId, teamId: team.id, title: 'p', templateId: null, status: 'draft', createdBy: teacher.id, createdAt: 0, updatedAt: 0 }, new Uint8Array([0, 0]));
  return { store, dir, projectId };
}

const rowsSeenByAnotherConnection = (dir: string): number => {
  const db = new Database(join(dir, 'sprout-lab.db'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const projectUpdatedAt = (store: SqliteStore, id: string): number => (store.db.prepare('SELECT updated_at AS t FROM projects WHERE id = ?').get(id) as { t: number }).t;

describe('document writes', () => {
  it.each(['background', 'before-relay'] as const)('%s: resolves in call order with increasing ids; every resolved update survives a crash of the process', async (flush) => {
    const { store, dir, projectId } = await storeWithProject(flush);
    const resolvedWith: number[] = [];
    const calls = Array.from({ length: 20 }, (_, i) =>
      store.docs.appendUpdates([{ projectId, update: new Uint8Array([i, 1]) }, { projectId, update: new Uint8Array([i, 2]) }], 1000 + i).then((ids) => {
        resolvedWith.push(i);
        return ids;
      }),
    );
    const ids = (await Promise.all(calls)).flat();
    expect(resolvedWith).toEqual([...Array(20).keys()]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(40);
    // The files as the operating system holds them right now = what a kill -9 leaves behind.
    const recovered = reopen(crashImage(dir));
    const expected = Array.from({ length: 20 }, (_, i) => [[i, 1], [i, 2]]).flat();
    expect((await recovered.docs.loadDoc(projectId)).updates.map((u) => [...u])).toEqual(expected);
    // the server's own connection: 2 = FULL (https://www.sqlite.org/pragma.html#pragma_synchronous)
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect((await store.docs.loadDoc(projectId)).updates.map((u) => [...u])).toEqual(expected);
    expect(rowsSeenByAnotherConnection(dir)).toBe(40); // loading moved everything logged into SQLite
  });

  it('recovers the log exactly once, and drops a record torn by a crash mid-write', async () => {
    const { store, dir, projectId } = await storeWithProject();
    await store.docs.appendUpdates([1, 2, 3].map((b) => ({ projectId, update: new Uint8Array([b]) })), 1);
    const image = crashImage(dir);
    const log = readdirSync(image).find((f) => f.endsWith('.log') && statSync(join(image, f)).size > 0)!;
    appendFileSync(join(image, log), Buffer.from([40, 0, 0, 0, 1, 2, 3])); // a record header cut short
    const first = reopen(image);
    expect((await first.docs.loadDoc(projectId)).updates.map((u) => [...u])).toEqual([[1], [2], [3]]);
    const more = await first.docs.appendUpdates([{ projectId, update: new Uint8Array([4]) }], 2);
    expect(more[0]).toBeGreaterThan(0);
    await first.close(); // the data directory's lock is let go once its worker has exited
    const second = reopen(image);
    expect((await second.docs.loadDoc(projectId)).updates.map((u) => [...u])).toEqual([[1], [2], [3], [4]]);
    for (const f of readdirSync(image).filter((f) => f.endsWith('.log'))) expect(statSync(join(image, f)).size).toBe(0);
  });

  it('keeps appending after a checkpoint truncates the WAL file', async () => {
    const { store, dir, projectId } = await storeWithProject();
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([1]) }], 1);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([2]) }], 2);
    await store.docs.loadDoc(projectId);
    expect(rowsSeenByAnotherConnection(dir)).toBe(2);
  });

  it('the journal batches updates that arrive while a write is in flight into one store call', async () => {
    const { store, projectId } = await storeWithProject();
    const batchSizes: number[] = [];
    const counting: DocStore = {
      loadDoc: (id) => store.docs.loadDoc(id),
      compact: (id, s, folded) => store.docs.compact(id, s, folded),
      appendUpdates: (batch, now) => {
        batchSizes.push(batch.length);
        return store.docs.appendUpdates(batch, now);
      },
    };
    const journal = new UpdateJournal(counting);
    const first = journal.append(projectId, new Uint8Array([0]));
    await new Promise((r) => setImmediate(r)); // the first write is now in flight
    const rest = Array.from({ length: 30 }, (_, i) => journal.append(projectId, new Uint8Array([i + 1])));
    const ids = await Promise.all([first, ...rest]);
    await journal.drain();
    expect(batchSizes).toEqual([1, 30]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(journal.inFlight).toBe(0);
  });

  it('the worker moves logged updates into SQLite within a few hundred ms, and empties the log', async () => {
    const { store, dir, projectId } = await storeWithProject();
    for (let i = 0; i < 30; i++) await store.docs.appendUpdates([{ projectId, update: new Uint8Array([i]) }], i);
    const deadline = Date.now() + 3000;
    while (rowsSeenByAnotherConnection(dir) < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(rowsSeenByAnotherConnection(dir)).toBe(30);
    await store.docs.loadDoc(projectId); // settles: nothing left in flight
    const logs = readdirSync(dir).filter((f) => f.endsWith('.log'));
    expect(logs).toHaveLength(2);
    for (const f of logs) expect(statSync(join(dir, f)).size).toBe(0);
  });

  it('one store at a time writes a data directory (an OS file lock, no pid to trust); readers may share', async () => {
    const { dir } = await storeWithProject();
    expect(() => new SqliteStore({ dataDir: dir })).toThrow(/another Sprout Lab process is using this data directory/);
    const reader = new SqliteStore({ dataDir: dir, documents: 'read' });
    stores.push(reader);
    await expect(reader.docs.appendUpdates([{ projectId: 'x', update: new Uint8Array([1]) }], 1)).rejects.toThrow(/read-only/);
    // the pid file of earlier versions naming a live process (pid 1) no longer blocks a start
    const image = crashImage(dir);
    writeFileSync(join(image, 'sprout-lab.db-updates.lock'), '1');
    expect(() => reopen(image)).not.toThrow();
  });

  it('compacts: the snapshot replaces the updates it contains, later ones stay', async () => {
    const { store, projectId } = await storeWithProject();
    const ids = await store.docs.appendUpdates([1, 2, 3].map((b) => ({ projectId, update: new Uint8Array([b]) })), 5);
    await store.docs.compact(projectId, new Uint8Array([9, 9]), { upToId: ids[1], ids: ids.slice(0, 2) });
    const loaded = await store.docs.loadDoc(projectId);
    expect([...loaded.snapshot!]).toEqual([9, 9]);
    expect(loaded.updates.map((u) => [...u])).toEqual([[3]]);
    expect(loaded.lastUpdateId).toBe(ids[2]);
  });

  it("writes a project's last-edited time at most every 10 s while it is edited", async () => {
    const { store, projectId } = await storeWithProject();
    const appendAndLoad = async (b: number, at: number) => {
      await store.docs.appendUpdates([{ projectId, update: new Uint8Array([b]) }], at);
      await store.docs.loadDoc(projectId);
    };
    await appendAndLoad(1, 1_000_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_000_000);
    await appendAndLoad(2, 1_005_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_000_000);
    await appendAndLoad(3, 1_010_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_010_000);
  });

  it('the server connection never checkpoints; the checkpointer copies the WAL into the database', async () => {
    const { store, dir, projectId } = await storeWithProject();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    for (let i = 0; i < 50; i++) await store.docs.appendUpdates([{ projectId, update: new Uint8Array(2000).fill(i) }], i);
    await store.docs.loadDoc(projectId); // into SQLite
    const result = await store.checkpointNow();
    expect(result).toEqual(expect.objectContaining({ busy: 0 }));
    expect(result!.checkpointed).toBe(result!.log);
    expect(result!.log).toBeGreaterThan(25); // 50 × 2 KB at 4 KB pages
    // the main file alone (WAL left aside) now holds the rows
    const copy = new Database(join(dir, 'sprout-lab.db'), { readonly: true });
    try {
      expect((copy.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n).toBe(50);
    } finally {
      copy.close();
    }
  });
});
