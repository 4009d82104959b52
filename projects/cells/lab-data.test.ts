import { describe, expect, it } from 'vitest';
import { emptyTable, recordRow, type DataTable } from '../../simulations/core/recorder';
import { createProjectDoc } from '../schema';
import { addChartCell, chartSeries, pointChartAt, readChart } from './chart';
import { columnFit, fillTable, sentColumns } from './lab-data';
import { addDataTableCell, addTableCell, appendRows, readTable } from './table';

/** The pendulum recorder's default columns, two runs: L = 1 m and 2 m, T = 2π√(L/g) with g = 9.81 m/s². */
function pendulumRuns(): DataTable {
  let t = emptyTable(
    [
      { name: 'lengthM', unit: 'm', source: 'param' },
      { name: 'angleDeg', unit: '°', source: 'param' },
      { name: 'massKg', unit: 'kg', source: 'param' },
      { name: 'periodS', unit: 's', source: 'measurement' },
      { name: 'periodSquaredS2', unit: 's²', source: 'measurement' },
    ],
    { simulationId: 'pendulum', simulationVersion: '2' },
  );
  for (const l of [1, 2]) {
    const period = 2 * Math.PI * Math.sqrt(l / 9.81);
    t = recordRow(t, { lengthM: l, angleDeg: 10, massKg: 0.5 }, { periodS: period, periodSquaredS2: period ** 2 });
  }
  return t;
}

describe('lab data into a table', () => {
  it('fits a template table by its columns’ keys, else by a unique unit; names what is left out', () => {
    const sent = sentColumns(pendulumRuns());
    expect(columnFit([{ id: 'a', name: 'L', unit: 'm', key: 'lengthM' }, { id: 'b', name: 'T', unit: 's', key: 'periodS' }], sent)).toEqual({ from: [0, 3], leftOut: [1, 2, 4] });
    // without keys: L (m) has one recorded column in metres, T (s) one in seconds (T² is in s²)
    expect(columnFit([{ id: 'a', name: 'L', unit: 'm' }, { id: 'b', name: 'T', unit: 's' }], sent)).toEqual({ from: [0, 3], leftOut: [1, 2, 4] });
    // a column nothing stands for, or an ambiguous unit, does not fit
    expect(columnFit([{ id: 'a', name: 'v', unit: 'm/s' }], sent)).toBeNull();
    expect(columnFit([{ id: 'a', name: 'x', unit: '' }], sent)).toBeNull();
    expect(columnFit([], sent)).toBeNull();
  });

  it('fills the table at full precision, drops its blank rows, and gives its columns the display digits and keys', () => {
    const doc = createProjectDoc();
    const id = addTableCell(doc, { name: 'Part 1', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }] });
    appendRows(doc, id, [[null, null]]);
    const table = pendulumRuns();
    const fit = columnFit(readTable(doc, id).columns, sentColumns(table))!;
    expect(fillTable(doc, id, table, fit, [{ digits: 4 }, {}, {}, { digits: 4 }, {}])).toBe(2);
    const t = readTable(doc, id);
    expect(t.columns.map((c) => [c.name, c.key, c.digits])).toEqual([
      ['L', 'lengthM', 4],
      ['T', 'periodS', 4],
    ]);
    // T = 2π√(L/g): 2.00607 s for 1 m, 2.83700 s for 2 m (g = 9.81 m/s²), stored unrounded
    expect(t.rows.map((r) => r.values)).toEqual([
      [1, 2 * Math.PI * Math.sqrt(1 / 9.81)],
      [2, 2 * Math.PI * Math.sqrt(2 / 9.81)],
    ]);
    expect(t.rows[0].values[1]).toBeCloseTo(2.00607, 5);
  });
});

describe('a chart pointed at another table', () => {
  it('moves its axes to the columns of the same quantities, or to the first two, never to columns the table lacks', () => {
    const doc = createProjectDoc();
    const part1 = addTableCell(doc, { name: 'Part 1', columns: [{ name: 'L', unit: 'm', key: 'lengthM' }, { name: 'T', unit: 's', key: 'periodS' }] });
    const [l, tcol] = readTable(doc, part1).columns;
    const chart = addChartCell(doc, { title: 'T² against L', tableId: part1, x: { columnId: l.id, transform: 'none' }, y: { columnId: tcol.id, transform: 'square' }, style: 'scatter', fit: 'linear' });
    // the lab's table: five columns in another order, the same quantities by key
    const sent = addDataTableCell(doc, pendulumRuns(), { name: 'Run 2' }).cellId;
    pointChartAt(doc, chart, sent);
    const cols = readTable(doc, sent).columns;
    const c = readChart(doc, chart);
    expect([c.tableId, cols.find((x) => x.id === c.x.columnId)?.key, cols.find((x) => x.id === c.y.columnId)?.key, c.y.transform]).toEqual([sent, 'lengthM', 'periodS', 'square']);
    expect(chartSeries(doc, chart).error).toBeNull();
    // a table with nothing in common: its first two columns
    const other = addTableCell(doc, { name: 'Other', columns: [{ name: 'a', unit: 'V' }, { name: 'b', unit: 'A' }] });
    pointChartAt(doc, chart, other);
    const o = readTable(doc, other).columns;
    expect([readChart(doc, chart).x.columnId, readChart(doc, chart).y.columnId]).toEqual([o[0].id, o[1].id]);
    expect(chartSeries(doc, chart).error).toBeNull();
  });
});
