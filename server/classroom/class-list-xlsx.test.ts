/**
 * Class lists from .xlsx workbooks (issue #19): real workbooks built here with exceljs as Excel and WPS
 * save them (a merged title row above the header, Chinese or English headers, extra columns, student
 * numbers stored as numbers, rich text, formulas), and uploads that must be refused with a clear error:
 * too big, not a workbook, a zip bomb, too many rows.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_XLSX_BYTES, MAX_XLSX_UNPACKED_BYTES, unpackXlsx } from '../spreadsheet/xlsx-read';
import { ClassListError, MAX_CLASS_LIST_ROWS, parseClassListXlsx } from './class-list';

async function workbook(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学生名单');
  fill(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array): Promise<ClassListError> {
  try {
    await parseClassListXlsx(bytes);
  } catch (e) {
    if (e instanceof ClassListError) return e;
    throw e;
  }
  throw new Error('the workbook was accepted');
}

describe('parseClassListXlsx', () => {
  it('reads a school workbook: merged title rows above a Chinese header, extra columns, numbers and rich text', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['2026学年 初二年级 学生名单']);
      ws.mergeCells('A1:E1');
      ws.addRow(['填表日期', new Date(Date.UTC(2026, 8, 1))]);
      ws.addRow(['序号', '学号', '姓名', '性别', '班级']);
      ws.addRow([1, 2026001, '张三', '男', '初二(3)班']);
      ws.addRow([2, '2026002', { richText: [{ text: '李' }, { text: '四', font: { bold: true } }] }, '女', '初二(3)班']);
      ws.addRow([]); // a blank row in the middle
      ws.addRow([3, { formula: '2026000+3', result: 2026003 }, ' 王五 ', '男', '初二(4)班']);
    });
    expect(await parseClassListXlsx(bytes)).toEqual([
      { line: 4, name: '张三', studentNumber: '2026001', className: '初二(3)班' },
      { line: 5, name: '李四', studentNumber: '2026002', className: '初二(3)班' },
      { line: 7, name: '王五', studentNumber: '2026003', className: '初二(4)班' },
    ]);
  });

  it('reads English headers in any order and names a row with an empty cell', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Class', 'Student number', 'Name']);
      ws.addRow(['7B', 'S-0001', 'Ada']);
      ws.addRow(['7B', null, 'Grace']);
    });
    expect(await parseClassListXlsx(bytes)).toEqual([
      { line: 2, name: 'Ada', studentNumber: 'S-0001', className: '7B' },
      { line: 3, name: 'Grace', studentNumber: '', className: '7B' },
    ]);
  });

  it('names the missing column and the row it looked at', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['名单']);
      ws.addRow(['姓名', '班级', '备注']);
      ws.addRow(['张三', '初二(3)班', '']);
    });
    const e = await refusal(bytes);
    expect(e.message).toMatch(/no studentNumber column; name it one of: 学号/);
    expect(e.line).toBe(2);
  });

  it(`refuses more than ${MAX_CLASS_LIST_ROWS} students`, async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['姓名', '学号', '班级']);
      for (let i = 0; i < MAX_CLASS_LIST_ROWS + 1; i++) ws.addRow([`学生${i}`, 3000000 + i, '初三(1)班']);
    });
    expect((await refusal(bytes)).message).toMatch(/at most 2000 can be imported/);
  });

  it('refuses a file that is not a workbook, an old .xls, and one over the size bound', async () => {
    expect((await refusal(strToU8('姓名,学号,班级\n'))).message).toMatch(/not an \.xlsx workbook/);
    // an .xls (BIFF8) file starts with the OLE2 signature
    expect((await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).message).toMatch(/old \.xls files are not read/);
    expect((await refusal(zipSync({ 'junk.txt': strToU8('not a workbook') }))).message).toMatch(/not a readable \.xlsx workbook/);
    const big = new Uint8Array(MAX_XLSX_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect((await refusal(big)).message).toMatch(/at most 1\.0 MB can be uploaded/);
  });

  it('refuses a zip bomb by the size its parts unpack to, before unpacking them', async () => {
    // 20 MB of one byte deflates to about 20 kB: small to upload, far over the unpacked bound
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024).fill(0x20) }, { level: 1 });
    expect(bomb.length).toBeLessThan(MAX_XLSX_BYTES);
    expect((await refusal(bomb)).message).toMatch(/unpacks to more than 16\.0 MB/);
    // many parts, each small
    const parts = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`p${i}.xml`, strToU8('<x/>')]));
    expect((await refusal(zipSync(parts))).message).toMatch(/more than 400 parts/);
  });

  it('never unpacks more than a part declares, whatever its compressed data holds', () => {
    // a part that declares 100 bytes but whose deflate data holds 4 MB: the directory's size field is lowered by hand
    const zip = zipSync({ 'a.xml': new Uint8Array(4 * 1024 * 1024).fill(0x41) }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let lowered = 0;
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true);
      // the uncompressed size in the local header and in the central directory entry
      const at = sig === 0x04034b50 ? i + 22 : sig === 0x02014b50 ? i + 24 : -1;
      if (at < 0) continue;
      view.setUint32(at, 100, true);
      lowered++;
    }
    expect(lowered).toBe(2);
    const parts = unpackXlsx(zip);
    expect((parts['a.xml'] as Uint8Array).length).toBe(100);
    expect(MAX_XLSX_UNPACKED_BYTES).toBeGreaterThan(100);
  });
});
