/**
 * One CSV field, written so that a spreadsheet shows it as the text or number it is, and read back.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`, `-2+3+cmd|' /C calc'!A0`). Such a text
 * cell — a column name, a note — is written the way OWASP recommends: a single quote in front and the
 * whole field in double quotes (`"'=1+2"`), so it is shown as text. A cell that is a plain decimal
 * number (`-1.5`, `+3`, `-2e-3`: the syntax the importer accepts, see projects/csv.ts) is left as it is,
 * so negative measurements stay numbers. Fields are quoted when they hold a quote, a comma, a semicolon
 * (the separator of spreadsheets in many locales, which would otherwise start a new, unprotected cell), a
 * tab or a line break.
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** A plain decimal number, as the CSV importer reads one. */
export const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const startsWithTrigger = (s: string) => (FORMULA_TRIGGERS as readonly string[]).includes(s.charAt(0));

/** The field as written to a CSV file. */
export function csvCell(text: string): string {
  if (startsWithTrigger(text) && !(DECIMAL_NUMBER.test(text) && Number.isFinite(Number(text)))) {
    return `"'${text.replace(/"/g, '""')}"`;
  }
  return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A field read from a CSV file (already unquoted), with the protecting quote of `csvCell` taken off again. */
export function csvCellText(field: string): string {
  return field.startsWith("'") && startsWithTrigger(field.slice(1)) ? field.slice(1) : field;
}
