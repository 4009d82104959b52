/**
 * CSV import and export for table cells. The header row names the columns, each optionally with its
 * unit in parentheses (`length (m)`), which is also what export writes (text protected against formula
 * injection, simulations/core/csv-cell.ts; the protecting quote is taken off again here). Every bad input becomes a
 * CsvImportError that names the row and column (1-based, as a spreadsheet shows them).
 */
import { csvCellText, DECIMAL_NUMBER } from '../simulations/core/csv-cell';
import { tableToCsv } from '../simulations/core/recorder';
import { tableAsDataTable, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type TableData } from './cells/table';

export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export class CsvImportError extends Error {
  constructor(
    message: string,
    readonly row?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'CsvImportError';
  }
}

export interface ParsedCsv {
  columns: { name: string; unit: string }[];
  rows: (number | null)[][];
}

/** Split into records of fields (RFC 4180 quoting); `line` is where each record starts. */
function records(text: string, sep: string): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      out.push({ fields, line: start });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new CsvImportError(`a quoted field starting on line ${start} is never closed`, start);
  if (field !== '' || fields.length) {
    fields.push(field);
    out.push({ fields, line: start });
  }
  return out.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === ''));
}

function detectSeparator(firstLine: string): string {
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ',';
}

/**
 * The records of CSV text (UTF-8, optional BOM; comma, semicolon or tab separated, as the first line
 * shows; RFC 4180 quoting), blank lines left out, each with the line it starts on.
 */
export function csvRecords(text: string): { fields: string[]; line: number }[] {
  const body = text.replace(/^\uFEFF/, '');
  return records(body, detectSeparator(body.split(/\r?\n/, 1)[0] ?? ''));
}

export function parseHeader(h: string): { name: string; unit: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(h.trim());
  return m ? { name: m[1].trim(), unit: m[2].trim() } : { name: h.trim(), unit: '' };
}

/**
 * Parse CSV text (UTF-8, optional BOM; comma, semicolon or tab separated). Empty cells become null;
 * anything else must be a decimal number (`1.5`, `-2e-3`).
 */
export function parseCsv(text: string, byteLength = new TextEncoder().encode(text).length): ParsedCsv {
  if (byteLength > MAX_CSV_BYTES) {
    throw new CsvImportError(`the file is ${(byteLength / 1048576).toFixed(1)} MB; at most ${MAX_CSV_BYTES / 1048576} MB can be imported into one table`);
  }
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const recs = records(body, detectSeparator(firstLine));
  if (recs.length === 0) throw new CsvImportError('the file is empty: the first row must name the columns');
  const header = recs[0].fields;
  if (header.length > MAX_TABLE_COLUMNS) throw new CsvImportError(`the header has ${header.length} columns; at most ${MAX_TABLE_COLUMNS} are allowed`, recs[0].line);
  const columns = header.map((h, j) => {
    const c = parseHeader(csvCellText(h));
    if (!c.name) throw new CsvImportError(`row ${recs[0].line}, column ${j + 1}: the column has no name`, recs[0].line, j + 1);
    return c;
  });
  if (recs.length - 1 > MAX_TABLE_ROWS) throw new CsvImportError(`the file has ${recs.length - 1} data rows; at most ${MAX_TABLE_ROWS} are allowed`);
  const rows: (number | null)[][] = [];
  for (let r = 1; r < recs.length; r++) {
    const { fields, line } = recs[r];
    if (fields.length !== columns.length) {
      throw new CsvImportError(`row ${line}: has ${fields.length} values, but the header has ${columns.length} columns`, line);
    }
    rows.push(
      fields.map((f, j) => {
        const s = f.trim();
        if (s === '') return null;
        const v = DECIMAL_NUMBER.test(s) ? Number(s) : NaN;
        if (!Number.isFinite(v)) {
          const hint = /^[+-]?\d+,\d+$/.test(s) ? ' (use a point as decimal separator)' : '';
          throw new CsvImportError(`row ${line}, column ${j + 1} ("${columns[j].name}"): "${s.slice(0, 30)}" is not a number${hint}`, line, j + 1);
        }
        return v;
      }),
    );
  }
  return { columns, rows };
}

export function tableDataToCsv(t: TableData): string {
  return tableToCsv(tableAsDataTable(t));
}
