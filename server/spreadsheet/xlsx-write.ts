/**
 * Tables written as an .xlsx workbook with typed cells (exceljs, see xlsx-read.ts for why): numbers stay
 * numbers a spreadsheet can sum, times are real date cells shown in the reader's time zone, text is
 * text (a cell that starts with "=" is stored as a string, never as a formula, so no formula injection).
 */
import type { ServerResponse } from 'node:http';
import { invalidField } from '../http/errors';

export type SheetCell = string | number | Date | null | undefined;

export interface SheetTable {
  /** The worksheet's tab name (at most 31 characters, none of \ / ? * [ ] :). */
  name: string;
  header: string[];
  rows: SheetCell[][];
}

/** The `tz` query parameter (the reader's IANA time zone, UTC when absent), or a 400 naming the field. */
export function timeZoneParam(url: URL): string {
  const tz = url.searchParams.get('tz') ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw invalidField('tz', 'not_a_time_zone', { value: tz.slice(0, 60) });
  }
}

/**
 * The wall-clock time of an instant in a time zone, as a Date whose UTC fields are that wall clock
 * (spreadsheet dates have no zone: exceljs writes a Date's UTC fields, so this is what the reader sees).
 */
export function wallClock(ms: number, tz: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second), ms % 1000 < 0 ? 1000 + (ms % 1000) : ms % 1000));
}

/** Columns a text takes: Chinese characters are about two wide. */
const displayWidth = (v: SheetCell) => [...String(v ?? '')].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

const SHEET_NAME_BAD = /[\\/?*[\]:]/g;

/** The workbook's bytes: one worksheet per table, the header row bold and frozen, date cells as `yyyy-mm-dd hh:mm`. */
export async function tablesXlsx(tables: readonly SheetTable[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sprout Lab';
  wb.created = new Date(0); // the same tables give the same bytes apart from the zip's own dates
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(SHEET_NAME_BAD, ' ').slice(0, 31) || 'Sheet';
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) {
      const row = ws.addRow(r.map((c) => (c === undefined ? null : c)));
      r.forEach((c, i) => {
        if (c instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
      });
    }
    ws.columns.forEach((col, i) => {
      const longest = Math.max(displayWidth(t.header[i]), ...t.rows.slice(0, 200).map((r) => (r[i] instanceof Date ? 16 : displayWidth(r[i]))));
      col.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendXlsx(res: ServerResponse, filename: string, bytes: Buffer): void {
  res.writeHead(200, { 'content-type': XLSX_TYPE, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store', 'content-length': bytes.length });
  res.end(bytes);
}
