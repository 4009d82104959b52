/**
 * Notebook indicators on hand-built histories: three teammates edit their own replicas of one project on
 * different days through the notebook's accessors (with the notebook's own contribution counters), and the
 * merged document is evaluated. One writes a little every day, one only rearranges cells, one pastes a
 * large block on the last day.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChartCell } from '../../projects/cells/chart';
import { addTableCell } from '../../projects/cells/table';
import { addTextCell, textFragment } from '../../projects/cells/text';
import { trackContributions } from '../../projects/contributions';
import { createProjectDoc, LOCAL_ORIGIN, listCells, moveCell } from '../../projects/schema';
import { contributions, dataQuality } from './notebook-indicators';

function sync(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
}

/** Types `text` into a new paragraph of a text cell, as the editor would (one local transaction). */
function type(doc: Y.Doc, cellId: string, text: string): void {
  const frag = textFragment(doc, cellId);
  doc.transact(() => {
    const p = new Y.XmlElement('paragraph');
    frag.insert(frag.length, [p]);
    const t = new Y.XmlText();
    p.insert(0, [t]);
    t.insert(0, text);
  }, LOCAL_ORIGIN);
}

const DAY = 86_400_000;
const day0 = Date.UTC(2026, 2, 2, 9);
const [ANA, BO, CY] = [11, 12, 13];

/** Ana writes 600 characters in a new cell each of 5 days; Bo moves a cell on days 2–4; Cy pastes 3000 characters on day 5. */
function history(): Y.Doc {
  const a = createProjectDoc();
  const b = createProjectDoc();
  const c = createProjectDoc();
  let now = day0;
  const clock = () => now;
  const trackers = [trackContributions(a, String(ANA), { now: clock }), trackContributions(b, String(BO), { now: clock }), trackContributions(c, String(CY), { now: clock })];
  for (let d = 0; d < 5; d++) {
    now = day0 + d * DAY;
    const cell = addTextCell(a);
    type(a, cell, 'x'.repeat(600));
    sync(a, b, c);
    if (d >= 1 && d <= 3) {
      const ids = listCells(b).map((x) => x.id);
      moveCell(b, ids[ids.length - 1], 0);
    }
    if (d === 4) type(c, listCells(c)[0].id, 'y'.repeat(3000));
    for (const t of trackers) t.flush();
    sync(a, b, c);
  }
  for (const t of trackers) t.stop();
  return a;
}

describe('contribution per member', () => {
  const doc = history();
  const got = contributions(doc, [ANA, BO, CY]);

  it('credits steady writing fully: share above an even split (60) and 5 active days (40)', () => {
    const ana = got.get(ANA)!;
    expect(ana.raw).toMatchObject({ chars: 3000, cells: 5, rows: 0, activeDays: 5, teamDays: 5 });
    // work: 3000 + 5·100 = 3500 of the team's 3500 + 3000 = 6500
    expect(ana.raw.sharePct).toBeCloseTo((100 * 3500) / 6500, 1);
    expect(ana.score).toBe(100);
    expect(ana.notes).toEqual([]);
    expect(ana.sources.map((s) => s.kind === 'contribution_day' && s.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
  });

  it('a member who only moved cells shows as active on 3 days but gets no share of the writing', () => {
    const bo = got.get(BO)!;
    expect(bo.raw).toMatchObject({ chars: 0, cells: 0, rows: 0, edits: 3, activeDays: 3, sharePct: 0 });
    expect(bo.score).toBe(24); // 40 · 3/5
    expect(bo.notes).toEqual(['edits_only']);
  });

  it('a member who pasted a large block on the last day: a full share, one day of five, flagged', () => {
    const cy = got.get(CY)!;
    expect(cy.raw).toMatchObject({ chars: 3000, cells: 0, edits: 1, activeDays: 1, lastDaySharePct: 100 });
    expect(cy.score).toBe(68); // 60 (46 % against an even 33 %) + 40 · 1/5
    expect(cy.notes).toEqual(['late_bulk']);
  });

  it('a teammate with no edits at all scores 0; counters of people outside the team are ignored', () => {
    const other = contributions(doc, [ANA, CY, 99]);
    expect(other.get(99)!.score).toBe(0);
    expect(other.get(99)!.raw.activeDays).toBe(0);
    // without Bo the team's days and work are unchanged (he added no work), so Ana still scores 100
    expect(other.get(ANA)!.score).toBe(100);
  });

  it('ignores malformed counters written by a hostile replica', () => {
    const d = createProjectDoc();
    d.getMap('contributions').set(`2026-03-02|${ANA}|1`, { cells: 'lots', chars: 1e400, rows: -5, edits: 2 });
    d.getMap('contributions').set('not-a-day|11|1', { chars: 100 });
    const r = contributions(d, [ANA]).get(ANA)!;
    expect(r.raw).toMatchObject({ chars: 0, cells: 0, rows: 0, edits: 2, activeDays: 1 });
    expect(Number.isFinite(r.score)).toBe(true);
  });
});

describe('data quality', () => {
  it('averages, per table with data: units on every column, enough rows, fit quality', () => {
    const doc = createProjectDoc();
    // y = 2x + 1 exactly: a linear fit has R² = 1
    const good = addTableCell(doc, { name: 'L–T', columns: [{ name: 'L', unit: 'm' }, { name: 'T²', unit: 's²' }], rows: [1, 2, 3, 4, 5, 6].map((x) => [x, 2 * x + 1]) });
    addTableCell(doc, { name: 'rough', columns: [{ name: 'h', unit: 'm' }, { name: 'n', unit: '' }], rows: [[1, 2], [2, 3]] });
    addTableCell(doc, { name: 'empty', columns: [{ name: 'a', unit: 'kg' }], rows: [] });
    const cols = listCells(doc).find((c) => c.id === good)!;
    expect(cols.kind).toBe('table');
    const table = doc.getArray<Y.Map<unknown>>('cells').toArray().find((m) => m.get('id') === good)!;
    const colIds = (table.get('columns') as Y.Array<Y.Map<string>>).toArray().map((m) => m.get('id')!);
    addChartCell(doc, { title: 'fit', tableId: good, x: { columnId: colIds[0], transform: 'none' }, y: { columnId: colIds[1], transform: 'none' }, style: 'scatter', fit: 'linear' });
    const r = dataQuality(doc);
    // good: (1 + 1 + 1)/3 = 1; rough: (0 + 2/5 + 0)/3 = 0.1333; the empty table does not count
    expect(r.score).toBe(56.7);
    expect(r.raw).toEqual({ tables: 2, rows: 8 });
    expect(r.sources).toEqual([
      { kind: 'table', cellId: good, name: 'L–T', rows: 6, unitsOk: true, rSquared: 1 },
      expect.objectContaining({ kind: 'table', name: 'rough', rows: 2, unitsOk: false, rSquared: null }),
    ]);
  });

  it('is 0, noted, for a notebook without data', () => {
    const r = dataQuality(createProjectDoc());
    expect(r).toMatchObject({ score: 0, notes: ['nothing_yet'], raw: { tables: 0 } });
  });
});
