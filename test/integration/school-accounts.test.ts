/**
 * School accounts over real HTTP (issue #19): the administrator creates teacher and mentor accounts and
 * resets passwords, a class list is checked row by row before anything is written and then imported
 * all or nothing, a class teacher makes new passwords for log-in slips, everyone changes their own
 * password (the other sessions end), and who may do which of it (every role × every new route).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { runAdminCommand } from '../../server/admin';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
let otherClassId: number;

beforeAll(async () => {
  fx = await startFixture();
  // another school with its own administrator and teacher and class
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otheradmin', displayName: 'A2', role: 'admin', schoolId: other.id, passwordHash: hash });
  const t2 = await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  otherClassId = (await fx.store.classes.createClass({ schoolId: other.id, name: 'Other 1', inviteCode: 'OTHER234', teacherId: t2.id, createdAt: 0 })).id;
  for (const u of ['admin', 'teacher', 'mentor', 'student1', 'otheradmin', 'otherteacher']) c[u] = await fx.login(u);
});
afterAll(() => fx.close());

const who = ['admin', 'teacher', 'mentor', 'student1', 'otheradmin', 'otherteacher', 'anon'] as const;

async function matrix(path: string, method: string, body?: (u: string) => unknown): Promise<Record<string, number>> {
  const got: Record<string, number> = {};
  for (const u of who) got[u] = (await fx.api(path, { method, cookie: c[u], body: body?.(u) })).status;
  return got;
}

describe('permission matrix of the account routes', () => {
  it('GET /api/admin/people: the school administrator only', async () => {
    expect(await matrix('/api/admin/people', 'GET')).toEqual({ admin: 200, teacher: 403, mentor: 403, student1: 403, otheradmin: 200, otherteacher: 403, anon: 401 });
    const mine = (await fx.api('/api/admin/people', { cookie: c.admin })).body;
    expect(mine.staff.map((p: { username: string }) => p.username).sort()).toEqual(['admin', 'mentor', 'teacher']);
    expect(mine.classes).toEqual([{ id: fx.demo.classId, name: expect.any(String), teacher: { id: expect.any(Number), displayName: '王老师 (Ms Wang)' }, students: 6 }]);
    // the other school's administrator sees their own school, not this one
    expect((await fx.api('/api/admin/people', { cookie: c.otheradmin })).body.classes.map((k: { id: number }) => k.id)).toEqual([otherClassId]);
  });

  it('POST /api/admin/users and /api/admin/users/:id/password: administrators, for people of their school', async () => {
    let n = 0;
    const created = await matrix('/api/admin/users', 'POST', () => ({ role: 'teacher', username: `newteacher${n++}`, displayName: 'T' }));
    expect(created).toEqual({ admin: 201, teacher: 403, mentor: 403, student1: 403, otheradmin: 201, otherteacher: 403, anon: 401 });
    const id = (await fx.store.accounts.userByUsername('student6'))!.id;
    const before = await fx.login('student6');
    const reset = await matrix(`/api/admin/users/${id}/password`, 'POST');
    // another school's administrator learns nothing about this school's people: the same 404 as no one
    expect(reset).toEqual({ admin: 200, teacher: 403, mentor: 403, student1: 403, otheradmin: 404, otherteacher: 403, anon: 401 });
    expect((await fx.api('/api/auth/me', { cookie: before })).status).toBe(401); // the reset ended student6's sessions
    expect((await fx.api('/api/admin/users/99999/password', { method: 'POST', cookie: c.admin })).status).toBe(404);
    expect((await fx.api('/api/admin/users/abc/password', { method: 'POST', cookie: c.admin })).body.error.field).toBe('userId');
  });

  it('POST /api/classes/:id/passwords: the class teacher and the school administrator', async () => {
    const ids = (await fx.store.classes.studentsOfClass(fx.demo.classId)).map((s) => s.id);
    const got = await matrix(`/api/classes/${fx.demo.classId}/passwords`, 'POST', () => ({ studentIds: [ids[5]] }));
    expect(got).toEqual({ admin: 200, teacher: 200, mentor: 403, student1: 403, otheradmin: 403, otherteacher: 403, anon: 401 });
    // a student of another class is refused by field
    const r = await fx.api(`/api/classes/${otherClassId}/passwords`, { method: 'POST', cookie: c.otherteacher, body: { studentIds: [ids[0]] } });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('studentIds.0');
  });

  it('class-list preview and import: administrators only', async () => {
    const csv = '姓名,学号,班级\n';
    const preview = await matrix('/api/admin/class-list/preview', 'POST', () => ({ csv }));
    expect(preview).toEqual({ admin: 200, teacher: 403, mentor: 403, student1: 403, otheradmin: 200, otherteacher: 403, anon: 401 });
  });
});

describe('accounts made by the administrator', () => {
  it('a teacher account: a one-time password, asked to choose their own, which ends the other sessions', async () => {
    const made = await fx.api('/api/admin/users', { method: 'POST', cookie: c.admin, body: { role: 'teacher', username: 'ms.li', displayName: '李老师' } });
    expect(made.status).toBe(201);
    expect(made.body.user).toMatchObject({ role: 'teacher', username: 'ms.li', mustChangePassword: true });
    const password: string = made.body.slip.password;
    expect(password).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
    const cookie = await fx.login('ms.li', password);
    const other = await fx.login('ms.li', password);
    expect((await fx.api('/api/auth/me', { cookie })).body.user).toMatchObject({ role: 'teacher', schoolId: fx.demo.schoolId, mustChangePassword: true });

    const wrong = await fx.api('/api/auth/password', { method: 'POST', cookie, body: { currentPassword: 'not-it-at-all', newPassword: 'a new long secret' } });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.field]).toEqual([400, 'wrong_password', 'currentPassword']);
    const common = await fx.api('/api/auth/password', { method: 'POST', cookie, body: { currentPassword: password, newPassword: 'password123' } });
    expect([common.status, common.body.error.field]).toEqual([400, 'newPassword']);
    const short = await fx.api('/api/auth/password', { method: 'POST', cookie, body: { currentPassword: password, newPassword: 'short' } });
    expect([short.status, short.body.error.field]).toEqual([400, 'newPassword']);

    const ok = await fx.api('/api/auth/password', { method: 'POST', cookie, body: { currentPassword: password, newPassword: 'physics lab 2026' } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBe(false);
    expect((await fx.api('/api/auth/me', { cookie })).status).toBe(200); // this session stays
    expect((await fx.api('/api/auth/me', { cookie: other })).status).toBe(401); // the other one ended
    expect((await fx.api('/api/auth/login', { method: 'POST', body: { username: 'ms.li', password } })).status).toBe(401);
    await fx.login('ms.li', 'physics lab 2026');
  });

  it('a mentor account serves the school without belonging to it; a taken username is a 409 on the field', async () => {
    const made = await fx.api('/api/admin/users', { method: 'POST', cookie: c.admin, body: { role: 'mentor', username: 'dr.zhou', displayName: '周博士' } });
    expect(made.status).toBe(201);
    const mentor = (await fx.store.accounts.userByUsername('dr.zhou'))!;
    expect(mentor.schoolId).toBeNull();
    expect(await fx.store.accounts.mentorSchoolIds(mentor.id)).toEqual([fx.demo.schoolId]);
    // the teacher can now give a team this mentor
    expect((await fx.api('/api/mentors', { cookie: c.teacher })).body.mentors.map((m: { username: string }) => m.username)).toContain('dr.zhou');
    // and the administrator can reset the mentor's password (a mentor serving the school)
    expect((await fx.api(`/api/admin/users/${mentor.id}/password`, { method: 'POST', cookie: c.admin })).status).toBe(200);

    const taken = await fx.api('/api/admin/users', { method: 'POST', cookie: c.admin, body: { role: 'teacher', username: 'TEACHER', displayName: 'x' } });
    expect([taken.status, taken.body.error.field]).toEqual([409, 'username']);
    const badRole = await fx.api('/api/admin/users', { method: 'POST', cookie: c.admin, body: { role: 'student', username: 'kid1', displayName: 'x' } });
    expect([badRole.status, badRole.body.error.field]).toEqual([400, 'role']);
    expect(badRole.body.error.message).toContain('teacher, mentor, admin');
  });
});

/** A class list of n students: 学号 2026001…, names 学生1…, in the given class. */
const classList = (n: number, className: string, first = 1) =>
  ['姓名,学号,班级', ...Array.from({ length: n }, (_, i) => `学生${first + i},2026${String(first + i).padStart(3, '0')},${className}`)].join('\r\n');

describe('class-list import', () => {
  it('previews every row with its problems, named by line and field, and writes nothing', async () => {
    const csv = [
      'Name,Student number,Class,Notes',
      '张三,20260101,八年级一班 · Grade 8 Class 1,ok', // line 2: an existing class
      ',20260102,八年级一班 · Grade 8 Class 1,', // 3: no name
      '李四,2026 0103,八年级一班 · Grade 8 Class 1,', // 4: a space in the number
      '王五,20260101,八年级一班 · Grade 8 Class 1,', // 5: the number of line 2 again
      '赵六,student1,八年级一班 · Grade 8 Class 1,', // 6: an existing username
      '"钱,七",20260106,初三(2)班,', // 7: a class the school does not have, and a quoted comma
    ].join('\n');
    const before = (await fx.store.accounts.usersOfSchool(fx.demo.schoolId, 'student')).length;
    const r = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { csv } });
    expect(r.status).toBe(200);
    const problems = r.body.rows.map((row: { line: number; problems: { field: string; code: string }[] }) => [row.line, row.problems.map((p) => `${p.field}:${p.code}`)]);
    expect(problems).toEqual([
      [2, []],
      [3, ['name:missing']],
      [4, ['studentNumber:invalid']],
      [5, ['studentNumber:duplicate']],
      [6, ['studentNumber:taken']],
      [7, ['className:unknown_class']],
    ]);
    expect(r.body.rows[5].name).toBe('钱,七');
    expect(r.body.rows[3].problems[0].message).toBe('the same student number as line 2');
    expect(r.body.rowsWithProblems).toBe(5);

    // importing the same list is refused with the same rows, and nothing is written
    const refused = await fx.api('/api/admin/class-list/import', { method: 'POST', cookie: c.admin, body: { csv } });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'class_list_has_problems']);
    expect(refused.body.error.preview.rowsWithProblems).toBe(5);
    expect((await fx.store.accounts.usersOfSchool(fx.demo.schoolId, 'student')).length).toBe(before);
  });

  it('refuses a file without the columns, naming the header words it takes', async () => {
    const r = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { csv: 'name;class\nA;B' } });
    expect([r.status, r.body.error.code, r.body.error.field, r.body.error.line]).toEqual([400, 'invalid_class_list', 'csv', 1]);
    expect(r.body.error.message).toContain('学号');
    // the code and numbers the app words in the reader's language (classroom.import.fileError.no_header)
    expect(r.body.error).toMatchObject({ problem: 'no_header', vars: { column: 'studentNumber', line: 1 } });
    const teacher = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { csv: classList(1, 'X'), teacherId: (await fx.store.accounts.userByUsername('student2'))!.id } });
    expect([teacher.status, teacher.body.error.field]).toEqual([400, 'teacherId']);
  });

  it('imports 40 students into a new class of a chosen teacher, all at once, with a log-in slip each', async () => {
    const teacherId = (await fx.store.accounts.userByUsername('teacher'))!.id;
    const csv = classList(40, '初二(3)班');
    const preview = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { csv, teacherId } });
    expect([preview.body.rowsWithProblems, preview.body.newClasses]).toEqual([0, ['初二(3)班']]);
    const r = await fx.api('/api/admin/class-list/import', { method: 'POST', cookie: c.admin, body: { csv, teacherId } });
    expect(r.status).toBe(201);
    expect(r.body.createdClasses).toEqual([{ id: expect.any(Number), name: '初二(3)班' }]);
    expect(r.body.slips).toHaveLength(40);
    expect(r.body.slips[0]).toMatchObject({ displayName: '学生1', username: '2026001', className: '初二(3)班' });
    const classId = r.body.createdClasses[0].id;
    const students = await fx.store.classes.studentsOfClass(classId);
    expect(students).toHaveLength(40);
    expect(students[39]).toMatchObject({ username: '2026040', studentNumber: '2026040', role: 'student', schoolId: fx.demo.schoolId, mustChangePassword: true });
    // the class is the teacher's, and a student logs in with the slip
    expect((await fx.api('/api/classes', { cookie: c.teacher })).body.classes.map((k: { name: string }) => k.name)).toContain('初二(3)班');
    const kid = await fx.login('2026007', r.body.slips[6].password);
    expect((await fx.api('/api/auth/me', { cookie: kid })).body.user.mustChangePassword).toBe(true);

    // the same list again: every row is taken, nothing is written twice
    const again = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { csv, teacherId } });
    expect(again.body.rowsWithProblems).toBe(40);
    expect(again.body.rows[0].classId).toBe(classId);
  });

  it('reads an .xlsx workbook (base64) with the same row checks, and names the field of a bad upload', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['2026 学年 初一(9)班']);
    ws.mergeCells('A1:D1');
    ws.addRow(['序号', '姓名', '学号', '班级']);
    ws.addRow([1, '周一', 2026901, '八年级一班 · Grade 8 Class 1']);
    ws.addRow([2, '周二', 'student1', '八年级一班 · Grade 8 Class 1']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { xlsx } });
    expect(r.status).toBe(200);
    expect(r.body.rows.map((row: { line: number; studentNumber: string; problems: { code: string }[] }) => [row.line, row.studentNumber, row.problems.map((p) => p.code)])).toEqual([
      [3, '2026901', []],
      [4, 'student1', ['taken']],
    ]);
    const both = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { xlsx, csv: classList(1, 'X') } });
    expect([both.status, both.body.error.code, both.body.error.field]).toEqual([400, 'invalid_field', 'xlsx']);
    const neither = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: {} });
    expect([neither.status, neither.body.error.field]).toEqual([400, 'csv']);
    const notBase64 = await fx.api('/api/admin/class-list/preview', { method: 'POST', cookie: c.admin, body: { xlsx: 'not base64!' } });
    expect([notBase64.status, notBase64.body.error.field]).toEqual([400, 'xlsx']);
    const csvAsXlsx = await fx.api('/api/admin/class-list/import', { method: 'POST', cookie: c.admin, body: { xlsx: Buffer.from(classList(2, 'X')).toString('base64') } });
    expect([csvAsXlsx.status, csvAsXlsx.body.error.code, csvAsXlsx.body.error.field]).toEqual([400, 'invalid_class_list', 'xlsx']);
    expect(csvAsXlsx.body.error.message).toMatch(/not an \.xlsx workbook/);
    expect(csvAsXlsx.body.error.problem).toBe('not_xlsx');
    expect(await fx.store.accounts.userByUsername('2026901')).toBeUndefined();
  });

  it('the class teacher makes new passwords for slips: old ones stop working, sessions end', async () => {
    const cls = (await fx.store.classes.classesOfSchool(fx.demo.schoolId)).find((k) => k.name === '初二(3)班')!;
    const [a, b] = await fx.store.classes.studentsOfClass(cls.id);
    const session = await fx.login(a.username, (await fx.api('/api/classes/' + cls.id + '/passwords', { method: 'POST', cookie: c.teacher, body: { studentIds: [a.id] } })).body.slips[0].password);
    const r = await fx.api(`/api/classes/${cls.id}/passwords`, { method: 'POST', cookie: c.teacher, body: { studentIds: [a.id, b.id, a.id] } });
    expect(r.status).toBe(200);
    expect(r.body.slips.map((s: { username: string; className: string }) => [s.username, s.className])).toEqual([
      [a.username, '初二(3)班'],
      [b.username, '初二(3)班'],
    ]);
    expect((await fx.api('/api/auth/me', { cookie: session })).status).toBe(401);
    await fx.login(a.username, r.body.slips[0].password);
  });
});

describe('npm run admin', () => {
  it('creates a school administrator (the only school by default), refuses bad options by name, resets a password', async () => {
    await expect(runAdminCommand(fx.store, ['create', '--username', 'office2', '--name', '教务处'])).rejects.toThrow(/there are 2 schools/);
    const out = await runAdminCommand(fx.store, ['create', '--username', 'office2', '--name', '教务处', '--school', String(fx.demo.schoolId)]);
    const password = /office2 \/ (\S+)/.exec(out)![1];
    const cookie = await fx.login('office2', password);
    expect((await fx.api('/api/admin/people', { cookie })).status).toBe(200);
    await expect(runAdminCommand(fx.store, ['create', '--username', 'x', '--name', 'y'])).rejects.toThrow('--username: 3 to 32');
    await expect(runAdminCommand(fx.store, ['create', '--user', 'abc'])).rejects.toThrow('unknown option --user; allowed: --username, --name, --school, --new-school');
    await expect(runAdminCommand(fx.store, ['create', '--username', 'office3', '--name', 'z', '--school', '999'])).rejects.toThrow('--school: no school has id 999');
    const reset = await runAdminCommand(fx.store, ['reset-password', '--username', 'office2']);
    expect((await fx.api('/api/auth/me', { cookie })).status).toBe(401);
    await fx.login('office2', /: (\S+)  \(/.exec(reset)![1]);
  });
});
