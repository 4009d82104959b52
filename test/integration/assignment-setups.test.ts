/**
 * Assigning a saved bench setup over real HTTP (issue #19): the teacher assigns the 伏安法 circuit with a
 * mystery resistor, a range for it, a question and three checks; each student opens their own copy, whose
 * resistor value is seeded by (assignment, student) inside the range; the hand-in's answers, plot and
 * checks are judged by the server against that student's true value (a client's verdict is never read);
 * the teacher sees every student's true value, answers and check results. Mistakes name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import { assignmentWorkForEvaluation } from '../../server/classroom/assignment-routes';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
const id: Record<string, number> = {};
const DAY = 24 * 3600_000;

/** The preset's circuit with its resistor made a mystery, as a teacher saves it (version 1, to check migration on the way in). */
const setupV1 = {
  ...resistanceViPreset.setup,
  version: 1,
  parts: resistanceViPreset.setup.parts.map(({ mystery: _m, ...p }) => (p.id === 'R1' ? { ...p, mystery: true } : p)),
  links: resistanceViPreset.setup.links.map(({ locked: _l, ...l }) => l),
};
const R = { part: 'R1', prop: 'resistanceOhm' };
const base = () => ({
  title: '测未知电阻', instructions: '用伏安法测 R，至少 4 组数据。', experimentId: 'circuit-resistance-vi', dueAt: fx.clock.now + DAY,
  setup: setupV1,
  mystery: [{ ...R, min: 20, max: 80 }],
  questions: ['R 的阻值是多少（带单位）？', '误差从哪里来？'],
  checks: [
    { kind: 'value', question: 0, truth: R, tolerancePct: 5 },
    { kind: 'slope', x: 'currentA', y: 'voltageV', truth: R, tolerancePct: 5 },
    { kind: 'unit', question: 0, unit: 'Ω' },
  ],
});
/** Readings of a resistor of `r` ohms (U = IR, 人教版 九年级 17.3), rounded as the meters show them. */
const readings = (r: number) => ({
  columns: [{ name: 'sliderFraction', unit: '' }, { name: 'voltageV', unit: 'V' }, { name: 'currentA', unit: 'A' }],
  rows: [0.25, 0.5, 0.75, 1].map((f) => {
    const i = 3 / (r + 20 * f);
    return [f, Number((i * r).toFixed(2)), Number(i.toFixed(4))];
  }),
});

beforeAll(async () => {
  fx = await startFixture();
  fx.clock.now = Date.UTC(2026, 2, 2, 8, 0);
  for (const u of ['teacher', 'student1', 'student2', 'student3']) {
    c[u] = await fx.login(u);
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
  }
});
afterAll(() => fx.close());

let assignmentId: number;
const truth: Record<string, number> = {};

describe('assigning a saved setup with a mystery resistor', () => {
  it('bad setups, ranges, questions and checks are refused naming the field', async () => {
    const post = (body: unknown) => fx.api(`/api/classes/${fx.demo.classId}/assignments`, { method: 'POST', cookie: c.teacher, body });
    const b = base();
    const cases: [unknown, string][] = [
      [{ ...b, experimentId: 'pendulum' }, 'setup'],
      [{ ...b, setup: { ...setupV1, parts: [{ ...setupV1.parts[0], kind: 'warp-core' }, ...setupV1.parts.slice(1)] } }, 'setup.parts[0].kind'],
      [{ ...b, mystery: [{ ...R, min: 80, max: 20 }] }, 'mystery[0].max'],
      [{ ...b, mystery: [{ part: 'B1', prop: 'cellCount', min: 1, max: 3 }] }, 'mystery[0].prop'],
      [{ ...b, checks: [{ kind: 'unit', question: 5, unit: 'Ω' }] }, 'checks.0.question'],
      [{ ...b, checks: [{ kind: 'value', question: 0, truth: { part: 'RP1', prop: 'resistanceOhm' }, tolerancePct: 5 }] }, 'checks.0.truth'],
      [{ ...b, checks: [{ kind: 'value', question: 0, truth: R, tolerancePct: 0 }] }, 'checks.0.tolerancePct'],
      [{ ...b, checks: [{ kind: 'guess' }] }, 'checks.0.kind'],
    ];
    for (const [body, field] of cases) {
      const r = await post(body);
      expect([r.status, r.body.error.field], JSON.stringify(r.body)).toEqual([400, field]);
    }
    const r = await post(base());
    expect(r.status).toBe(201);
    expect(r.body.assignment).toMatchObject({ hasSetup: true, questions: base().questions, checks: base().checks });
    assignmentId = r.body.assignment.id;
  });

  it('each student opens their own copy: the resistor inside the range, the same every time, different between students', async () => {
    for (const s of ['student1', 'student2', 'student3']) {
      const a = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c[s] })).body.assignment;
      const r1 = a.setup.parts.find((p: { id: string }) => p.id === 'R1');
      expect(r1.mystery).toEqual(['resistanceOhm']);
      expect(a.setup.version).toBe(2); // migrated when it was assigned
      expect(a.setup.links).toHaveLength(resistanceViPreset.setup.links.length);
      truth[s] = r1.props.resistanceOhm;
      expect(truth[s]).toBeGreaterThanOrEqual(20);
      expect(truth[s]).toBeLessThanOrEqual(80);
      const again = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c[s] })).body.assignment;
      expect(again.setup).toEqual(a.setup);
    }
    expect(new Set(Object.values(truth)).size).toBe(3);
    const listed = (await fx.api('/api/assignments', { cookie: c.student1 })).body.assignments.find((a: { id: number }) => a.id === assignmentId);
    expect(listed).toMatchObject({ hasSetup: true });
    expect(listed.setup).toBeUndefined(); // the list is light; the setup comes with the one assignment
  });

  it('the server judges the hand-in against the student’s own value, whatever the client says', async () => {
    const right = await fx.api(`/api/assignments/${assignmentId}/hand-in`, {
      method: 'POST', cookie: c.student1,
      body: { table: readings(truth.student1), answers: [`${truth.student1} Ω`, '电表的内阻'], graph: { x: 'currentA', y: 'voltageV' }, checks: [{ passed: false }] },
    });
    // an unknown field (a client's own "checks") is not read: zod strips it
    expect(right.status).toBe(200);
    expect(right.body.checks.map((x: { passed: boolean }) => x.passed)).toEqual([true, true, true]);
    expect(right.body.checks[0].expected).toBe(''); // the true value is not told to the student

    // student2 copies student1's numbers: their own resistor differs, so value and slope fail
    const copied = await fx.api(`/api/assignments/${assignmentId}/hand-in`, {
      method: 'POST', cookie: c.student2, body: { table: readings(truth.student1), answers: [`${truth.student1} Ω`] },
    });
    const expectFail = Math.abs(truth.student1 - truth.student2) / truth.student2 > 0.05;
    expect(copied.body.checks.map((x: { passed: boolean }) => x.passed)).toEqual([!expectFail, !expectFail, true]);

    const badGraph = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student3, body: { table: readings(truth.student3), graph: { x: 'timeS', y: 'voltageV' } } });
    expect([badGraph.status, badGraph.body.error.field]).toEqual([400, 'graph.x']);
    const tooMany = await fx.api(`/api/assignments/${assignmentId}/hand-in`, { method: 'POST', cookie: c.student3, body: { table: readings(truth.student3), answers: ['a', 'b', 'c'] } });
    expect([tooMany.status, tooMany.body.error.field]).toEqual([400, 'answers']);

    const mine = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.student1 })).body.assignment;
    expect(mine.handedIn).toMatchObject({ answers: [`${truth.student1} Ω`, '电表的内阻'], graph: { x: 'currentA', y: 'voltageV' } });
    expect(mine.handedIn.checks.map((x: { passed: boolean; expected: unknown }) => [x.passed, x.expected])).toEqual([[true, ''], [true, ''], [true, 'Ω']]);
  });

  it('the teacher sees each student’s true value, answers, plot and checks', async () => {
    const a = (await fx.api(`/api/assignments/${assignmentId}`, { cookie: c.teacher })).body.assignment;
    expect(a.mystery).toEqual([{ ...R, min: 20, max: 80 }]);
    const of = (u: string) => a.work.find((w: { student: { username: string } }) => w.student.username === u);
    for (const s of ['student1', 'student2', 'student3']) expect(of(s).trueValues).toEqual([{ ...R, value: truth[s], unit: 'Ω' }]);
    expect(of('student1').handedIn.checks[0]).toMatchObject({ passed: true, expected: truth.student1, got: truth.student1 });
    // the meters' rounding (4 decimals of an ampere) moves the fitted slope by well under 2 %
    expect(Math.abs(of('student1').handedIn.checks[1].got - truth.student1) / truth.student1).toBeLessThan(0.02);
    expect(of('student2').handedIn.checks[0]).toMatchObject({ expected: truth.student2, got: truth.student1 });
    expect(of('student3').handedIn).toBeNull();
    const work = await assignmentWorkForEvaluation(fx.store, fx.demo.classId, [id.student1]);
    expect(work.get(id.student1)!.find((w) => w.assignmentId === String(assignmentId))).toMatchObject({ checksPassed: 3, checksTotal: 3 });
  });
});
