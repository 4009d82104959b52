/**
 * A class of 60 students with 20 assignments (issue #19's bar for the class page): the progress grid
 * comes from the same few statements as for a class of 6 with 1 (set queries over all assignments), and
 * the answer is quick. Both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
let teacher: string;
let bigClassId: number;

beforeAll(async () => {
  fx = await startFixture();
  teacher = await fx.login('teacher');
  const teacherId = (await fx.store.accounts.userByUsername('teacher'))!.id;
  bigClassId = (await fx.store.classes.createClass({ schoolId: fx.demo.schoolId, name: '初二(9)班', inviteCode: 'BIGCLASS', teacherId, createdAt: 0 })).id;
  const students = await fx.store.accounts.importStudents(
    Array.from({ length: 60 }, (_, i) => ({
      user: { username: `s2026${String(i).padStart(3, '0')}`, displayName: `学生${i}`, role: 'student' as const, schoolId: fx.demo.schoolId, passwordHash: 'x', studentNumber: null },
      classId: bigClassId,
    })),
  );
  const now = Date.now();
  for (let a = 0; a < 20; a++) {
    const rec = await fx.store.assignments.createAssignment({ classId: bigClassId, title: `作业 ${a + 1}`, instructions: '', experimentId: 'pendulum', catalogRef: null, dueAt: now + (a - 10) * 86400_000, createdBy: teacherId, createdAt: now });
    for (const s of students.slice(0, 30 + a)) await fx.store.assignments.handIn(rec.id, s.id, now - 86400_000 * 11, '{"table":{"columns":[],"rows":[]}}');
  }
  await fx.store.assignments.createAssignment({ classId: fx.demo.classId, title: 'x', instructions: '', experimentId: 'pendulum', catalogRef: null, dueAt: now, createdBy: teacherId, createdAt: now });
});
afterAll(() => fx.close());

async function timed(path: string) {
  const before = fx.store.queryCount;
  const t0 = performance.now();
  const r = await fx.api(path, { cookie: teacher });
  return { ms: performance.now() - t0, statements: fx.store.queryCount - before, body: r.body };
}

describe('class progress at 60 students × 20 assignments', () => {
  it('takes the same statements as a small class, and answers within a second', async () => {
    const small = await timed(`/api/classes/${fx.demo.classId}/progress`);
    await timed(`/api/classes/${bigClassId}/progress`); // warm
    const big = await timed(`/api/classes/${bigClassId}/progress`);
    expect(big.body.students).toHaveLength(60);
    expect(big.body.assignments).toHaveLength(20);
    expect(big.body.cells.flat()).toHaveLength(1200);
    // assignment 1 (due 10 days ago): 30 handed in, 30 missing; the last (due in 9 days): 49 handed in, 11 not opened
    const column = (j: number) => big.body.cells.map((row: { status: string }[]) => row[j].status);
    const count = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});
    expect(count(column(0))).toEqual({ handed_in: 30, missing: 30 });
    expect(count(column(19))).toEqual({ handed_in: 49, not_opened: 11 });
    expect(big.statements).toBe(small.statements);
    console.log(`progress 60 x 20: ${big.ms.toFixed(0)} ms, ${big.statements} statements (6 x 1: ${small.ms.toFixed(0)} ms)`);
    expect(big.ms).toBeLessThan(1000);
  });
});
