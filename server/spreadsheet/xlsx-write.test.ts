/**
 * The .xlsx writer read back with exceljs: cells keep their types, text that looks like a formula stays
 * text, sheet names are made valid and unique, and times land on the reader's wall clock.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tablesXlsx, timeZoneParam, wallClock } from './xlsx-write';

describe('wallClock', () => {
  it('shifts an instant to the wall clock of a zone, across a DST change', () => {
    const t = Date.UTC(2026, 2, 1, 23, 30, 15, 250);
    // Asia/Shanghai is UTC+8 all year (no DST since 1991, IANA tz database asia file)
    expect(wallClock(t, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T07:30:15.250Z');
    expect(wallClock(t, 'UTC').toISOString()).toBe('2026-03-01T23:30:15.250Z');
    // Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March (29 March 2026)
    expect(wallClock(Date.UTC(2026, 2, 28, 12), 'Europe/London').getUTCHours()).toBe(12);
    expect(wallClock(Date.UTC(2026, 2, 30, 12), 'Europe/London').getUTCHours()).toBe(13);
    // before 1970 too
    expect(wallClock(Date.UTC(1969, 11, 31, 20, 0, 0, 500), 'Asia/Shanghai').toISOString()).toBe('1970-01-01T04:00:00.500Z');
  });

  it('takes the tz parameter only when the runtime knows the zone, naming the field otherwise', () => {
    expect(timeZoneParam(new URL('http://x/?tz=Asia%2FShanghai'))).toBe('Asia/Shanghai');
    expect(timeZoneParam(new URL('http://x/'))).toBe('UTC');
    expect(() => timeZoneParam(new URL('http://x/?tz=Mars%2FOlympus'))).toThrow(/tz: not a time zone: "Mars\/Olympus"/);
  });
});

describe('tablesXlsx', () => {
  it('writes numbers as numbers, dates as dates, formula-looking text as text, and valid unique sheet names', async () => {
    const at = new Date(Date.UTC(2026, 8, 1, 8, 5));
    const bytes = await tablesXlsx([
      { name: '成绩册 初二(3)班: A/B', header: ['学生', '得分', '时间', '备注'], rows: [['张三', 87.5, at, '=HYPERLINK("http://x")'], ['李四', null, null, undefined]] },
      { name: '成绩册 初二(3)班: A/B', header: ['x'], rows: [] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['成绩册 初二(3)班  A B', '成绩册 初二(3)班  A B 2']);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(87.5);
    expect(ws.getCell('C2').value).toEqual(at);
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('D2').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell('B3').value, ws.getCell('C3').value, ws.getCell('D3').value]).toEqual([null, null, null]);
    expect(ws.rowCount).toBe(3);
  });
});
