/** How the school page words a refused class-list file: its code's text with its numbers, in the reader's language. */
import { describe, expect, it } from 'vitest';
import { CLASS_LIST_FILE_PROBLEMS } from '../../projects/contracts/accounts';
import en from '../i18n/en/classroom.json';
import zh from '../i18n/zh-CN/classroom.json';
import { ApiError } from '../app/json-call';
import { i18n, t } from '../i18n';
import { describeClassListError } from './class-list-errors';

// i18n.setLocale sets the page's lang: a stand-in page for Node
(globalThis as { document?: unknown }).document ??= { documentElement: {} };

describe('describeClassListError', () => {
  it('a file problem: its own text with the numbers and the line; the column it lacks by its label', async () => {
    const big = describeClassListError(new ApiError(400, 'invalid_class_list', 'the file is 1.5 MB', 'xlsx', { problem: 'file_too_large', vars: { sizeMb: '1.5', maxMb: '1.0' } }));
    expect(big).toEqual({ key: 'classroom.import.fileError.file_too_large', vars: { sizeMb: '1.5', maxMb: '1.0' }, field: 'xlsx' });
    await i18n.setLocale('en');
    await i18n.need(['classroom']); // the school page asks for its namespace (src/app/routes.ts); words load by namespace
    expect(t(big.key, big.vars)).toBe('The file is 1.5 MB; at most 1.0 MB can be imported at once. Save the class list alone in a new file.');
    const header = describeClassListError(new ApiError(400, 'invalid_class_list', 'no header', 'csv', { problem: 'no_header', vars: { column: 'studentNumber', names: '学号, studentnumber', found: '"姓名"', line: 2 }, line: 2 }));
    expect(header.vars).toMatchObject({ column: 'Student number', line: 2 });
    expect(t(header.key, header.vars)).toContain('line 2) has no Student number column');
    await i18n.setLocale('zh-CN');
    expect(t(big.key, big.vars)).toBe('文件大小为 1.5 MB，一次最多只能导入 1.0 MB。请把班级名单单独另存为一个新文件。');
  });

  it('anything else as every people form shows it', () => {
    expect(describeClassListError(new ApiError(0, 'network', 'network error')).key).toBe('people.error.network');
  });

  it('every file problem of the contract is worded in both languages, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const enText = en as Record<string, string>, zhText = zh as Record<string, string>;
    for (const p of CLASS_LIST_FILE_PROBLEMS) {
      const key = `classroom.import.fileError.${p}`;
      expect(enText[key], p).toBeTruthy();
      expect(zhText[key], p).toMatch(/[\u4e00-\u9fff]/);
      expect(holes(zhText[key]), p).toEqual(holes(enText[key]));
    }
  });
});
