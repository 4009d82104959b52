import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextCell, readRichText, richPlainText, textFragment } from './cells/text';
import { createUndoManager } from './undo';
import {
  cellIndex,
  createProjectDoc,
  deleteCell,
  duplicateCell,
  listCells,
  moveCell,
  ProjectSchemaError,
  readMeta,
  setTeamMember,
  updateMeta,
} from './schema';

describe('project schema', () => {
  it('creates docs without garbage collection (snapshots need deleted content)', () => {
    expect(createProjectDoc().gc).toBe(false);
  });

  it('reads and writes meta, rejecting unknown status and subject with the allowed values', () => {
    const doc = createProjectDoc();
    expect(readMeta(doc)).toMatchObject({ title: '', status: 'draft', subject: 'other', team: {} });
    updateMeta(doc, { title: 'Pendulum', question: 'Why?', subject: 'physics', status: 'in_review' });
    setTeamMember(doc, 'u1', 'Li Lei');
    setTeamMember(doc, 'u2', 'Han Meimei');
    setTeamMember(doc, 'u1', null);
    expect(readMeta(doc)).toMatchObject({ title: 'Pendulum', question: 'Why?', subject: 'physics', status: 'in_review', team: { u2: 'Han Meimei' } });
    expect(() => updateMeta(doc, { status: 'done' as never })).toThrow(/draft, submitted, in_review, revising, approved/);
    expect(() => updateMeta(doc, { subject: 'art' as never })).toThrow(ProjectSchemaError);
  });

  it('adds, moves, duplicates and deletes cells, keeping ids on move', () => {
    const doc = createProjectDoc();
    const a = addTextCell(doc, [{ paragraph: 'A' }], { createdBy: 'u1', now: 5 });
    const b = addTextCell(doc, [{ paragraph: 'B' }]);
    const c = addTextCell(doc, [{ paragraph: 'C' }]);
    expect(listCells(doc).map((x) => x.id)).toEqual([a, b, c]);
    expect(listCells(doc)[0]).toEqual({ id: a, kind: 'text', createdBy: 'u1', createdAt: 5 });
    moveCell(doc, a, 2);
    expect(listCells(doc).map((x) => x.id)).toEqual([b, c, a]);
    expect(richPlainText(readRichText(doc, a))).toBe('A\n');
    moveCell(doc, a, 0);
    expect(listCells(doc).map((x) => x.id)).toEqual([a, b, c]);
    const d = duplicateCell(doc, b);
    expect(cellIndex(doc, d)).toBe(2);
    expect(richPlainText(readRichText(doc, d))).toBe('B\n');
    deleteCell(doc, c);
    expect(listCells(doc).map((x) => x.id)).toEqual([a, b, d]);
    expect(() => moveCell(doc, a, 3)).toThrow(/from 0 to 2/);
    expect(() => deleteCell(doc, 'nope')).toThrow(/no cell with id "nope"/);
  });

  /** Two replicas that exchange their updates both ways, as the sync server relays them. */
  function twoReplicas() {
    const a = createProjectDoc();
    const b = createProjectDoc();
    const sync = () => {
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
    };
    return { a, b, sync };
  }
  const ids = (doc: Y.Doc) => listCells(doc).map((c) => c.id);
  const text = (doc: Y.Doc, id: string) => richPlainText(readRichText(doc, id));

  it('keeps a teammate\'s edit made inside a cell while it is being moved', () => {
    const { a, b, sync } = twoReplicas();
    const [x, y, z] = ['X', 'Y', 'Z'].map((p) => addTextCell(a, [{ paragraph: p }]));
    sync();
    moveCell(a, x, 2); // a drags X to the end …
    const para = (textFragment(b, x).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    b.transact(() => para.insert(1, ' typed meanwhile'), 'sprout-local'); // … while b types in it
    sync();
    for (const d of [a, b]) {
      expect(ids(d)).toEqual([y, z, x]);
      expect(text(d, x)).toBe('X typed meanwhile\n');
    }
  });

  it('leaves one cell when two teammates move the same cell at once', () => {
    const { a, b, sync } = twoReplicas();
    const [w, x, y, z] = ['W', 'X', 'Y', 'Z'].map((p) => addTextCell(a, [{ paragraph: p }]));
    sync();
    moveCell(a, w, 3);
    moveCell(b, w, 1);
    sync();
    expect(ids(a)).toEqual(ids(b));
    expect([...ids(a)].sort()).toEqual([w, x, y, z].sort());
  });

  it('orders a document written before cells had positions by the array, and moves in it', () => {
    const doc = createProjectDoc();
    const cells = doc.getArray<Y.Map<unknown>>('cells');
    for (const id of ['old1', 'old2', 'old3']) {
      const m = new Y.Map<unknown>();
      cells.push([m]);
      m.set('id', id);
      m.set('kind', 'text');
    }
    expect(ids(doc)).toEqual(['old1', 'old2', 'old3']);
    moveCell(doc, 'old3', 0);
    expect(ids(doc)).toEqual(['old3', 'old1', 'old2']);
    const n = addTextCell(doc, [{ paragraph: 'new' }], { index: 1 });
    expect(ids(doc)).toEqual(['old3', n, 'old1', 'old2']);
    // a cell added without a position (an older app) stays after the cell it was inserted behind
    const m = new Y.Map<unknown>();
    cells.insert(cells.toArray().findIndex((c) => c.get('id') === 'old1') + 1, [m]);
    m.set('id', 'legacy');
    expect(ids(doc)).toEqual(['old3', n, 'old1', 'legacy', 'old2']);
  });

  it('undoes a move as one step, back to the old order', () => {
    const doc = createProjectDoc();
    const [x, y, z] = ['X', 'Y', 'Z'].map((p) => addTextCell(doc, [{ paragraph: p }]));
    const undo = createUndoManager(doc);
    moveCell(doc, z, 0);
    expect(ids(doc)).toEqual([z, x, y]);
    undo.undo();
    expect(ids(doc)).toEqual([x, y, z]);
    undo.redo();
    expect(ids(doc)).toEqual([z, x, y]);
  });

  it('stores rich text the way y-tiptap does (node names, heading level, marks as attributes)', () => {
    const doc = createProjectDoc();
    const id = addTextCell(doc, [
      { heading: 2, text: 'Title' },
      { paragraph: ['plain ', { text: 'bold', bold: true }, ' and ', { math: 'x^2' }] },
      { bullets: ['one', 'two'] },
    ]);
    const frag = doc.getArray<Y.Map<unknown>>('cells').get(0).get('content') as Y.XmlFragment;
    const [h, p, ul] = frag.toArray() as Y.XmlElement[];
    expect(h.nodeName).toBe('heading');
    expect(h.getAttribute('level')).toBe(2);
    expect(p.toArray().map((n) => (n instanceof Y.XmlText ? n.toDelta() : (n as Y.XmlElement).nodeName))).toEqual([
      [{ insert: 'plain ' }, { insert: 'bold', attributes: { bold: {} } }, { insert: ' and ' }],
      'inlineMath',
    ]);
    expect(ul.nodeName).toBe('bulletList');
    expect((ul.get(0) as Y.XmlElement).nodeName).toBe('listItem');
    expect(richPlainText(readRichText(doc, id))).toBe('Title\nplain bold and \none\ntwo\n');
  });
});
