/**
 * The class's gradebook tables (export-tables.ts) as CSV (RFC 4180: quoted fields, CRLF line ends, a
 * UTF-8 byte-order mark so spreadsheet programs read Chinese names correctly; times in UTC, ISO 8601).
 */
import type { SheetCell } from '../spreadsheet/xlsx-write';
import type { ClassGradebook } from './gradebook';
import { gradebookTable, recordsTable, type ExportTable, type Locale } from './export-tables';

const cell = (v: SheetCell) => {
  const s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
};
const BOM = '\uFEFF';
const csv = (t: ExportTable) => BOM + [t.header, ...t.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

export const gradebookCsv = (g: ClassGradebook, locale: Locale): string => csv(gradebookTable(g, locale));
export const recordsCsv = (g: ClassGradebook, locale: Locale): string => csv(recordsTable(g, locale));
