import { describe, expect, it } from 'vitest';
import { addTableCell, readTable } from './cells/table';
import { CsvImportError, parseCsv, tableDataToCsv } from './csv';
import { createProjectDoc } from './schema';

function err(fn: () => unknown): CsvImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvImportError) return e;
    throw e;
  }
  throw new Error('expected a CsvImportError');
}

describe('CSV import', () => {
  it('reads units from headers, quotes, BOM, CRLF, empty cells and exponents', () => {
    const csv = '\uFEFFlength (m),"period, measured (s)",note\r\n0.5,1.42,\r\n1,2.01,3e-2\r\n\r\n';
    expect(parseCsv(csv)).toEqual({
      columns: [
        { name: 'length', unit: 'm' },
        { name: 'period, measured', unit: 's' },
        { name: 'note', unit: '' },
      ],
      rows: [
        [0.5, 1.42, null],
        [1, 2.01, 0.03],
      ],
    });
  });

  it('detects semicolon and tab separators', () => {
    expect(parseCsv('a;b\n1;2\n').rows).toEqual([[1, 2]]);
    expect(parseCsv('a\tb\n1\t2\n').rows).toEqual([[1, 2]]);
  });

  it('names the row when a row has the wrong number of values', () => {
    const e = err(() => parseCsv('x (m),y (s)\n1,2\n3,4,5\n'));
    expect(e.message).toBe('row 3: has 3 values, but the header has 2 columns');
    expect(e.row).toBe(3);
  });

  it('names row and column of a non-numeric cell, with a hint for decimal commas', () => {
    const e = err(() => parseCsv('x (m),y (s)\n1,2\n3,abc\n'));
    expect(e.message).toBe('row 3, column 2 ("y"): "abc" is not a number');
    expect([e.row, e.column]).toEqual([3, 2]);
    expect(err(() => parseCsv('x;y\n1;2,5\n')).message).toMatch(/row 2, column 2 \("y"\): "2,5" is not a number \(use a point as decimal separator\)/);
    expect(err(() => parseCsv('x,y\n1,Infinity\n')).message).toMatch(/row 2, column 2/);
  });

  it('refuses a 10 MB file with its size and the limit', () => {
    const line = '1.2345678,2.3456789,3.4567891\n';
    const big = 'a,b,c\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    expect(err(() => parseCsv(big)).message).toBe('the file is 10.0 MB; at most 2 MB can be imported into one table');
  });

  it('refuses empty files, unnamed columns and unclosed quotes', () => {
    expect(err(() => parseCsv('')).message).toMatch(/empty/);
    expect(err(() => parseCsv('a,,c\n1,2,3')).message).toBe('row 1, column 2: the column has no name');
    expect(err(() => parseCsv('a,b\n"1,2\n')).message).toMatch(/quoted field starting on line 2 is never closed/);
  });

  it('round-trips through export', () => {
    const doc = createProjectDoc();
    const id = addTableCell(doc, { name: 't', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }], rows: [[0.5, 1.4187], [1, null]] });
    const csv = tableDataToCsv(readTable(doc, id));
    expect(csv).toBe('L (m),T (s)\n0.5,1.4187\n1,\n');
    expect(parseCsv(csv).rows).toEqual([[0.5, 1.4187], [1, null]]);
  });
});
