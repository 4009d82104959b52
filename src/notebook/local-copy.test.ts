/**
 * The browser's copy of a project document, on fake-indexeddb (an in-memory IndexedDB implementing
 * the W3C API in Node): stored edits come back, a copy written by y-indexeddb (earlier versions of
 * the app) opens, stored updates are merged past MERGE_AFTER_UPDATES, and a merge takes in what
 * another tab stored meanwhile.
 */
import 'fake-indexeddb/auto';
import { IndexeddbPersistence } from 'y-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextCell, readRichText, richPlainText } from '../../projects/cells/text';
import { createProjectDoc, listCells, readMeta, updateMeta } from '../../projects/schema';
import { LocalCopy, MERGE_AFTER_UPDATES } from './local-copy';
import { localCopyName, readLocalCopy } from './local-store';

const cellText = (doc: Y.Doc, cellId: string) => richPlainText(readRichText(doc, cellId)).trim();

let n = 0;
const newId = () => `test-project-${++n}`;
const open: LocalCopy[] = [];

async function openCopy(projectId: string): Promise<{ doc: Y.Doc; copy: LocalCopy; had: boolean }> {
  const doc = createProjectDoc();
  const copy = new LocalCopy(doc, readLocalCopy(projectId));
  open.push(copy);
  const had = await copy.load();
  copy.keep();
  return { doc, copy, had };
}

/** A project whose copy holds one stored change (its title), written by tab `a`. */
async function copyWithTitle(title: string): Promise<{ id: string; a: Awaited<ReturnType<typeof openCopy>> }> {
  const id = newId();
  const a = await openCopy(id);
  updateMeta(a.doc, { title });
  await a.copy.flushed();
  return { id, a };
}

async function storedCount(projectId: string): Promise<number> {
  const c = await readLocalCopy(projectId);
  c.db?.close();
  return c.updates.length;
}

afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});

describe('LocalCopy', () => {
  it('an empty copy loads as nothing; every later change is stored and comes back in a new tab', async () => {
    const id = newId();
    const a = await openCopy(id);
    expect(a.had).toBe(false);
    updateMeta(a.doc, { title: 'Pendulum' });
    const cell = addTextCell(a.doc, [{ paragraph: 'T grows with the square root of L' }]);
    await a.copy.flushed();
    expect(await storedCount(id)).toBe(2);

    const b = await openCopy(id);
    expect(b.had).toBe(true);
    expect(readMeta(b.doc).title).toBe('Pendulum');
    expect(cellText(b.doc, cell)).toContain('square root');
    expect(Y.encodeStateVector(b.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('the first load is not stored again (it came from the copy)', async () => {
    const { id } = await copyWithTitle('once');
    const b = await openCopy(id);
    await b.copy.flushed();
    expect(await storedCount(id)).toBe(1);
  });

  it('opens a copy that y-indexeddb wrote (same database layout)', async () => {
    const id = newId();
    const doc = createProjectDoc();
    const old = new IndexeddbPersistence(localCopyName(id), doc);
    await old.whenSynced;
    updateMeta(doc, { title: 'written by y-indexeddb', question: 'still readable?' });
    addTextCell(doc, [{ heading: 2, text: 'Method' }]);
    await new Promise((r) => setTimeout(r, 50)); // y-indexeddb stores without telling when
    await old.destroy();

    const b = await openCopy(id);
    expect(b.had).toBe(true);
    expect(readMeta(b.doc)).toMatchObject({ title: 'written by y-indexeddb', question: 'still readable?' });
    expect(listCells(b.doc)).toHaveLength(1);
  });

  it(`merges the stored updates into one once ${MERGE_AFTER_UPDATES} pile up, losing none`, async () => {
    const id = newId();
    const a = await openCopy(id);
    for (let i = 0; i < MERGE_AFTER_UPDATES + 20; i++) updateMeta(a.doc, { question: `version ${i}` });
    await a.copy.flushed();
    expect(await storedCount(id)).toBe(MERGE_AFTER_UPDATES + 20);
    await new Promise((r) => setTimeout(r, 1200)); // the merge waits 1 s for a pause
    await a.copy.flushed();
    expect(await storedCount(id)).toBe(1);
    const b = await openCopy(id);
    expect(readMeta(b.doc).question).toBe(`version ${MERGE_AFTER_UPDATES + 19}`);
  }, 10_000);

  it("storeState takes in another tab's stored updates before replacing them", async () => {
    const { id, a } = await copyWithTitle('tab A');
    const b = await openCopy(id);
    const cell = addTextCell(b.doc, [{ paragraph: 'written in tab B' }]);
    await b.copy.flushed();
    expect(listCells(a.doc)).toHaveLength(0); // no network between the tabs in this test

    await a.copy.storeState();
    expect(await storedCount(id)).toBe(1);
    expect(cellText(a.doc, cell)).toBe('written in tab B');
    const c = await openCopy(id);
    expect(readMeta(c.doc).title).toBe('tab A');
    expect(cellText(c.doc, cell)).toBe('written in tab B');
  });

  it('without IndexedDB the document still works, and nothing is kept', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    try {
      const a = await openCopy(newId());
      expect(a.had).toBe(false);
      updateMeta(a.doc, { title: 'in memory only' });
      await a.copy.flushed();
      expect(readMeta(a.doc).title).toBe('in memory only');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
