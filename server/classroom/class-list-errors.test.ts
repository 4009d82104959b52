/**
 * Every way a class-list file is refused as a whole has its code and numbers (issue #19: the app words them
 * in zh-CN and English, src/i18n/{zh-CN,en}/classroom.json classroom.import.fileError.*), for .xlsx
 * workbooks and CSV text alike: too large, not a workbook, unreadable, too many parts, unpacking too large,
 * no worksheet, too many students, empty, no header row, a quoted field never closed.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CLASS_LIST_FILE_PROBLEMS } from '../../projects/contracts/accounts';
import { MAX_XLSX_BYTES } from '../spreadsheet/xlsx-read';
import { ClassListError, MAX_CLASS_LIST_BYTES, MAX_CLASS_LIST_ROWS, parseClassList, parseClassListXlsx } from './class-list';

async function refusal(read: () => unknown): Promise<ClassListError> {
  try {
    await read();
  } catch (e) {
    if (e instanceof ClassListError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}
const xlsx = (bytes: Uint8Array) => refusal(() => parseClassListXlsx(bytes));
const csv = (text: string) => refusal(() => parseClassList(text));

async function workbook(rows: unknown[][], sheets = 1): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < sheets; s++) wb.addWorksheet(`S${s}`);
  for (const r of rows) wb.worksheets[0].addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const seen = new Set<string>();
const expectProblem = (e: ClassListError, problem: string, vars: Record<string, unknown> = {}) => {
  seen.add(problem);
  expect({ problem: e.problem, vars: e.vars }).toEqual({ problem, vars: expect.objectContaining(vars) });
};

describe('class-list files refused as a whole: a code and its numbers', () => {
  it('file_too_large: an .xlsx over 1 MB, a CSV over 1 MB', async () => {
    const big = new Uint8Array(MAX_XLSX_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expectProblem(await xlsx(big), 'file_too_large', { sizeMb: '1.0', maxMb: '1.0' });
    expectProblem(await csv('姓名,学号,班级\n' + 'x'.repeat(MAX_CLASS_LIST_BYTES)), 'file_too_large', { sizeMb: '1.0', maxMb: '1.0' });
  });

  it('not_xlsx: CSV bytes or an old .xls sent as a workbook', async () => {
    expectProblem(await xlsx(strToU8('姓名,学号,班级\n')), 'not_xlsx');
    expectProblem(await xlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'not_xlsx');
  });

  it('unreadable: a damaged zip; too_many_parts; unpacks_too_large', async () => {
    const whole = await workbook([['姓名', '学号', '班级']]);
    expectProblem(await xlsx(whole.slice(0, whole.length >> 1)), 'unreadable');
    expectProblem(await xlsx(zipSync(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`p${i}.xml`, strToU8('<x/>')])))), 'too_many_parts', { max: 400 });
    const bomb = zipSync({ 'a.xml': new Uint8Array(20 * 1024 * 1024).fill(0x20) }, { level: 1 });
    expectProblem(await xlsx(bomb), 'unpacks_too_large', { maxMb: '16.0' });
  });

  it('no_worksheet: a workbook without sheets, a zip of something else', async () => {
    expectProblem(await xlsx(await workbook([], 0)), 'no_worksheet');
    expectProblem(await xlsx(zipSync({ 'junk.txt': strToU8('not a workbook') })), 'no_worksheet');
  });

  it(`too_many_rows: more than ${MAX_CLASS_LIST_ROWS} students, in a workbook and in CSV`, async () => {
    const rows = Array.from({ length: MAX_CLASS_LIST_ROWS + 1 }, (_, i) => [`学生${i}`, 3000000 + i, '初三(1)班']);
    expectProblem(await xlsx(await workbook([['姓名', '学号', '班级'], ...rows])), 'too_many_rows', { max: MAX_CLASS_LIST_ROWS });
    expectProblem(await csv(['姓名,学号,班级', ...rows.map((r) => r.join(','))].join('\n')), 'too_many_rows', { n: MAX_CLASS_LIST_ROWS + 1, max: MAX_CLASS_LIST_ROWS });
  });

  it('empty; no_header naming the column, its header words and the row looked at; unclosed_quote with its line', async () => {
    expectProblem(await csv('\n\n'), 'empty');
    expectProblem(await xlsx(await workbook([[''], ['']])), 'empty');
    const e = await csv('名单\n姓名,班级,备注\n张三,初二(3)班,\n');
    expectProblem(e, 'no_header', { column: 'studentNumber', names: expect.stringContaining('学号'), found: '"姓名", "班级", "备注"', line: 2 });
    expect(e.line).toBe(2);
    expectProblem(await csv('姓名,学号,班级\n"张三,2026001,初二(3)班\n'), 'unclosed_quote', { line: 2 });
  });

  it('every code of the contract was met above (src/classroom/class-list-errors.test.ts checks their wording)', () => {
    expect([...seen].sort()).toEqual([...CLASS_LIST_FILE_PROBLEMS].sort());
  });
});
