/**
 * An assignment set for part of a class (issue #19): a team and one more student. Only they are told, see
 * it, open it and hand it in; for the others it does not exist (403 by id, absent from their list, a blank
 * cell in the progress grid and its CSV, not counted). A team's members are read when asked, so a student
 * who joins the team later gets it. Mistakes name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentWorkForEvaluation } from '../../server/classroom/assignment-routes';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
const id: Record<string, number> = {};
const DAY = 24 * 3600_000;
const table = { columns: [{ name: 'lengthM', unit: 'm' }, { name: 'periodS', unit: 's' }], rows: [[1, 2.006]] };
let teamId: number;
let assignmentId: number;

beforeAll(async () => {
  fx = await startFixture();
  fx.clock.now = Date.UTC(2026, 2, 2, 8, 0);
  for (const u of ['teacher', 'student1', 'student2', 'student3', 'student4', 'student5']) {
    c[u] = await fx.login(u);
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
  }
  const team = await fx.api(`/api/classes/${fx.demo.classId}/teams`, { method: 'POST', cookie: c.teacher, body: { name: '第九组', studentIds: [id.student1, id.student2] } });
  expect(team.status).toBe(201);
  teamId = team.body.team.id;
});
afterAll(() => fx.close());

const base = () => ({ title: '小组作业', instructions: '', experimentId: 'pendulum', dueAt: fx.clock.now + DAY });
const inbox = async (u: string) => (await fx.api('/api/inbox', { cookie: c[u] })).body.notices.filter((n: { kind: string; title?: string }) => n.kind === 'assignment_set').length;

describe('assigning to a team and a student', () => {
  it('refuses students and teams of another class, naming the field', async () => {
    for (const [body, field] of [
      [{ ...base(), studentIds: [id.student5, id.teacher] }, 'studentIds.1'],
      [{ ...base(), teamIds: [999999] }, 'teamIds.0'],
    ] as const) {
      const r = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body });
      expect([r.status, r.body.error.field]).toEqual([400, field]);
    }
  });

  it('only the team and the student are told, see it and hand it in', async () => {
    const before = { student1: await inbox('student1'), student3: await inbox('student3') };
    const r = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body: { ...base(), teamIds: [teamId], studentIds: [id.student5] } });
    expect(r.status).toBe(201);
    expect(r.body.assignment).toMatchObject({ to: { teamIds: [teamId], studentIds: [id.student5] }, counts: { not_opened: 3, working: 0, handed_in: 0, late: 0, missing: 0 } });
    assignmentId = r.body.assignment.id;
    expect(await inbox('student1')).toBe(before.student1 + 1);
    expect(await inbox('student3')).toBe(before.student3);

    const listed = async (u: string) => (await fx.api('/api/assignments', { cookie: c[u] })).body.assignments.some((a: { id: number }) => a.id === assignmentId);
    expect([await listed('student1'), await listed('student2'), await listed('student5'), await listed('student3')]).toEqual([true, true, true, false]);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student3 })).status).toBe(403);
    expect((await fx.api(`/api/assignments/${assignmentId}/open`, { method: 'POST', cookie: c.student3 })).status).toBe(403);
    expect((await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student3, body: { table } })).status).toBe(403);
    expect((await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student2, body: { table } })).body.status).toBe('handed_in');

    const teacher = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.teacher })).body.assignment;
    expect(teacher.work.map((w: { student: { username: string }; status: string }) => [w.student.username, w.status])).toEqual([
      ['student1', 'not_opened'], ['student2', 'handed_in'], ['student5', 'not_opened'],
    ]);
  });

  it('the progress grid and its CSV leave the others blank; a student who joins the team gets it', async () => {
    const p = (await fx.api(`/api/classes/${fx.demo.classId}/progress`, { cookie: c.teacher })).body;
    const col = p.assignments.findIndex((a: { id: number }) => a.id === assignmentId);
    const cells = Object.fromEntries(p.students.map((s: { username: string }, i: number) => [s.username, p.cells[i][col]?.status ?? null]));
    expect(cells).toMatchObject({ student1: 'not_opened', student2: 'handed_in', student3: null, student4: null, student5: 'not_opened' });
    const csv = await (await fetch(`${fx.base}/api/classes/${fx.demo.classId}/progress.csv`, { headers: { cookie: c.teacher! } })).text();
    expect(csv.split('\r\n').find((l) => l.includes(',student3,'))).toMatch(/,student3,$/);

    const work = await assignmentWorkForEvaluation(fx.store, fx.demo.classId, [id.student3, id.student2]);
    expect(work.get(id.student3)!.some((w) => w.assignmentId === String(assignmentId))).toBe(false);
    expect(work.get(id.student2)!.some((w) => w.assignmentId === String(assignmentId))).toBe(true);

    await fx.api(`/api/teams/${teamId}/members`, { method: 'PUT', cookie: c.teacher, body: { studentIds: [id.student1, id.student2, id.student3] } });
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student3 })).status).toBe(200);
  });

  it('"due soon" reaches only those it is set for', async () => {
    fx.clock.now += DAY - 3600_000; // an hour before it is due
    const dueSoon = async (u: string) => {
      const notices = (await fx.api('/api/inbox', { cookie: c[u] })).body.notices as { kind: string; assignmentId?: number }[];
      return notices.some((n) => n.kind === 'assignment_due_soon' && n.assignmentId === assignmentId);
    };
    expect([await dueSoon('student5'), await dueSoon('student4')]).toEqual([true, false]);
  });
});
