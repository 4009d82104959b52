import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChartCell } from './cells/chart';
import { addExperimentCell } from './cells/experiment';
import { addTableCell, appendRows, readTable, setTableValue } from './cells/table';
import { addTextCell, setTextBlocks } from './cells/text';
import { cellText, diffProjects, diffWords, MATH_CLOSE, MATH_OPEN, tokenize, type WordOp } from './diff';
import { createProjectDoc, deleteCell, moveCell, updateMeta } from './schema';

const join = (ops: WordOp[], keep: 'added' | 'removed') => ops.filter((o) => o.op === 'same' || o.op === keep).map((o) => o.text).join('');

/** A copy of `doc` as it is now: what a frozen submission is. */
function freeze(doc: Y.Doc): Y.Doc {
  const copy = createProjectDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('diffWords', () => {
  it('marks the changed word only, and both sides rebuild exactly', () => {
    const before = 'The period grows with the length.';
    const after = 'The period grows with the square root of the length.';
    const ops = diffWords(before, after);
    expect(join(ops, 'removed')).toBe(before);
    expect(join(ops, 'added')).toBe(after);
    expect(ops.filter((o) => o.op === 'added').map((o) => o.text.trim())).toEqual(['square root of the']);
    expect(ops.filter((o) => o.op === 'removed')).toEqual([]);
  });

  it('splits Chinese into characters, so one changed character is one change', () => {
    expect(tokenize('周期与摆长有关')).toHaveLength(7);
    expect(tokenize('T = 2.01 s, mass.')).toEqual(['T', ' ', '=', ' ', '2.01', ' ', 's', ',', ' ', 'mass', '.']);
    expect(tokenize('摆长L为0.5m')).toEqual(['摆', '长', 'L', '为', '0.5m']);
    const ops = diffWords('周期与摆长有关', '周期与摆长无关');
    expect(ops).toEqual([
      { op: 'same', text: '周期与摆长' },
      { op: 'removed', text: '有' },
      { op: 'added', text: '无' },
      { op: 'same', text: '关' },
    ]);
  });

  it('is minimal on a textbook LCS example', () => {
    // Cormen et al., Introduction to Algorithms, 3rd ed., §15.4: LCS of ABCBDAB and BDCABA has length 4.
    // Written with Han characters (甲乙丙丁 = ABCD) so that every letter is one token.
    const a = '甲乙丙乙丁甲乙';
    const b = '乙丁丙甲乙甲';
    const ops = diffWords(a, b);
    const sameLetters = ops.filter((o) => o.op === 'same').map((o) => o.text).join('');
    expect(sameLetters).toHaveLength(4);
    expect(join(ops, 'removed')).toBe(a);
    expect(join(ops, 'added')).toBe(b);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new words')).toEqual([{ op: 'added', text: 'new words' }]);
    expect(diffWords('old', '')).toEqual([{ op: 'removed', text: 'old' }]);
    expect(diffWords('same', 'same')).toEqual([{ op: 'same', text: 'same' }]);
  });
});

describe('diffProjects', () => {
  it('finds added, removed, changed, unchanged and moved cells between two submissions', () => {
    const doc = createProjectDoc();
    updateMeta(doc, { title: 'Pendulum' });
    const intro = addTextCell(doc, [{ heading: 2, text: 'Question' }, { paragraph: 'Does the period depend on the mass?' }]);
    const method = addTextCell(doc, [{ paragraph: 'We time ten swings.' }]);
    const table = addTableCell(doc, { name: 'Swings', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }] });
    appendRows(doc, table, [[0.5, 1.42], [1, 2.01]]);
    const discussion = addTextCell(doc, [{ paragraph: 'Air drag is small.' }]);
    const old = addTextCell(doc, [{ paragraph: 'Draft note' }]);
    const first = freeze(doc);

    setTextBlocks(doc, intro, [{ heading: 2, text: 'Question' }, { paragraph: 'Does the period depend on the length?' }]);
    deleteCell(doc, old);
    const conclusion = addTextCell(doc, [{ paragraph: 'T grows like the square root of L.' }]);
    const t = readTable(doc, table);
    setTableValue(doc, table, t.rows[1].id, t.columns[1].id, 2.006);
    moveCell(doc, method, 4); // intro, table, discussion, conclusion, method
    updateMeta(doc, { title: 'Pendulum period' });
    const second = freeze(doc);

    const d = diffProjects(first, second);
    expect(d.titleChanged).toEqual({ before: 'Pendulum', after: 'Pendulum period' });
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 2, unchanged: 2, moved: 1 });
    const byId = new Map(d.cells.map((c) => [c.cellId, c]));
    expect(byId.get(intro)!.change).toBe('changed');
    expect(byId.get(intro)!.title).toBe('Question');
    expect(byId.get(intro)!.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: 'mass' },
      { op: 'added', text: 'length' },
    ]);
    expect(byId.get(table)!.change).toBe('changed');
    expect(byId.get(table)!.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: '2.01' },
      { op: 'added', text: '2.006' },
    ]);
    expect(byId.get(method)).toMatchObject({ change: 'unchanged', moved: true, beforeIndex: 1, afterIndex: 4 });
    expect(byId.get(discussion)).toMatchObject({ change: 'unchanged', moved: false });
    expect(byId.get(old)).toMatchObject({ change: 'removed', afterIndex: null, words: [{ op: 'removed', text: 'Draft note' }] });
    expect(byId.get(conclusion)).toMatchObject({ change: 'added', beforeIndex: null });
    // Order: the later version's order, the removed cell after the cell that preceded it before (discussion).
    expect(d.cells.map((c) => c.cellId)).toEqual([intro, table, discussion, old, conclusion, method]);
  });

  it('reports nothing for an identical copy', () => {
    const doc = createProjectDoc();
    addTextCell(doc, [{ paragraph: '实验记录' }]);
    const d = diffProjects(freeze(doc), freeze(doc));
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 1, moved: 0 });
    expect(d.titleChanged).toBeNull();
  });

  it('renders table cells as text with units', () => {
    const doc = createProjectDoc();
    const id = addTableCell(doc, { name: 'Data', columns: [{ name: 'm', unit: 'kg' }] });
    appendRows(doc, id, [[0.2], [null]]);
    expect(cellText(doc, id, 'table')).toEqual({ id, kind: 'table', title: 'Data', text: 'Data\nm (kg)\n0.2\n' });
  });
});

describe('cell text for the diff view', () => {
  it('keeps a formula as one token, so a changed formula is one removal and one addition', () => {
    const doc = createProjectDoc();
    const id = addTextCell(doc, [{ paragraph: ['Model: ', { math: 'T = 2\\pi\\sqrt{L/g}' }, ' for small swings.'] }]);
    const first = freeze(doc);
    setTextBlocks(doc, id, [{ paragraph: ['Model: ', { math: 'T^2 = 4\\pi^2 L/g' }, ' for small swings.'] }]);
    const d = diffProjects(first, freeze(doc), { math: true });
    const cell = d.cells.find((c) => c.cellId === id)!;
    expect(cell.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: `${MATH_OPEN}T = 2\\pi\\sqrt{L/g}${MATH_CLOSE}` },
      { op: 'added', text: `${MATH_OPEN}T^2 = 4\\pi^2 L/g${MATH_CLOSE}` },
    ]);
    // without the option a formula is not part of the text (comment ranges count characters that way)
    expect(cellText(doc, id, 'text').text).toBe('Model:  for small swings.');
  });

  it('reads a chart by its axes (names, transforms and units), not by column ids', () => {
    const doc = createProjectDoc();
    const table = addTableCell(doc, { name: 'Swings', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }] });
    const [l, tc] = readTable(doc, table).columns;
    const chart = addChartCell(doc, { title: 'T² against L', tableId: table, x: { columnId: l.id, transform: 'none' }, y: { columnId: tc.id, transform: 'square' }, style: 'scatter', fit: 'linear' });
    expect(cellText(doc, chart, 'chart').text).toBe('T² against L\nT² (s²) against L (m)\nscatter, fit: linear');
  });

  it('describes experiments and numbers the way it is told (the app passes the reader’s language)', () => {
    const doc = createProjectDoc();
    const ex = addExperimentCell(doc, { simulationId: 'pendulum', params: { lengthM: 1, massKg: 0.5 }, caption: 'Run 1' });
    expect(cellText(doc, ex, 'experiment').text).toBe('pendulum\nlengthM = 1\nmassKg = 0.5\nRun 1');
    const described = cellText(doc, ex, 'experiment', { describeExperiment: () => ({ title: 'Pendulum', params: [{ label: 'Length', value: '1 m' }] }) });
    expect(described).toMatchObject({ title: 'Pendulum', text: 'Pendulum\nLength = 1 m\nRun 1' });
    const table = addTableCell(doc, { name: 'Lab', columns: [{ name: 'T', unit: 's', digits: 4 }] });
    appendRows(doc, table, [[2.0064325]]);
    expect(cellText(doc, table, 'table').text).toBe('Lab\nT (s)\n2.0064325');
    expect(cellText(doc, table, 'table', { formatNumber: (v, d) => v.toPrecision(d) }).text).toBe('Lab\nT (s)\n2.006');
  });
});
