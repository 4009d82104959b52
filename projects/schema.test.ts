import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextCell, readRichText, richPlainText } from './cells/text';
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
