/**
 * Reads the first worksheet of an .xlsx file a person uploaded, as rows of cell texts, within bounds an
 * upload cannot get round: the file's size, the number of parts in the zip, and the size those parts
 * unpack to. An .xlsx is a zip of XML files, and a zip can claim small sizes and unpack to gigabytes (a zip
 * bomb), so the file is unpacked here first with fflate into buffers of exactly the sizes its directory
 * declares (never more, whatever the compressed data holds) after checking that their sum is within
 * bounds; exceljs then reads a stored (uncompressed) copy of those parts, so nothing it does unpacks more.
 *
 * Why exceljs: MIT, the most used maintained .xlsx reader and writer for Node (shared strings, inline and
 * rich text, formulas' cached results, merged cells, dates, WPS and Excel files alike) and it writes typed
 * cells for the exports (xlsx-write.ts); it runs on the server only, the browser just uploads the bytes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The biggest .xlsx a person can upload (a class list of 2 000 students is about 60 kB). */
export const MAX_XLSX_BYTES = 1024 * 1024;
/** What the parts of one upload may unpack to, together. */
export const MAX_XLSX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** Parts of the zip (a workbook has a dozen or two). */
export const MAX_XLSX_PARTS = 400;

/** What is wrong with an uploaded workbook (the app words each in the reader's language). */
export type XlsxProblem = 'file_too_large' | 'not_xlsx' | 'too_many_parts' | 'unpacks_too_large' | 'unreadable' | 'no_worksheet' | 'too_many_rows';

export class XlsxReadError extends Error {
  constructor(
    message: string,
    readonly problem: XlsxProblem,
    /** The numbers the message names (sizes in MB, limits), for the app's wording. */
    readonly vars: Record<string, string | number> = {},
    /** The spreadsheet row (1-based) the problem is on, when it is on one. */
    readonly row?: number,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

export interface SheetRow {
  /** The row number the spreadsheet shows (1-based). */
  row: number;
  /** Cell texts by column, A = 0; an empty cell is ''. */
  cells: string[];
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** The parts of the zip, unpacked within the bounds; throws XlsxReadError on anything else. */
export function unpackXlsx(bytes: Uint8Array): Zippable {
  if (bytes.length > MAX_XLSX_BYTES) {
    throw new XlsxReadError(`the file is ${mb(bytes.length)}; at most ${mb(MAX_XLSX_BYTES)} can be uploaded`, 'file_too_large', { sizeMb: (bytes.length / 1048576).toFixed(1), maxMb: (MAX_XLSX_BYTES / 1048576).toFixed(1) });
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new XlsxReadError('the file is not an .xlsx workbook (save it from Excel or WPS as "Excel Workbook (*.xlsx)"; old .xls files are not read)', 'not_xlsx');
  }
  let parts = 0;
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter(f) {
        parts++;
        unpacked += f.originalSize;
        if (parts > MAX_XLSX_PARTS) throw new XlsxReadError(`the workbook has more than ${MAX_XLSX_PARTS} parts; save the class list alone in a new workbook`, 'too_many_parts', { max: MAX_XLSX_PARTS });
        if (unpacked > MAX_XLSX_UNPACKED_BYTES) {
          throw new XlsxReadError(`the workbook unpacks to more than ${mb(MAX_XLSX_UNPACKED_BYTES)}; save the class list alone in a new workbook`, 'unpacks_too_large', { maxMb: (MAX_XLSX_UNPACKED_BYTES / 1048576).toFixed(1) });
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError(`the file is not a readable .xlsx workbook (${(e as Error).message})`, 'unreadable');
  }
}

/** A cell's value as the text the spreadsheet shows for it (near enough for names and numbers). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return '';
}

/**
 * The first worksheet's rows with anything in them, in order, at most `maxRows` of them (more is an error
 * naming the limit). Cells merged across are read once, from their top-left cell.
 */
export async function readFirstSheet(bytes: Uint8Array, maxRows: number): Promise<SheetRow[]> {
  const parts = unpackXlsx(bytes);
  const stored = zipSync(parts, { level: 0 });
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer of its own @types/node version; the stored zip is one
    await workbook.xlsx.load(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError(`the file is not a readable .xlsx workbook (${(e as Error).message})`, 'unreadable');
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new XlsxReadError('the file is not a readable .xlsx workbook: it has no worksheet', 'no_worksheet');
  const rows: SheetRow[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooMany) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // a merged cell's other parts repeat the master's value in exceljs; the sheet shows it once
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = cellText(cell.value).trim();
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (!cells.some(Boolean)) return;
    if (rows.length >= maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  if (tooMany) throw new XlsxReadError(`the first worksheet has more than ${maxRows} rows; at most ${maxRows} can be imported at once`, 'too_many_rows', { max: maxRows });
  return rows;
}
