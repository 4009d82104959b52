import { describe, expect, it } from 'vitest';
import { addTableCell, readTable } from './cells/table';
import { csvCell, csvCellText } from '../simulations/core/csv-cell';
import { tableToCsv } from '../simulations/core/recorder';
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

describe('CSV export against formula injection (OWASP "CSV Injection")', () => {
  // OWASP: cells starting with = + - @ tab or carriage return are run as formulas by spreadsheets; such
  // text is written with a leading single quote, inside double quotes. Numbers stay numbers.
  it('neutralises text cells and headers that start with = + - @ tab or CR', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+1+cmd')).toBe(`"'+1+cmd"`);
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe(`"'-2+3+cmd|' /C calc'!A0"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('-')).toBe(`"'-"`);
    expect(csvCell('-Infinity')).toBe(`"'-Infinity"`);
  });

  it('leaves plain decimal numbers (negative ones too) and harmless text as they are', () => {
    for (const n of ['-1.5', '+3', '-2e-3', '-.5', '0', '12.5', '-1e+21']) expect(csvCell(n)).toBe(n);
    expect(csvCell('length')).toBe('length');
    expect(csvCell('a=b')).toBe('a=b');
    // a semicolon or tab would start a new, unprotected cell in spreadsheets that split on them
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell('x\t=1+1')).toBe('"x\t=1+1"');
  });

  it('writes a table whose column names and text cells are formulas as text, and reads it back unchanged', () => {
    const doc = createProjectDoc();
    const id = addTableCell(doc, {
      name: 't',
      columns: [{ name: '=1+1', unit: '' }, { name: '@x', unit: 'm' }, { name: '温度', unit: '°C' }],
      rows: [[-1.5, -0.25, -40], [2, null, 3]],
    });
    const csv = tableDataToCsv(readTable(doc, id));
    expect(csv).toBe(`"'=1+1","'@x (m)",温度 (°C)\n-1.5,-0.25,-40\n2,,3\n`);
    expect(csv.split('\n').flatMap((l) => l.split(',')).filter((f) => /^[=+@\t\r]/.test(f))).toEqual([]);
    expect(parseCsv(csv)).toEqual({
      columns: [{ name: '=1+1', unit: '' }, { name: '@x', unit: 'm' }, { name: '温度', unit: '°C' }],
      rows: [[-1.5, -0.25, -40], [2, null, 3]],
    });
    expect(csvCellText("'=x")).toBe('=x');
    expect(csvCellText("'quoted")).toBe("'quoted");
  });

  it('protects the lab recorder’s CSV too (one writer for every CSV)', () => {
    const t = { columns: [{ name: '-note', unit: '', source: 'manual' as const }, { name: 'xM', unit: 'm', source: 'measurement' as const }], rows: [['=cmd|calc', -3]] };
    expect(tableToCsv(t)).toBe(`"'-note",xM (m)\n"'=cmd|calc",-3\n`);
  });
});
