/**
 * Editing an assignment after it was set, over real HTTP (issue #19): the class teacher changes the
 * instructions, the due date and a check's tolerance and adds a team; the students it was set for get an
 * "assignment changed" notice naming what changed, the added team's students an "assignment set" one,
 * everyone else nothing; a hand-in's check is judged again under the edited check (its data kept); the
 * setup and each student's mystery values stay. Only the class teacher edits; mistakes name the field; the
 * audience only grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import { hashPassword } from '../../server/auth/password';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
const id: Record<string, number> = {};
const DAY = 24 * 3600_000;
const R = { part: 'R1', prop: 'resistanceOhm' };
const setup = { ...resistanceViPreset.setup, parts: resistanceViPreset.setup.parts.map((p) => (p.id === 'R1' ? { ...p, mystery: ['resistanceOhm'] } : p)) };
let assignmentId: number;
let wholeClassId: number;
let due: number;
let trueR: number;

const notices = async (u: string) =>
  ((await fx.api('/api/inbox', { cookie: c[u] })).body.notices as { kind: string; assignmentId?: number; changed?: string[]; dueAt?: number }[]).filter((n) => n.assignmentId === assignmentId);
const patch = (body: unknown, who = 'teacher', aid = assignmentId) => fx.api(`/api/assignments/${aid}`, { method: 'PATCH', cookie: c[who], body });

beforeAll(async () => {
  fx = await startFixture();
  fx.clock.now = Date.UTC(2026, 2, 2, 8, 0);
  // a teacher of the same school who does not teach this class
  const schoolId = (await fx.store.classes.classById(fx.demo.classId))!.schoolId;
  await fx.store.accounts.createUser({ username: 'teacher2', displayName: 'T2', role: 'teacher', schoolId, passwordHash: await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 }) });
  for (const u of ['teacher', 'teacher2', 'mentor', 'student1', 'student2', 'student3', 'student4']) {
    c[u] = await fx.login(u);
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
  }
  due = fx.clock.now + 2 * DAY;
  const r = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, {
    method: 'POST', cookie: c.teacher,
    body: {
      title: 'Unknown resistor', instructions: 'Measure R.', experimentId: 'circuit-resistance-vi', dueAt: due, setup,
      mystery: [{ ...R, min: 20, max: 80 }], questions: ['R (with its unit)?'], checks: [{ kind: 'value', question: 0, truth: R, tolerancePct: 2 }],
      studentIds: [id.student1, id.student2],
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  assignmentId = r.body.assignment.id;
  wholeClassId = (await fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body: { title: 'Pendulum', instructions: '', experimentId: 'pendulum', dueAt: due } })).body.assignment.id;
  // student1 answers 5 % above their true value: outside the 2 % tolerance
  const mine = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student1 })).body.assignment;
  trueR = mine.setup.parts.find((p: { id: string }) => p.id === 'R1').props.resistanceOhm;
  const table = { columns: [{ name: 'voltageV', unit: 'V' }, { name: 'currentA', unit: 'A' }], rows: [[1, 1 / trueR], [2, 2 / trueR]] };
  const handIn = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student1, body: { table, answers: [`${(trueR * 1.05).toFixed(3)} Ω`] } });
  expect(handIn.body.checks[0].passed).toBe(false);
}, 60_000);
afterAll(() => fx.close());

describe('editing an assignment', () => {
  it('only the class teacher edits (every role)', async () => {
    const got: Record<string, number> = {};
    for (const u of ['teacher', 'teacher2', 'mentor', 'student1', 'student4']) got[u] = (await patch({ title: 'Unknown resistor' }, u)).status;
    got.anon = (await fx.api(`/api/assignments/${assignmentId}`, { method: 'PATCH', body: { title: 'x' } })).status;
    expect(got).toEqual({ teacher: 200, teacher2: 403, mentor: 403, student1: 403, student4: 403, anon: 401 });
    // nothing changed: no notice
    expect(await notices('student1')).toHaveLength(1); // the 'assignment_set' of the beforeAll
  });

  it('refuses bad edits naming the field; the audience only grows', async () => {
    const cases: [unknown, string, number?][] = [
      [{}, 'body'],
      [{ dueAt: 5 }, 'dueAt'],
      [{ title: '' }, 'title'],
      [{ checks: [{ kind: 'unit', question: 3, unit: 'Ω' }] }, 'checks.0.question'],
      [{ questions: [] }, 'checks.0.question'],
      [{ checks: [{ kind: 'value', question: 0, truth: { part: 'B1', prop: 'emfV' }, tolerancePct: 5 }] }, 'checks.0.truth'],
      [{ addStudentIds: [id.teacher] }, 'addStudentIds.0'],
      [{ addTeamIds: [99999] }, 'addTeamIds.0'],
      [{ studentIds: [id.student1] }, 'body'],
      [{ addStudentIds: [id.student3] }, 'addStudentIds', wholeClassId],
    ];
    for (const [body, field, aid] of cases) {
      const r = await patch(body, 'teacher', aid);
      expect([r.status, r.body.error?.field], JSON.stringify(body)).toEqual([400, field]);
    }
  });

  it('the teacher edits instructions, due date and a check, and adds a team: notices, rechecked hand-in, same mystery values', async () => {
    const teamB = fx.demo.teamIds[1];
    const r = await patch({ instructions: 'Measure R with at least 4 readings.', dueAt: due + DAY, checks: [{ kind: 'value', question: 0, truth: R, tolerancePct: 10 }], addTeamIds: [teamB] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.changed).toEqual(['instructions', 'dueAt', 'checks', 'audience']);
    expect(r.body.assignment).toMatchObject({ instructions: 'Measure R with at least 4 readings.', dueAt: due + DAY, to: { studentIds: [id.student1, id.student2], teamIds: [teamB] } });

    for (const u of ['student1', 'student2']) {
      const changed = (await notices(u)).filter((n) => n.kind === 'assignment_changed');
      expect(changed, u).toEqual([expect.objectContaining({ changed: ['instructions', 'dueAt', 'checks'], dueAt: due + DAY })]);
    }
    expect((await notices('student4')).map((n) => n.kind)).toEqual(['assignment_set']);
    expect(await notices('student3')).toEqual([]);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student4 })).status).toBe(200);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student3 })).status).toBe(403);

    // student1's hand-in: the same answer, judged again under the 10 % tolerance; their resistor is the same
    const mine = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student1 })).body.assignment;
    expect(mine.instructions).toBe('Measure R with at least 4 readings.');
    expect(mine.myDueAt).toBe(due + DAY);
    expect(mine.handedIn.answers).toEqual([`${(trueR * 1.05).toFixed(3)} Ω`]);
    expect(mine.handedIn.checks).toEqual([expect.objectContaining({ kind: 'value', passed: true, tolerancePct: 10 })]);
    expect(mine.setup.parts.find((p: { id: string }) => p.id === 'R1').props.resistanceOhm).toBe(trueR);
    const teacher = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.teacher })).body.assignment;
    expect(teacher.work.find((w: { student: { id: number } }) => w.student.id === id.student1).handedIn.checks[0].passed).toBe(true);
  });

  it('an extension stays when the class’s due date moves; a student’s due date is never before the class’s', async () => {
    expect((await fx.api(`/api/assignments/${assignmentId}/due-dates/${id.student2}`, { method: 'PUT', cookie: c.teacher, body: { dueAt: due + 2 * DAY } })).status).toBe(200);
    expect((await patch({ dueAt: due + 3 * DAY })).body.changed).toEqual(['dueAt']);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student2 })).body.assignment.myDueAt).toBe(due + 3 * DAY);
    expect((await patch({ dueAt: due + DAY })).body.changed).toEqual(['dueAt']);
    expect((await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student2 })).body.assignment.myDueAt).toBe(due + 2 * DAY);
  });
});
