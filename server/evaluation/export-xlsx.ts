/**
 * The class's gradebook as one .xlsx workbook: the gradebook sheet and the records sheet (the same
 * columns as the CSV exports, export-tables.ts), scores as numbers and times as date cells in the
 * reader's time zone.
 */
import { tablesXlsx, wallClock, type SheetCell } from '../spreadsheet/xlsx-write';
import type { ClassGradebook } from './gradebook';
import { EXPORT_HEAD, gradebookTable, recordsTable, type Locale } from './export-tables';

const inZone = (rows: SheetCell[][], tz: string) => rows.map((r) => r.map((c) => (c instanceof Date ? wallClock(c.getTime(), tz) : c)));

export function evaluationXlsx(g: ClassGradebook, locale: Locale, tz: string): Promise<Buffer> {
  const h = EXPORT_HEAD[locale];
  const students = gradebookTable(g, locale);
  const records = recordsTable(g, locale);
  return tablesXlsx([
    { name: `${h.students} ${g.class.name}`, header: students.header, rows: students.rows },
    { name: h.records, header: records.header.map((x) => (x === h.at ? `${x} (${tz})` : x)), rows: inZone(records.rows, tz) },
  ]);
}
