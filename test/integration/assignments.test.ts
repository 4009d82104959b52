/**
 * Assignments over real HTTP (issue #19): a teacher assigns a catalogue experiment with a due date; students
 * open it and hand in their recorded data once; on time, late, missing and an extension for one student
 * come out of the server's clock; the class progress grid shows exactly that; who may do which (every role
 * × every assignment route).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { assignmentWorkForEvaluation } from '../../server/classroom/assignment-routes';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
const id: Record<string, number> = {};
const DAY = 24 * 3600_000;
const table = { columns: [{ name: 'lengthM', unit: 'm' }, { name: 'periodS', unit: 's' }], rows: [[1, 2.006], [0.5, 1.419]] };

beforeAll(async () => {
  fx = await startFixture();
  fx.clock.now = Date.UTC(2026, 2, 2, 8, 0); // Monday 2 March 2026, 08:00 UTC
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  for (const u of ['teacher', 'mentor', 'admin', 'student1', 'student2', 'student3', 'student4', 'student5', 'otherteacher']) {
    c[u] = await fx.login(u);
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
  }
});
afterAll(() => fx.close());

const who = ['teacher', 'student1', 'mentor', 'admin', 'otherteacher', 'anon'] as const;
async function matrix(path: string, method: string, body?: unknown): Promise<Record<string, number>> {
  const got: Record<string, number> = {};
  for (const u of who) got[u] = (await fx.api(path, { method, cookie: c[u], body })).status;
  return got;
}

let assignmentId: number;

describe('assigning', () => {
  it('the class teacher assigns a catalogue experiment; mistakes are named by field', async () => {
    const base = { title: '单摆周期与摆长', instructions: '测 5 个摆长的周期，每个摆长测 3 次。', experimentId: 'pendulum', dueAt: fx.clock.now + DAY };
    const r = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body: base });
    expect(r.status).toBe(201);
    expect(r.body.assignment).toMatchObject({ title: base.title, experimentId: 'pendulum', dueAt: base.dueAt, counts: { not_opened: 6, working: 0, handed_in: 0, late: 0, missing: 0 } });
    assignmentId = r.body.assignment.id;

    for (const [body, field] of [
      [{ ...base, experimentId: 'warp-drive' }, 'experimentId'],
      [{ ...base, dueAt: 5 }, 'dueAt'],
      [{ ...base, title: ' ' }, 'title'],
      [{ ...base, catalogRef: 'cn-senior-2020-physics:Z9' }, 'catalogRef'],
    ] as const) {
      const bad = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body });
      expect([bad.status, bad.body.error.field]).toEqual([400, field]);
    }
    const unknown = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body: { ...base, experimentId: 'warp-drive' } });
    expect(unknown.body.error.message).toContain('pendulum');
  });

  it('permission matrix: assigning, listing, progress, reading, extending', async () => {
    const base = { title: 'x', instructions: '', experimentId: 'spring', dueAt: fx.clock.now + DAY };
    expect(await matrix(`/api/classes/${fx.demo.classId}/assignments`, 'POST', base)).toEqual({ teacher: 201, student1: 403, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix(`/api/classes/${fx.demo.classId}/assignments`, 'GET')).toEqual({ teacher: 200, student1: 403, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix(`/api/classes/${fx.demo.classId}/progress`, 'GET')).toEqual({ teacher: 200, student1: 403, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix(`/api/assignments/${assignmentId}`, 'GET')).toEqual({ teacher: 200, student1: 200, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix('/api/assignments', 'GET')).toEqual({ teacher: 403, student1: 200, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix(`/api/assignments/${assignmentId}/open`, 'POST')).toEqual({ teacher: 403, student1: 200, mentor: 403, admin: 403, otherteacher: 403, anon: 401 });
    expect(await matrix(`/api/assignments/${assignmentId}/due-dates/${id.student5}`, 'PUT', { dueAt: fx.clock.now + DAY })).toEqual({
      teacher: 200, student1: 403, mentor: 403, admin: 403, otherteacher: 403, anon: 401,
    });
    expect((await fx.api('/api/assignments/999999', { cookie: c.teacher })).status).toBe(404);
    expect((await fx.api(`/api/classes/${fx.demo.classId}/assignments/x`, { cookie: c.teacher })).status).toBe(404);
  });
});

describe('working on it', () => {
  it('a student sees it due, opens it, hands in the recorded data once', async () => {
    const list = await fx.api('/api/assignments', { cookie: c.student2 });
    const mine = list.body.assignments.find((a: { id: number }) => a.id === assignmentId);
    expect(mine).toMatchObject({ status: 'not_opened', myDueAt: fx.clock.now + DAY, className: expect.any(String), experimentId: 'pendulum' });

    expect((await fx.api(`/api/assignments/${assignmentId}/open`, { method: 'POST', cookie: c.student2 })).status).toBe(200);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student2 })).body.assignment.status).toBe('working');

    fx.clock.now += 3600_000;
    const ragged = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student2, body: { table: { ...table, rows: [[1]] } } });
    expect([ragged.status, ragged.body.error.field]).toEqual([400, 'table.rows.0']);
    const empty = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student2, body: { table: { ...table, rows: [] } } });
    expect([empty.status, empty.body.error.field]).toEqual([400, 'table.rows']);

    const r = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student2, body: { table, note: '摆角小于 5°' } });
    expect(r.body).toEqual({ handedInAt: fx.clock.now, status: 'handed_in' });
    const again = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student2, body: { table } });
    expect(again.status).toBe(409);
    const back = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student2 })).body.assignment;
    expect(back).toMatchObject({ status: 'handed_in', handedInAt: fx.clock.now, handedIn: { table, note: '摆角小于 5°' } });
  });

  it('after the due date: late hand-ins, missing work, and one student given more time', async () => {
    await fx.api(`/api/assignments/${assignmentId}/open`, { method: 'POST', cookie: c.student3 });
    // student4 asked for two more days
    const ext = await fx.api(`/api/assignments/${assignmentId}/due-dates/${id.student4}`, { method: 'PUT', cookie: c.teacher, body: { dueAt: fx.clock.now + 3 * DAY } });
    expect(ext.status).toBe(200);
    const early = await fx.api(`/api/assignments/${assignmentId}/due-dates/${id.student4}`, { method: 'PUT', cookie: c.teacher, body: { dueAt: fx.clock.now } });
    expect([early.status, early.body.error.field]).toEqual([400, 'dueAt']);
    const outsider = await fx.api(`/api/assignments/${assignmentId}/due-dates/${id.teacher}`, { method: 'PUT', cookie: c.teacher, body: { dueAt: fx.clock.now + 3 * DAY } });
    expect([outsider.status, outsider.body.error.field]).toEqual([400, 'studentId']);

    fx.clock.now += 2 * DAY; // past the class's due date
    const late = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student3, body: { table } });
    expect(late.body.status).toBe('late');
    const extended = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student4, body: { table } });
    expect(extended.body.status).toBe('handed_in');

    const teacherView = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.teacher })).body.assignment;
    const status = Object.fromEntries(teacherView.work.map((w: { student: { username: string }; status: string }) => [w.student.username, w.status]));
    expect(status).toEqual({ student1: 'missing', student2: 'handed_in', student3: 'late', student4: 'handed_in', student5: 'missing', student6: 'missing' });
    expect(teacherView.counts).toEqual({ not_opened: 0, working: 0, handed_in: 2, late: 1, missing: 3 });
    expect(teacherView.work.find((w: { student: { username: string } }) => w.student.username === 'student4')).toMatchObject({ extended: true, dueAt: fx.clock.now + DAY });
    // student1 opened it (the permission matrix) but never handed in: missing once it is due
    expect(teacherView.work[0].openedAt).not.toBeNull();
  });

  it('the class progress grid: students × assignments, in due-date order', async () => {
    const r = await fx.api(`/api/classes/${fx.demo.classId}/progress`, { cookie: c.teacher });
    expect(r.body.assignments.map((a: { title: string }) => a.title)).toEqual(['单摆周期与摆长', 'x']);
    const grid = r.body.students.map((s: { username: string }, i: number) => [s.username, ...r.body.cells[i].map((x: { status: string }) => x.status)]);
    expect(grid).toEqual([
      ['student1', 'missing', 'missing'],
      ['student2', 'handed_in', 'missing'],
      ['student3', 'late', 'missing'],
      ['student4', 'handed_in', 'missing'],
      ['student5', 'missing', 'missing'],
      ['student6', 'missing', 'missing'],
    ]);
  });

  it('the grid as CSV: a row per student, a column per assignment, for the teacher only', async () => {
    const r = await fetch(`${fx.base}/api/classes/${fx.demo.classId}/progress.csv`, { headers: { cookie: c.teacher! } });
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await r.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('student,username,单摆周期与摆长,x');
    expect(lines[3]).toMatch(/^陈静 \(Chen Jing\),student3,late 2026-03-0\dT[\d:.]+Z,missing$/);
    expect(lines).toHaveLength(7);
    expect((await fx.api(`/api/classes/${fx.demo.classId}/progress.csv`, { cookie: c.student1 })).status).toBe(403);
  });

  it('the grid as XLSX: a status and a hand-in date per assignment, due dates on a second sheet, for the teacher only', async () => {
    const r = await fetch(`${fx.base}/api/classes/${fx.demo.classId}/progress.xlsx?lang=zh-CN&tz=Asia/Shanghai`, { headers: { cookie: c.teacher! } });
    expect([r.status, r.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const [grid, list] = wb.worksheets;
    expect((grid.getRow(1).values as unknown[]).slice(1)).toEqual(['学生', '用户名', '单摆周期与摆长', '单摆周期与摆长 · 提交时间 (Asia/Shanghai)', 'x', 'x · 提交时间 (Asia/Shanghai)']);
    expect(grid.rowCount).toBe(7);
    const p = (await fx.api(`/api/classes/${fx.demo.classId}/progress`, { cookie: c.teacher })).body;
    const row3 = grid.getRow(4); // student3, late
    expect([row3.getCell(2).value, row3.getCell(3).value, row3.getCell(5).value]).toEqual(['student3', '逾期提交', '未提交']);
    // the hand-in time a date cell: the instant of the JSON grid, 8 h ahead (Asia/Shanghai is UTC+8 all year)
    expect((row3.getCell(4).value as Date).getTime()).toBe(p.cells[2][0].handedInAt + 8 * 3600_000);
    expect(row3.getCell(6).value).toBeNull();
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(['作业', '截止时间 (Asia/Shanghai)']);
    expect((list.getCell('B2').value as Date).getTime()).toBe(p.assignments[0].dueAt + 8 * 3600_000);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(await (await fetch(`${fx.base}/api/classes/${fx.demo.classId}/progress.xlsx?lang=en`, { headers: { cookie: c.teacher! } })).arrayBuffer());
    expect(en.worksheets[0].getCell('C4').value).toBe('handed in late');
    expect((en.worksheets[0].getCell('D4').value as Date).getTime()).toBe(p.cells[2][0].handedInAt); // UTC when no zone is given
    expect((await fx.api(`/api/classes/${fx.demo.classId}/progress.xlsx`, { cookie: c.student1 })).status).toBe(403);
    expect((await fx.api(`/api/classes/${fx.demo.classId}/progress.xlsx`)).status).toBe(401);
  });

  it('feeds the process evaluation: each student’s due date (with extension) and hand-in time', async () => {
    const work = await assignmentWorkForEvaluation(fx.store, fx.demo.classId, [id.student3, id.student4]);
    const first = (s: number) => work.get(s)!.find((w) => w.title === '单摆周期与摆长')!;
    expect(first(id.student3).handedInAt! > first(id.student3).dueAt).toBe(true);
    expect(first(id.student4).handedInAt! < first(id.student4).dueAt).toBe(true);
  });
});
