/**
 * Document updates are committed with synchronous=NORMAL and flushed with fdatasync off the event loop
 * (WalSync); the group commit (UpdateJournal) batches everything that arrives during a write.
 * Checked here: order and ids, every promise resolves only after its rows are committed (readable by
 * another connection), the connection is left at synchronous=FULL (2) for every other write, the journal's
 * batching, and appends after a checkpoint truncated the WAL. (The flush itself is not observable without
 * cutting the power; the kill -9 test in test/integration/crash.test.ts covers the process side.)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateJournal } from '../sync/journal';
import { SqliteStore } from './sqlite';
import type { DocStore } from './store';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function storeWithProject(): Promise<{ store: SqliteStore; dir: string; projectId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-walsync-'));
  dirs.push(dir);
  const store = new SqliteStore({ dataDir: dir });
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

describe('durable document appends off the event loop', () => {
  it('resolves in call order with increasing ids, each batch readable when its promise resolves, FULL restored', async () => {
    const { store, dir, projectId } = await storeWithProject();
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
    // synchronous: 2 = FULL (https://www.sqlite.org/pragma.html#pragma_synchronous)
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
});
