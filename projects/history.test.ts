import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTableCell, appendRows } from './cells/table';
import { addTextCell, readRichText, richPlainText, textFragment } from './cells/text';
import { countTransaction, readContributions, trackContributions } from './contributions';
import { freezeProject, fromBase64, SnapshotIntegrityError, thawProject, toBase64 } from './snapshot';
import { createProjectDoc, deleteCell, listCells, moveCell, readMeta, updateMeta } from './schema';
import { createUndoManager } from './undo';
import { listVersions, openVersion, restoreVersion, saveVersion } from './versions';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

describe('frozen snapshot', () => {
  it('hashes the encoded state with SHA-256 (checked against node:crypto) and decodes it', async () => {
    const doc = createProjectDoc();
    updateMeta(doc, { title: 'Vinegar' });
    addTextCell(doc, [{ paragraph: 'hello' }]);
    const snap = await freezeProject(doc);
    expect(snap.sha256).toBe(createHash('sha256').update(snap.state).digest('hex'));
    expect(snap.bytes).toBe(snap.state.length);
    const back = await thawProject(fromBase64(toBase64(snap.state)), snap.sha256);
    expect(readMeta(back).title).toBe('Vinegar');
    const tampered = snap.state.slice();
    tampered[tampered.length - 2] ^= 1;
    await expect(thawProject(tampered, snap.sha256)).rejects.toBeInstanceOf(SnapshotIntegrityError);
  });
});

describe('named versions', () => {
  it('shows an old version read-only and restores it as a new change that teammates receive', () => {
    const a = createProjectDoc();
    const b = createProjectDoc();
    const id = addTextCell(a, [{ paragraph: 'first draft' }]);
    const v1 = saveVersion(a, 'Draft 1', { createdBy: 'u1', now: 1 });
    sync(a, b);
    // a teammate rewrites and deletes things
    const frag = textFragment(b, id);
    (frag.get(0) as Y.XmlElement).delete(0, 1);
    addTextCell(b, [{ paragraph: 'second' }]);
    sync(a, b);
    expect(listCells(a).length).toBe(2);
    const old = openVersion(a, v1);
    expect(listCells(old).length).toBe(1);
    expect(richPlainText(readRichText(old, listCells(old)[0].id))).toBe('first draft\n');
    restoreVersion(b, v1, { createdBy: 'u2' });
    sync(a, b);
    expect(listCells(a).length).toBe(1);
    expect(richPlainText(readRichText(a, listCells(a)[0].id))).toBe('first draft\n');
    expect(listVersions(a).map((v) => v.name)).toEqual(['Draft 1', 'before restoring "Draft 1"', 'restored "Draft 1"']);
    // the state before the restore is still reachable
    const before = openVersion(a, listVersions(a)[1].id);
    expect(listCells(before).length).toBe(2);
  });

  it('refuses gc-enabled documents', () => {
    expect(() => saveVersion(new Y.Doc(), 'x')).toThrow(/gc: false/);
  });
});

describe('contributions', () => {
  it('counts each member’s cells, characters and rows per day, without double counting remote edits', () => {
    const a = createProjectDoc();
    const b = createProjectDoc();
    const day = Date.UTC(2025, 2, 14, 10);
    const ta = trackContributions(a, 'ana', { now: () => day });
    const tb = trackContributions(b, 'bo', { now: () => day });
    const tid = addTableCell(a, { name: 't', columns: [{ name: 'x', unit: '' }] });
    appendRows(a, tid, [[1], [2], [3]]);
    const text = addTextCell(a, []);
    sync(a, b);
    const frag = textFragment(b, text);
    b.transact(() => {
      const p = new Y.XmlElement('paragraph');
      frag.insert(0, [p]);
      const t = new Y.XmlText();
      p.insert(0, [t]);
      t.insert(0, 'hello world');
    }, 'sprout-local');
    moveCell(b, text, 0); // rearranging adds nothing: no cell, no characters
    ta.flush();
    tb.flush();
    sync(a, b);
    expect(readContributions(a)).toEqual([
      { day: '2025-03-14', userId: 'ana', cells: 2, chars: 0, rows: 3, edits: 3 },
      { day: '2025-03-14', userId: 'bo', cells: 0, chars: 11, rows: 0, edits: 2 },
    ]);
    expect(readContributions(b)).toEqual(readContributions(a));
    ta.stop();
    tb.stop();
    expect(countTransaction([])).toEqual({ cells: 0, chars: 0, rows: 0 });
  });
});

describe('undo', () => {
  it('undoes only my own edits, never a teammate’s', () => {
    const a = createProjectDoc();
    const b = createProjectDoc();
    const um = createUndoManager(a);
    const mine = addTextCell(a, [{ paragraph: 'mine' }]);
    um.stopCapturing();
    sync(a, b);
    const theirs = addTextCell(b, [{ paragraph: 'theirs' }]);
    sync(a, b);
    deleteCell(a, mine);
    um.stopCapturing();
    expect(listCells(a).map((c) => c.id)).toEqual([theirs]);
    um.undo(); // brings my cell back
    expect(listCells(a).map((c) => c.id)).toEqual([mine, theirs]);
    um.undo(); // removes my added cell, keeps theirs
    expect(listCells(a).map((c) => c.id)).toEqual([theirs]);
    expect(um.undoStack.length).toBe(0);
    um.redo();
    expect(listCells(a).map((c) => c.id)).toEqual([mine, theirs]);
  });
});
