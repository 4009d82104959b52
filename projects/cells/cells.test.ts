import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyTable, recordRow } from '../../simulations/core/recorder';
import { createProjectDoc, listCells } from '../schema';
import { addChartCell, axisLabel, chartSeries, readChart, updateChart } from './chart';
import { addExperimentCell, experimentLabHref, readExperiment, updateExperiment } from './experiment';
import { addImageCell, checkImageUpload, MAX_IMAGE_BYTES, readImage } from './image';
import { programHref } from './program-cell';
import { addLegacyTable, LEGACY_COLUMN_IDS } from '../../test/support/legacy-table';
import { addColumn, addDataTableCell, addTableCell, appendRows, deleteColumn, deleteRow, readTable, replaceTableData, setTableValue, updateColumn } from './table';

describe('table cells', () => {
  it('adds, edits and deletes rows and columns', () => {
    const doc = createProjectDoc();
    const id = addTableCell(doc, { name: 'Pendulum', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }] });
    const [r1, r2] = appendRows(doc, id, [
      [0.5, 1.42],
      [1, null],
    ]);
    let t = readTable(doc, id);
    setTableValue(doc, id, r2, t.columns[1].id, 2.01);
    const c3 = addColumn(doc, id, { name: 'm', unit: 'kg' });
    setTableValue(doc, id, r1, c3, 0.2);
    updateColumn(doc, id, t.columns[0].id, { name: 'length', unit: 'cm' });
    t = readTable(doc, id);
    expect(t.columns.map((c) => `${c.name}/${c.unit}`)).toEqual(['length/cm', 'T/s', 'm/kg']);
    expect(t.rows.map((r) => r.values)).toEqual([
      [0.5, 1.42, 0.2],
      [1, 2.01, null],
    ]);
    deleteColumn(doc, id, t.columns[1].id);
    deleteRow(doc, id, r1);
    expect(readTable(doc, id).rows.map((r) => r.values)).toEqual([[1, null]]);
    expect(() => setTableValue(doc, id, r2, c3, NaN)).toThrow(/finite number or empty; got NaN/);
    expect(() => appendRows(doc, id, [[1]])).toThrow(/row 1 has 1 values; the table has 2 columns/);
    expect(() => updateColumn(doc, id, c3, { name: ' ' })).toThrow(/column name must not be empty/);
    replaceTableData(doc, id, [{ name: 'x', unit: '' }], [[1], [2], [null]]);
    expect(readTable(doc, id).rows.map((r) => r.values)).toEqual([[1], [2], [null]]);
  });

  it('takes a recorder table from the lab, keeping numeric columns and provenance', () => {
    let table = emptyTable(
      [
        { name: 'lengthM', unit: 'm', source: 'param' },
        { name: 'indicator', unit: '', source: 'param' },
        { name: 'periodS', unit: 's', source: 'measurement' },
      ],
      { simulationId: 'pendulum', simulationVersion: '1' },
    );
    table = recordRow(table, { lengthM: 1, indicator: 'x' }, { periodS: 2.006 });
    table = recordRow(table, { lengthM: 2, indicator: 'x' }, { periodS: 2.837 });
    const doc = createProjectDoc();
    const { cellId, skippedColumns } = addDataTableCell(doc, table, { name: 'Run 1', recordedAt: 7 });
    expect(skippedColumns).toEqual(['indicator']);
    const t = readTable(doc, cellId);
    expect(t.columns.map((c) => c.name)).toEqual(['lengthM', 'periodS']);
    expect(t.rows.map((r) => r.values)).toEqual([
      [1, 2.006],
      [2, 2.837],
    ]);
    expect(t.provenance).toEqual({ simulationId: 'pendulum', simulationVersion: '1', recordedAt: 7, experimentCellId: undefined });
  });
});

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Two synced replicas of a document holding a table with columns x, y and the row [1, 2]. */
function twoReplicasWithTable() {
  const a = createProjectDoc();
  const id = addTableCell(a, { name: 't', columns: [{ name: 'x', unit: '' }, { name: 'y', unit: '' }], rows: [[1, 2]] });
  const b = createProjectDoc();
  sync(a, b);
  const [x, y] = readTable(a, id).columns.map((c) => c.id);
  return { a, b, id, x, y };
}

describe('table layout', () => {
  it('stores a row as one plain array entry: under 60 bytes per 4-column row, one Yjs item per batch', () => {
    const doc = createProjectDoc();
    const rows = Array.from({ length: 500 }, (_, r) => [r * 0.01, Math.sqrt(r + 1), r % 7, r * 1.5]);
    const before = Y.encodeStateAsUpdate(doc).length;
    const id = addTableCell(doc, { name: 't', columns: ['a', 'b', 'c', 'd'].map((name) => ({ name, unit: '' })), rows });
    const bytes = Y.encodeStateAsUpdate(doc).length - before;
    expect(bytes / 500).toBeLessThan(60);
    const copy = createProjectDoc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readTable(copy, id).rows.map((r) => r.values)).toEqual(rows);
  });

  it('reads rows by column id, so a column added or deleted while a teammate records rows loses nothing', () => {
    const { a, b, id, x, y } = twoReplicasWithTable();
    const z = addColumn(a, id, { name: 'z', unit: '' });
    appendRows(a, id, [[3, 4, 5]]);
    deleteColumn(b, id, x);
    appendRows(b, id, [[6]]);
    sync(a, b);
    const t = readTable(a, id);
    expect(t.columns.map((c) => c.id)).toEqual([y, z]);
    expect(new Set(t.rows.map((r) => JSON.stringify(r.values)))).toEqual(new Set(['[2,null]', '[4,5]', '[6,null]']));
    expect(readTable(b, id)).toEqual(t);
  });

  it('keeps both edits when two teammates change different cells of one row; one value when the same cell', () => {
    const { a, b, id, x, y } = twoReplicasWithTable();
    const row = readTable(a, id).rows[0].id;
    setTableValue(a, id, row, x, 10);
    setTableValue(b, id, row, y, null);
    sync(a, b);
    expect(readTable(a, id).rows[0].values).toEqual([10, null]);
    expect(readTable(b, id).rows[0].values).toEqual([10, null]);
    setTableValue(a, id, row, x, 11);
    setTableValue(b, id, row, x, 12);
    sync(a, b);
    expect(readTable(a, id).rows[0].values[0]).toBe(readTable(b, id).rows[0].values[0]);
    expect([11, 12]).toContain(readTable(a, id).rows[0].values[0]);
    deleteRow(a, id, row);
    expect(readTable(a, id).rows).toEqual([]);
  });

  it('opens tables stored one Y.Map per row, and keeps editing them in that layout', () => {
    const doc = createProjectDoc();
    const colIds = LEGACY_COLUMN_IDS;
    const cellId = addLegacyTable(doc, {
      cellId: 'kOld',
      name: 'Old',
      rows: [
        [0.5, 1.42],
        [1, null],
      ],
    });
    expect(readTable(doc, cellId).rows).toEqual([
      { id: 'rOld0', values: [0.5, 1.42] },
      { id: 'rOld1', values: [1, null] },
    ]);
    const [r3] = appendRows(doc, cellId, [[2, 2.84]]);
    setTableValue(doc, cellId, 'rOld1', colIds[1], 2.01);
    deleteRow(doc, cellId, 'rOld0');
    deleteColumn(doc, cellId, colIds[0]);
    const t = readTable(doc, cellId);
    expect(t.rows).toEqual([
      { id: 'rOld1', values: [2.01] },
      { id: r3, values: [2.84] },
    ]);
    // still the old layout, which an older app open in another tab reads too
    const cell = doc.getArray<Y.Map<unknown>>('cells').get(0);
    expect(cell.get('data')).toBeUndefined();
    expect((cell.get('rows') as Y.Array<Y.Map<unknown>>).get(1).toJSON()).toEqual({ id: r3, [colIds[1]]: 2.84 });
    replaceTableData(doc, cellId, [{ name: 'x', unit: '' }], [[1], [null]]);
    expect(readTable(doc, cellId).rows.map((r) => r.values)).toEqual([[1], [null]]);
  });
});

describe('chart cells', () => {
  it('plots transformed columns (T² against L) with a linear fit', () => {
    const doc = createProjectDoc();
    const g = 9.81;
    const Ls = [0.2, 0.5, 1, 1.5, 2];
    // T = 2π√(L/g) (small-angle pendulum, e.g. OpenStax College Physics 2e §16.4) so T² = (4π²/g)·L exactly
    const tid = addTableCell(doc, { name: 'p', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }], rows: Ls.map((L) => [L, 2 * Math.PI * Math.sqrt(L / g)]) });
    const cols = readTable(doc, tid).columns;
    const cid = addChartCell(doc, { title: 'T²–L', tableId: tid, x: { columnId: cols[0].id, transform: 'none' }, y: { columnId: cols[1].id, transform: 'square' }, style: 'scatter', fit: 'linear' });
    const s = chartSeries(doc, cid);
    expect(s.xLabel).toBe('L (m)');
    expect(s.yLabel).toBe('T² (s²)');
    expect(s.points.length).toBe(5);
    expect(s.fit!.coefficients[1]).toBeCloseTo((4 * Math.PI ** 2) / g, 10);
    expect(s.fit!.coefficients[0]).toBeCloseTo(0, 10);
    updateChart(doc, cid, { fit: 'power', y: { columnId: cols[1].id, transform: 'none' } });
    // T = (2π/√g)·L^0.5
    expect(chartSeries(doc, cid).fit!.coefficients[1]).toBeCloseTo(0.5, 10);
    expect(() => updateChart(doc, cid, { fit: 'cubic' as never })).toThrow(/none or one of linear, quadratic, power, exponential/);
    expect(readChart(doc, cid).fit).toBe('power');
    expect(axisLabel('V', 'mL', 'reciprocal')).toBe('1/V (1/mL)');
  });

  it('reports a missing table, and a fit error without data', () => {
    const doc = createProjectDoc();
    const tid = addTableCell(doc, { name: 'p', columns: [{ name: 'x', unit: '' }, { name: 'y', unit: '' }] });
    const cols = readTable(doc, tid).columns;
    const cid = addChartCell(doc, { title: '', tableId: tid, x: { columnId: cols[0].id, transform: 'none' }, y: { columnId: cols[1].id, transform: 'none' }, style: 'line', fit: 'linear' });
    expect(chartSeries(doc, cid).fitError).toMatch(/at least 2 points; got 0/);
    expect(chartSeries(doc, cid).fitProblem).toEqual({ reason: 'too-few-points', vars: { kind: 'linear', min: 2, n: 0 } });
    updateChart(doc, cid, { tableId: 'gone' });
    expect(chartSeries(doc, cid).error).toBe('table-missing');
  });
});

describe('experiment and image cells', () => {
  it('stores a simulation with params and state, and links to the lab', () => {
    const doc = createProjectDoc();
    const id = addExperimentCell(doc, { simulationId: 'pendulum', params: { lengthM: 1, secondPendulum: false }, state: { t: 1.5, theta: [0.1] }, caption: 'c' });
    expect(readExperiment(doc, id)).toMatchObject({ simulationId: 'pendulum', params: { lengthM: 1, secondPendulum: false }, state: { t: 1.5, theta: [0.1] } });
    updateExperiment(doc, id, { params: { lengthM: 2 } });
    expect(readExperiment(doc, id).params).toEqual({ lengthM: 2 });
    expect(experimentLabHref('p 1', id, 'pendulum')).toBe(`/labs/pendulum?project=p%201&cell=${id}`);
    expect(() => addExperimentCell(doc, { simulationId: 'Bad Id', params: {} })).toThrow(/simulationId must be lowercase/);
    expect(() => addExperimentCell(doc, { simulationId: 'x', params: { a: Infinity } })).toThrow(/parameter "a" must be a finite number/);
    expect(() => addExperimentCell(doc, { simulationId: 'x', params: {}, state: 'x'.repeat(300_000) })).toThrow(/at most 262144 bytes/);
  });

  it('checks image uploads and stores only the URL', () => {
    expect(() => checkImageUpload({ size: MAX_IMAGE_BYTES + 1, type: 'image/png' })).toThrow(/image is 5\.0 MB; at most 5 MB is allowed/);
    expect(() => checkImageUpload({ size: MAX_IMAGE_BYTES, type: 'image/png' })).not.toThrow();
    // the limit the server announced with the project
    expect(() => checkImageUpload({ size: 1_200_000, type: 'image/jpeg' }, 1024 * 1024)).toThrow(/image is 1\.1 MB; at most 1 MB is allowed/);
    expect(() => checkImageUpload({ size: 10, type: 'image/svg+xml' })).toThrow(/image\/png, image\/jpeg, image\/gif, image\/webp; got "image\/svg\+xml"/);
    expect(() => checkImageUpload({ size: 10, type: 'application/pdf' })).toThrow(/image type must be one of image\/png/);
    const doc = createProjectDoc();
    const id = addImageCell(doc, { src: '/api/projects/p/images/abc', alt: 'setup', caption: 'c', bytes: 10, mimeType: 'image/png' });
    expect(readImage(doc, id).src).toBe('/api/projects/p/images/abc');
    expect(() => addImageCell(doc, { src: 'javascript:alert(1)', alt: '', caption: '', bytes: 1, mimeType: 'image/png' })).toThrow(/server path or http/);
    expect(listCells(doc).map((c) => c.kind)).toEqual(['image']);
    expect(doc.getArray('cells').get(0)).toBeInstanceOf(Y.Map);
  });
});

describe('program cells', () => {
  it('link to the coding lab with the documented query', () => {
    expect(programHref('p 1', 'k2')).toBe('/coding?project=p%201&cell=k2');
  });
});
