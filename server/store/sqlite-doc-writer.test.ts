/**
 * Document updates and compactions are written through their own connection without waiting for the disk
 * (sqlite-doc-writer.ts); checkpoints run on a worker thread (sqlite-checkpointer.ts); the group commit (UpdateJournal) batches everything that arrives
 * during a write. Checked here, for both flush policies: order and ids, every promise resolves only after
 * its rows are committed (readable by another connection), the server's connection stays at
 * synchronous=FULL (2) for every other write, compaction, the "last edited" throttle, the journal's
 * batching, appends after a checkpoint truncated the WAL, and the checkpointer. (The fdatasync itself is
 * not observable without cutting the power; the kill -9 test in test/integration/crash.test.ts covers the
 * process side.)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateJournal } from '../sync/journal';
import { SqliteStore } from './sqlite';
import type { FlushPolicy } from './sqlite-doc-writer';
import type { DocStore } from './store';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

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
  it.each(['background', 'before-relay'] as const)('%s: resolves in call order with increasing ids, each batch readable when its promise resolves, FULL kept', async (flush) => {
    const { store, dir, projectId } = await storeWithProject(flush);
    const resolvedWith: number[] = [];
    const calls = Array.from({ length: 20 }, (_, i) =>
      store.docs.appendUpdates([{ projectId, update: new Uint8Array([i, 1]) }, { projectId, update: new Uint8Array([i, 2]) }], 1000 + i).then((ids) => {
        // 2 rows per call: when call i resolves, at least its own 2(i+1) rows are visible elsewhere
        expect(rowsSeenByAnotherConnection(dir)).toBeGreaterThanOrEqual(2 * (i + 1));
        resolvedWith.push(i);
        return ids;
      }),
    );
    const ids = (await Promise.all(calls)).flat();
    expect(resolvedWith).toEqual([...Array(20).keys()]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(40);
    // the server's own connection: 2 = FULL (https://www.sqlite.org/pragma.html#pragma_synchronous)
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    const loaded = await store.docs.loadDoc(projectId);
    expect(loaded.updates.map((u) => [...u])).toEqual(Array.from({ length: 20 }, (_, i) => [[i, 1], [i, 2]]).flat());
  });

  it('keeps appending after a checkpoint truncates the WAL file', async () => {
    const { store, dir, projectId } = await storeWithProject();
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([1]) }], 1);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([2]) }], 2);
    expect(rowsSeenByAnotherConnection(dir)).toBe(2);
  });

  it('the journal batches updates that arrive while a write is in flight into one store call', async () => {
    const { store, projectId } = await storeWithProject();
    const batchSizes: number[] = [];
    const counting: DocStore = {
      loadDoc: (id) => store.docs.loadDoc(id),
      compact: (id, s, upTo) => store.docs.compact(id, s, upTo),
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

  it('compacts: the snapshot replaces the updates it contains, later ones stay', async () => {
    const { store, projectId } = await storeWithProject();
    const ids = await store.docs.appendUpdates([1, 2, 3].map((b) => ({ projectId, update: new Uint8Array([b]) })), 5);
    await store.docs.compact(projectId, new Uint8Array([9, 9]), ids[1]);
    const loaded = await store.docs.loadDoc(projectId);
    expect([...loaded.snapshot!]).toEqual([9, 9]);
    expect(loaded.updates.map((u) => [...u])).toEqual([[3]]);
    expect(loaded.lastUpdateId).toBe(ids[2]);
  });

  it("writes a project's last-edited time at most every 10 s while it is edited", async () => {
    const { store, projectId } = await storeWithProject();
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([1]) }], 1_000_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_000_000);
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([2]) }], 1_005_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_000_000);
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([3]) }], 1_010_000);
    expect(projectUpdatedAt(store, projectId)).toBe(1_010_000);
  });

  it('a bad write is refused with a clear error and the writer keeps working', async () => {
    const { store, projectId } = await storeWithProject();
    // doc_updates.project_id references projects(id): an unknown project breaks the foreign key
    await expect(store.docs.appendUpdates([{ projectId: 'no-such-project', update: new Uint8Array([1]) }], 1)).rejects.toThrow(/FOREIGN KEY constraint failed/);
    await store.docs.appendUpdates([{ projectId, update: new Uint8Array([2]) }], 2);
    expect((await store.docs.loadDoc(projectId)).updates.map((u) => [...u])).toEqual([[2]]);
  });

  it('the server connection never checkpoints; the checkpointer copies the WAL into the database', async () => {
    const { store, dir, projectId } = await storeWithProject();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    for (let i = 0; i < 50; i++) await store.docs.appendUpdates([{ projectId, update: new Uint8Array(2000).fill(i) }], i);
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
