/**
 * School accounts in real Chromium against the real server (issue #19): the school administrator checks
 * a class list file (a row with a bad student number is named and nothing can be imported), corrects it,
 * imports it into a new class of the demo teacher and gets the log-in slips; a student logs in with their
 * slip, is asked to choose their own password and does; the teacher makes a new password for a student
 * who forgot theirs; the administrator imports a 40-student class from an .xlsx workbook, makes an API token another system reads the
 * school with, and revokes it. Screenshots: school-*.png.
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/classroom.json';
import enApp from '../../src/i18n/en/app.json';
import { loginThroughPage } from '../support/login';
import { loginCookie } from '../support/teammate';
import { fill } from '../support/catalogue-message';
import { signedInPage } from '../support/signed-in-page';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-school-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });

/** A fresh English page, nobody signed in, its uncaught errors collected and every dialog accepted. */
const newPage = () => signedInPage(app.browser, app.server, null, { password: PASSWORD, viewport: { width: 1366, height: 900 }, acceptDownloads: true, dialogs: [] });

describe('school accounts', () => {
  let slipPassword = '';

  it('the administrator checks a class list, corrects it and imports it; the slips show each password once', async () => {
    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, 'admin', PASSWORD, '/');
    await page.getByRole('link', { name: enApp['app.nav.school'], exact: true }).click();
    await page.getByRole('heading', { name: en['classroom.school.title'] }).waitFor();
    await page.getByRole('cell', { name: 'teacher', exact: true }).waitFor();

    const bad = '姓名,学号,班级\r\n林一,2027001,初一(5)班\r\n林二,2027 002,初一(5)班\r\n林三,2027003,初一(5)班\r\n';
    await page.getByLabel(en['classroom.import.file']).setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    // without a teacher for new classes, every row's class is unknown
    await page.getByText(fill(en['classroom.import.problems'], { n: 3, bad: 3 })).waitFor();
    await page.getByLabel(en['classroom.import.teacher']).selectOption({ label: '王老师 (Ms Wang) (teacher)' });
    await page.getByRole('button', { name: en['classroom.import.check'] }).click();
    await page.getByText(fill(en['classroom.import.problems'], { n: 3, bad: 1 })).waitFor();
    const badRow = page.getByRole('row').filter({ hasText: '林二' });
    expect(await badRow.textContent()).toContain(en['classroom.import.problem.invalid']);
    expect(await page.getByRole('button', { name: fill(en['classroom.import.import'], { n: 3 }) }).isDisabled()).toBe(true);
    await page.screenshot({ path: resolve(shots, 'school-import-problems.png'), fullPage: true });

    await page.getByLabel(en['classroom.import.paste']).fill(bad.replace('2027 002', '2027002'));
    // the preview is of the old text: importing needs a fresh check
    expect(await page.getByRole('button', { name: fill(en['classroom.import.import'], { n: 3 }) }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: en['classroom.import.check'] }).click();
    await page.getByText(fill(en['classroom.import.allGood'], { n: 3 }) + fill(en['classroom.import.newClasses'], { names: '初一(5)班' })).waitFor();
    await page.getByRole('button', { name: fill(en['classroom.import.import'], { n: 3 }) }).click();

    await page.getByRole('heading', { name: fill(en['classroom.school.slipsImported'], { n: 3 }) }).waitFor();
    const slip = page.locator('.slip').filter({ hasText: '林一' });
    expect(await slip.locator('.username').textContent()).toBe('2027001');
    slipPassword = (await slip.locator('.password').textContent())!;
    expect(slipPassword).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
    await page.getByText(fill(en['classroom.school.classLine'], { name: '初一(5)班', teacher: '王老师 (Ms Wang)', n: 3 })).waitFor();
    await page.screenshot({ path: resolve(shots, 'school-slips.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the administrator imports a 40-student class list from an .xlsx workbook and the accounts exist', async () => {
    // the workbook as a school keeps it: a merged title row, a numbering column, student numbers stored as numbers
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('初一(6)班');
    ws.addRow(['2026学年 初一(6)班 学生名单']);
    ws.mergeCells('A1:E1');
    ws.addRow(['序号', '姓名', '学号', '班级', '备注']);
    for (let i = 1; i <= 40; i++) ws.addRow([i, `陈${i}`, 2027600 + i, '初一(6)班', i === 7 ? '转学生' : '']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, 'admin', PASSWORD, '/');
    await page.getByRole('link', { name: enApp['app.nav.school'], exact: true }).click();
    await page.getByRole('heading', { name: en['classroom.school.title'] }).waitFor();
    await page.getByRole('cell', { name: 'teacher', exact: true }).waitFor();
    await page.getByLabel(en['classroom.import.teacher']).selectOption({ label: '王老师 (Ms Wang) (teacher)' });
    await page.getByLabel(en['classroom.import.file']).setInputFiles({ name: '初一(6)班.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await page.getByText(fill(en['classroom.import.xlsxChosen'], { name: '初一(6)班.xlsx' })).waitFor();
    await page.getByText(fill(en['classroom.import.allGood'], { n: 40 }) + fill(en['classroom.import.newClasses'], { names: '初一(6)班' })).waitFor();
    // the preview names the spreadsheet's own rows: the header is row 2, the first student row 3
    expect(await page.getByRole('row').filter({ hasText: '陈1' }).first().locator('td').first().textContent()).toBe('3');
    await page.getByRole('button', { name: fill(en['classroom.import.import'], { n: 40 }) }).click();

    await page.getByRole('heading', { name: fill(en['classroom.school.slipsImported'], { n: 40 }) }).waitFor();
    expect(await page.locator('.slip').count()).toBe(40);
    await page.getByText(fill(en['classroom.school.classLine'], { name: '初一(6)班', teacher: '王老师 (Ms Wang)', n: 40 })).waitFor();
    // the first and the last student log in with their slips
    for (const n of [1, 40]) {
      const slip = page.locator('.slip').filter({ hasText: `陈${n}` }).filter({ hasText: String(2027600 + n) });
      expect(await slip.locator('.username').textContent()).toBe(String(2027600 + n));
      await loginCookie(app.server, String(2027600 + n), (await slip.locator('.password').textContent())!);
    }
    await page.screenshot({ path: resolve(shots, 'school-xlsx-slips.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("the administrator makes an API token, another system reads the school with it, and the token is revoked", async () => {
    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, 'admin', PASSWORD, '/school');
    await page.getByRole('heading', { name: en['classroom.tokens.title'] }).waitFor();
    await page.getByText(en['classroom.tokens.none']).waitFor();
    await page.getByRole('button', { name: en['classroom.tokens.create'] }).click();
    await page.getByText(en['classroom.tokens.nameRule']).waitFor(); // a token needs a name
    await page.getByLabel(en['classroom.tokens.name']).fill('District LRS');
    await page.getByRole('button', { name: en['classroom.tokens.create'] }).click();
    await page.getByText(fill(en['classroom.tokens.shownOnce'], { name: 'District LRS' })).waitFor();
    const secret = (await page.locator('.secret .value').textContent())!;
    expect(secret).toMatch(/^spl_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('cell', { name: `${secret.slice(0, 12)}…` }).waitFor();
    await page.screenshot({ path: resolve(shots, 'school-api-token.png') });

    // another system reads the school's classes: the class imported from the workbook is there with its 40 students
    const read = () => fetch(`${app.server.url}/api/open/v1/classes`, { headers: { authorization: `Bearer ${secret}` } });
    const r = await read();
    expect(r.status).toBe(200);
    const body = (await r.json()) as { classes: { name: string; students: unknown[] }[] };
    expect(body.classes.find((c) => c.name === '初一(6)班')?.students).toHaveLength(40);

    await page.getByRole('button', { name: fill(en['classroom.tokens.revokeNamed'], { name: 'District LRS' }) }).click(); // the confirm is accepted
    await page.getByText(/^revoked /).waitFor();
    expect((await read()).status).toBe(401);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the student logs in with the slip and chooses their own password', async () => {
    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, '2027001', slipPassword, '/');
    await page.getByRole('link', { name: enApp['app.mustChangeBanner'] }).click();
    await page.getByRole('heading', { name: en['classroom.account.changeTitle'] }).waitFor();
    await page.getByLabel(en['classroom.account.current']).fill(slipPassword);
    await page.getByLabel(en['classroom.account.new'], { exact: true }).fill('short');
    await page.getByLabel(en['classroom.account.again']).fill('short');
    await page.getByRole('button', { name: en['classroom.account.change'] }).click();
    // too short: named beside the field, which gets the focus
    await page.locator('#newPassword[aria-invalid="true"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('newPassword');
    await page.getByLabel(en['classroom.account.new'], { exact: true }).fill('my rocket flies high');
    await page.getByLabel(en['classroom.account.again']).fill('my rocket flies high');
    await page.getByRole('button', { name: en['classroom.account.change'] }).click();
    await page.getByText(en['classroom.account.changed']).waitFor();
    await page.goto(`${app.server.url}/`);
    await page.locator('a.who').waitFor();
    expect(await page.getByText(enApp['app.mustChangeBanner']).count()).toBe(0);
    await loginCookie(app.server, '2027001', 'my rocket flies high');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the teacher makes a new password for one student and prints the slip', async () => {
    const { page, errors } = await newPage();
    await loginThroughPage(page, app.server.url, 'teacher', PASSWORD, '/classes');
    await page.getByRole('region', { name: '初一(5)班' }).getByRole('link', { name: en['classroom.slips.link'] }).click();
    await page.getByRole('heading', { name: fill(en['classroom.slips.title'], { name: '初一(5)班' }) }).waitFor();
    await page.getByRole('checkbox', { name: /林三/ }).check();
    await page.getByRole('button', { name: fill(en['classroom.slips.make'], { n: 1 }) }).click();
    await page.getByRole('heading', { name: fill(en['classroom.slips.made'], { n: 1 }) }).waitFor();
    const password = (await page.locator('.slip .password').textContent())!;
    await loginCookie(app.server, '2027003', password);
    await page.screenshot({ path: resolve(shots, 'school-teacher-slips.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
