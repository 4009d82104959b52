/**
 * A school's class list as schools keep it (a CSV export of the spreadsheet: name, student number,
 * class) or the .xlsx workbook itself, read and checked row by row before anything is written. Each student's username is their
 * student number (学号), which they already know; problems are reported per row and field, with the
 * line the spreadsheet shows, so the administrator can fix the file and try again.
 */
import { csvRecords, CsvImportError } from '../../projects/csv';
import type { ClassListFileProblem } from '../../projects/contracts/accounts';
import { readFirstSheet, XlsxReadError } from '../spreadsheet/xlsx-read';

/** The biggest list one import takes (a whole grade of a large school). */
export const MAX_CLASS_LIST_ROWS = 2000;
export const MAX_CLASS_LIST_BYTES = 1024 * 1024;
export const MAX_NAME_CHARS = 64;
export const MAX_CLASS_NAME_CHARS = 80;
/** The username rule of the app (server/http/auth-routes.ts RegisterBody): the student number must fit it. */
export const STUDENT_NUMBER_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

export type ClassListField = 'name' | 'studentNumber' | 'className';

/** Header words each column is recognised by (compared ignoring case and spaces). */
export const CLASS_LIST_HEADERS: Record<ClassListField, readonly string[]> = {
  name: ['姓名', '学生姓名', 'name', 'studentname', 'fullname'],
  studentNumber: ['学号', '学籍号', 'studentnumber', 'studentno', 'studentno.', 'number', 'studentid'],
  className: ['班级', '班级名称', '班', 'class', 'classname'],
};

export class ClassListError extends Error {
  constructor(
    message: string,
    /** What is wrong, for the app's wording (projects/contracts/accounts.ts CLASS_LIST_FILE_PROBLEMS). */
    readonly problem: ClassListFileProblem,
    readonly vars: Record<string, string | number> = {},
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ClassListError';
  }
}

export interface ClassListRow {
  /** The line of the file the row starts on (1 = the header). */
  line: number;
  name: string;
  studentNumber: string;
  className: string;
}

export interface RowProblem {
  field: ClassListField;
  code: 'missing' | 'too_long' | 'invalid' | 'duplicate' | 'taken' | 'unknown_class';
  message: string;
  /** `duplicate`: the line the same student number came first. */
  firstLine?: number;
}

export interface CheckedRow extends ClassListRow {
  /** The username the account gets (the student number). */
  username: string;
  /** The existing class the student goes into; null when the class is created by the import. */
  classId: number | null;
  problems: RowProblem[];
}

export interface CheckedClassList {
  rows: CheckedRow[];
  /** Classes the list names that the school does not have yet, created by the import (in order of first mention). */
  newClasses: string[];
  /** Rows with at least one problem. */
  rowsWithProblems: number;
}

const headerKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** How far down a file the header row is looked for (title rows above it, often merged, are skipped). */
export const HEADER_SEARCH_ROWS = 10;

/** One row of the file as read: its cells' texts and the line (CSV) or row number (XLSX) a person sees. */
export interface ClassListRecord {
  fields: string[];
  line: number;
}

/** Reads the CSV text: see classListFromRecords. */
export function parseClassList(text: string): ClassListRow[] {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CLASS_LIST_BYTES) {
    const vars = { sizeMb: (bytes / 1048576).toFixed(1), maxMb: (MAX_CLASS_LIST_BYTES / 1048576).toFixed(1) };
    throw new ClassListError(`the file is ${vars.sizeMb} MB; at most ${vars.maxMb} MB can be imported at once`, 'file_too_large', vars);
  }
  let recs;
  try {
    recs = csvRecords(text);
  } catch (e) {
    // the only thing csvRecords refuses: a quoted field never closed
    if (e instanceof CsvImportError) throw new ClassListError(e.message, 'unclosed_quote', { line: e.row ?? 0 }, e.row);
    throw e;
  }
  return classListFromRecords(recs);
}

/** Reads the first worksheet of an .xlsx workbook (bytes as uploaded): see classListFromRecords. */
export async function parseClassListXlsx(bytes: Uint8Array): Promise<ClassListRow[]> {
  let rows;
  try {
    rows = await readFirstSheet(bytes, MAX_CLASS_LIST_ROWS + HEADER_SEARCH_ROWS);
  } catch (e) {
    if (e instanceof XlsxReadError) {
      // the sheet is read up to the header rows past the limit: the limit people are told is the students'
      if (e.problem === 'too_many_rows') throw new ClassListError(`the first worksheet has more than ${MAX_CLASS_LIST_ROWS} students; at most ${MAX_CLASS_LIST_ROWS} can be imported at once`, 'too_many_rows', { max: MAX_CLASS_LIST_ROWS });
      throw new ClassListError(e.message, e.problem, e.vars, e.row);
    }
    throw e;
  }
  return classListFromRecords(rows.map((r) => ({ fields: r.cells, line: r.row })));
}

const matchedColumns = (fields: readonly string[]) => {
  const header = fields.map(headerKey);
  const column: Partial<Record<ClassListField, number>> = {};
  for (const field of Object.keys(CLASS_LIST_HEADERS) as ClassListField[]) {
    const at = header.findIndex((h) => CLASS_LIST_HEADERS[field].includes(h));
    if (at >= 0) column[field] = at;
  }
  return column;
};

/**
 * The students of a file's rows: a header naming the three columns (in any order; other columns are
 * ignored) within the first rows (title rows above it are skipped), then one student a row; rows with
 * nothing in the three columns are skipped.
 */
export function classListFromRecords(recs: readonly ClassListRecord[]): ClassListRow[] {
  const filled = recs.filter((r) => r.fields.some((f) => f.trim()));
  if (!filled.length) throw new ClassListError('the file is empty: the first row must name the columns (姓名, 学号, 班级 or name, student number, class)', 'empty');
  const fields = Object.keys(CLASS_LIST_HEADERS) as ClassListField[];
  let headerAt = -1;
  let best = { at: 0, n: -1 };
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, filled.length); i++) {
    const n = Object.keys(matchedColumns(filled[i].fields)).length;
    if (n === fields.length) {
      headerAt = i;
      break;
    }
    if (n > best.n) best = { at: i, n };
  }
  if (headerAt < 0) {
    // name what the likeliest header row lacks
    const rec = filled[best.at];
    const missing = fields.find((f) => matchedColumns(rec.fields)[f] === undefined)!;
    const found = rec.fields.map((f) => `"${f.trim()}"`).join(', ');
    throw new ClassListError(
      `the header row has no ${missing} column; name it one of: ${CLASS_LIST_HEADERS[missing].join(', ')} (found: ${found})`,
      'no_header',
      { column: missing, names: CLASS_LIST_HEADERS[missing].join(', '), found, line: rec.line },
      rec.line,
    );
  }
  const column = matchedColumns(filled[headerAt].fields) as Record<ClassListField, number>;
  const rows = filled
    .slice(headerAt + 1)
    .map(({ fields: f, line }) => ({
      line,
      name: (f[column.name] ?? '').trim(),
      studentNumber: (f[column.studentNumber] ?? '').trim(),
      className: (f[column.className] ?? '').trim(),
    }))
    .filter((r) => r.name || r.studentNumber || r.className);
  if (rows.length > MAX_CLASS_LIST_ROWS) {
    throw new ClassListError(`the file has ${rows.length} students; at most ${MAX_CLASS_LIST_ROWS} can be imported at once`, 'too_many_rows', { n: rows.length, max: MAX_CLASS_LIST_ROWS });
  }
  return rows;
}

export interface ClassListContext {
  /** The school's classes. */
  classes: readonly { id: number; name: string }[];
  /** Usernames already taken anywhere on this server, lower case. */
  takenUsernames: ReadonlySet<string>;
  /** Whether classes the school does not have may be created (a teacher for them was chosen). */
  mayCreateClasses: boolean;
}

/** Checks every row; nothing is written until no row has a problem. */
export function checkClassList(rows: readonly ClassListRow[], ctx: ClassListContext): CheckedClassList {
  const classByName = new Map(ctx.classes.map((c) => [c.name.normalize('NFKC').trim(), c.id]));
  const firstLineOf = new Map<string, number>();
  const newClasses: string[] = [];
  const checked = rows.map((r): CheckedRow => {
    const problems: RowProblem[] = [];
    if (!r.name) problems.push({ field: 'name', code: 'missing', message: 'the name is empty' });
    else if ([...r.name].length > MAX_NAME_CHARS) problems.push({ field: 'name', code: 'too_long', message: `the name is longer than ${MAX_NAME_CHARS} characters` });

    const key = r.studentNumber.toLowerCase();
    if (!r.studentNumber) problems.push({ field: 'studentNumber', code: 'missing', message: 'the student number is empty' });
    else if (!STUDENT_NUMBER_PATTERN.test(r.studentNumber)) {
      problems.push({ field: 'studentNumber', code: 'invalid', message: 'a student number (the username) is 3 to 32 letters, digits, dots, dashes or underscores' });
    } else if (firstLineOf.has(key)) {
      problems.push({ field: 'studentNumber', code: 'duplicate', message: `the same student number as line ${firstLineOf.get(key)}`, firstLine: firstLineOf.get(key) });
    } else if (ctx.takenUsernames.has(key)) {
      problems.push({ field: 'studentNumber', code: 'taken', message: `an account with the username "${r.studentNumber}" exists already` });
    }
    if (r.studentNumber && !firstLineOf.has(key)) firstLineOf.set(key, r.line);

    const className = r.className.normalize('NFKC');
    let classId: number | null = null;
    if (!className) problems.push({ field: 'className', code: 'missing', message: 'the class is empty' });
    else if ([...className].length > MAX_CLASS_NAME_CHARS) problems.push({ field: 'className', code: 'too_long', message: `the class name is longer than ${MAX_CLASS_NAME_CHARS} characters` });
    else if (classByName.has(className)) classId = classByName.get(className)!;
    else if (!ctx.mayCreateClasses) {
      problems.push({ field: 'className', code: 'unknown_class', message: `the school has no class "${className}"; choose a teacher for new classes, or correct the name` });
    } else if (!newClasses.includes(className)) newClasses.push(className);

    return { ...r, className, username: r.studentNumber, classId, problems };
  });
  return { rows: checked, newClasses, rowsWithProblems: checked.filter((r) => r.problems.length).length };
}
