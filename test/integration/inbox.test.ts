/**
 * The inbox over real HTTP (issue #19): the right notices reach the right people (an assignment set
 * reaches every student of the class, a hand-in its teacher, an extension that student, "due soon" a
 * student who has not handed in, once), kept until read; nobody reads or marks another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string> = {};
const id: Record<string, number> = {};
const HOUR = 3600_000;

beforeAll(async () => {
  fx = await startFixture();
  fx.clock.now = Date.UTC(2026, 2, 2, 8, 0);
  for (const u of ['teacher', 'mentor', 'admin', 'student1', 'student2', 'student3']) {
    c[u] = await fx.login(u);
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
  }
});
afterAll(() => fx.close());

const kinds = async (u: string) => (await fx.api('/api/inbox', { cookie: c[u] })).body.notices.map((n: { kind: string }) => n.kind);

describe('inbox', () => {
  it('delivers each notice to the people it concerns, kept until read', async () => {
    expect((await fx.api('/api/inbox')).status).toBe(401);
    const set = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, {
      method: 'POST', cookie: c.teacher, body: { title: '弹簧伸长与拉力', instructions: '', experimentId: 'spring', dueAt: fx.clock.now + 72 * HOUR },
    });
    const assignmentId = set.body.assignment.id;
    const inbox = (await fx.api('/api/inbox', { cookie: c.student1 })).body;
    expect(inbox.unread).toBe(1);
    expect(inbox.notices[0]).toMatchObject({ kind: 'assignment_set', assignmentId, title: '弹簧伸长与拉力', dueAt: fx.clock.now + 72 * HOUR, readAt: null });
    for (const u of ['teacher', 'mentor', 'admin']) expect(await kinds(u)).toEqual([]);

    const table = { columns: [{ name: 'forceN', unit: 'N' }, { name: 'extensionM', unit: 'm' }], rows: [[1, 0.02]] };
    await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student1, body: { table } });
    const teacher = (await fx.api('/api/inbox', { cookie: c.teacher })).body;
    expect(teacher.notices).toEqual([expect.objectContaining({ kind: 'assignment_handed_in', assignmentId, studentName: '张明 (Zhang Ming)', late: false })]);

    await fx.api(`/api/assignments/${assignmentId}/due-dates/${id.student2}`, { method: 'PUT', cookie: c.teacher, body: { dueAt: fx.clock.now + 96 * HOUR } });
    expect(await kinds('student2')).toEqual(['due_extended', 'assignment_set']);
    expect(await kinds('student3')).toEqual(['assignment_set']);

    // 12 hours before it is due: student3 is told once; student1 handed in, student2 has another day
    fx.clock.now += 60 * HOUR;
    expect((await fx.api('/api/inbox/unread', { cookie: c.student3 })).body.unread).toBe(2);
    expect((await fx.api('/api/inbox/unread', { cookie: c.student3 })).body.unread).toBe(2);
    expect(await kinds('student3')).toEqual(['assignment_due_soon', 'assignment_set']);
    expect(await kinds('student1')).toEqual(['assignment_set']);
    expect(await kinds('student2')).toEqual(['due_extended', 'assignment_set']);
  });

  it('marks read one notice or all, only one’s own', async () => {
    const mine = (await fx.api('/api/inbox', { cookie: c.student3 })).body.notices;
    const teacherNotice = (await fx.api('/api/inbox', { cookie: c.teacher })).body.notices[0].id;
    const other = await fx.api('/api/inbox/read', { method: 'POST', cookie: c.student3, body: { ids: [teacherNotice] } });
    expect(other.body).toEqual({ changed: 0, unread: 2 });
    expect((await fx.api('/api/inbox/unread', { cookie: c.teacher })).body.unread).toBe(1);

    const one = await fx.api('/api/inbox/read', { method: 'POST', cookie: c.student3, body: { ids: [mine[0].id] } });
    expect(one.body).toEqual({ changed: 1, unread: 1 });
    expect((await fx.api('/api/inbox', { cookie: c.student3 })).body.notices[0].readAt).toBe(fx.clock.now);
    const all = await fx.api('/api/inbox/read', { method: 'POST', cookie: c.student3, body: {} });
    expect(all.body).toEqual({ changed: 1, unread: 0 });
    const bad = await fx.api('/api/inbox/read', { method: 'POST', cookie: c.student3, body: { ids: ['x'] } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'ids.0']);
    expect((await fx.api('/api/inbox/read', { method: 'POST', body: {} })).status).toBe(401);
  });
});
