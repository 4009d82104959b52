/**
 * The school's evaluation policy on the real server (issue #20), on whichever store the suite runs: the
 * administrator sets the floor (40–100 %, refused below 40 naming floorPct) and the default scheme (its
 * process share at least the floor, naming scheme.processPct); a teacher's class scheme below the new floor
 * is refused; a class scheme saved before the floor was raised is flagged on the gradebook and listed for the
 * administrator; every change is an entry of the school's log (`school:<id>`), and verify-reviews names a
 * floor edited behind the server's back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../projects/evaluation/weights';
import { hashPassword } from '../../server/auth/password';
import { evaluationRoutes } from '../../server/evaluation/routes';
import { verifyAll } from '../../server/review/verify';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
let classId: number;
let schoolId: number;
const cookie: Record<string, string | undefined> = {};
const who = ['admin', 'otheradmin', 'teacher', 'mentor', 'student1', 'anon'] as const;
const PATH = '/api/admin/evaluation-policy';

beforeAll(async () => {
  fx = await startFixture();
  evaluationRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, loadDoc: (p) => fx.server.sync.loadDoc(p) });
  classId = fx.demo.classId;
  schoolId = (await fx.store.classes.classById(classId))!.schoolId;
  const other = await fx.store.accounts.createSchool('Other School');
  await fx.store.accounts.createUser({ username: 'otheradmin', displayName: 'A2', role: 'admin', schoolId: other.id, passwordHash: await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 }) });
  for (const u of who) if (u !== 'anon') cookie[u] = await fx.login(u);
}, 60_000);
afterAll(async () => fx?.close());

describe('the school evaluation policy', () => {
  it('only the school’s administrator reads and sets it (every role × both routes)', async () => {
    const read: Record<string, number> = {};
    const write: Record<string, number> = {};
    for (const u of who) {
      read[u] = (await fx.api(PATH, { cookie: cookie[u] })).status;
      write[u] = (await fx.api(PATH, { method: 'PUT', cookie: cookie[u], body: { floorPct: 40, scheme: DEFAULT_SCHEME } })).status;
    }
    // otheradmin reads and sets their own school's policy, never this one's (the route takes the school from the session)
    expect(read).toEqual({ admin: 200, otheradmin: 200, teacher: 403, mentor: 403, student1: 403, anon: 401 });
    expect(write).toEqual({ admin: 200, otheradmin: 200, teacher: 403, mentor: 403, student1: 403, anon: 401 });
    expect((await fx.store.reviews.policyOfSchool(schoolId))?.updatedBy).toBe((await fx.store.accounts.userByUsername('admin'))!.id);
  });

  it('refuses a floor below 40 % or above 100 %, and a default scheme below the floor, naming the field', async () => {
    const low = await fx.api(PATH, { method: 'PUT', cookie: cookie.admin, body: { floorPct: 35, scheme: DEFAULT_SCHEME } });
    expect(low.status).toBe(400);
    expect(low.body.error).toMatchObject({ code: 'invalid_field', field: 'floorPct' });
    expect(low.body.error.message).toContain('at least 40 %');
    expect((await fx.api(PATH, { method: 'PUT', cookie: cookie.admin, body: { floorPct: 101, scheme: DEFAULT_SCHEME } })).body.error.field).toBe('floorPct');
    expect((await fx.api(PATH, { method: 'PUT', cookie: cookie.admin, body: { floorPct: 45.5, scheme: DEFAULT_SCHEME } })).body.error.field).toBe('floorPct');
    const scheme = await fx.api(PATH, { method: 'PUT', cookie: cookie.admin, body: { floorPct: 60, scheme: { ...DEFAULT_SCHEME, processPct: 50 } } });
    expect(scheme.body.error).toMatchObject({ code: 'invalid_field', field: 'scheme.processPct' });
    expect(scheme.body.error.message).toContain('at least the floor, 60 %');
  });

  it('a raised floor refuses a teacher’s scheme below it; a class scheme saved earlier is flagged and listed', async () => {
    const weights = `/api/classes/${classId}/evaluation/weights`;
    // the teacher saves 45 % under the 40 % floor
    expect((await fx.api(weights, { method: 'PUT', cookie: cookie.teacher, body: { ...DEFAULT_SCHEME, processPct: 45 } })).status).toBe(200);
    const raised = await fx.api(PATH, { method: 'PUT', cookie: cookie.admin, body: { floorPct: 55, scheme: { ...DEFAULT_SCHEME, processPct: 60 } } });
    expect(raised.status).toBe(200);
    expect(raised.body.policy).toEqual({ floorPct: 55, scheme: { ...DEFAULT_SCHEME, processPct: 60 } });
    expect(raised.body.classesBelowFloor).toEqual([{ id: classId, name: expect.any(String), processPct: 45 }]);
    expect(raised.body.updatedBy.displayName).toBeTruthy();

    const gradebook = (await fx.api(`/api/classes/${classId}/evaluation`, { cookie: cookie.teacher })).body.gradebook;
    expect(gradebook).toMatchObject({ floorPct: 55, belowFloor: true, schemeOf: 'class', scheme: { processPct: 45 } });

    const refused = await fx.api(weights, { method: 'PUT', cookie: cookie.teacher, body: { ...DEFAULT_SCHEME, processPct: 50 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'below_floor', field: 'processPct', floorPct: 55 });
    expect((await fx.api(weights, { method: 'PUT', cookie: cookie.teacher, body: { ...DEFAULT_SCHEME, processPct: 55 } })).body.floorPct).toBe(55);
    const fixed = (await fx.api(`/api/classes/${classId}/evaluation`, { cookie: cookie.teacher })).body.gradebook;
    expect(fixed.belowFloor).toBe(false);
    expect((await fx.api(PATH, { cookie: cookie.admin })).body.classesBelowFloor).toEqual([]);
  });

  it('every change is an entry of the school’s log; verify-reviews names a floor edited behind the server', async () => {
    const log = await fx.store.reviews.log(`school:${schoolId}`);
    // the matrix's save (40 %), then the raise to 55 %
    expect(log.map((e) => [e.type, e.payload.floorPct])).toEqual([['policy', 40], ['policy', 55]]);
    const view = (await fx.api(PATH, { cookie: cookie.admin })).body;
    expect(view.receipt).toMatchObject({ seq: 2 });
    const lines: string[] = [];
    expect((await verifyAll(fx.store, (l) => lines.push(l))).broken).toBe(0);
    expect(lines.some((l) => l.startsWith(`OK      school:${schoolId}  2 entries`))).toBe(true);

    await fx.sql('UPDATE school_policies SET floor_pct = 40 WHERE school_id = ?', schoolId);
    const after: string[] = [];
    expect((await verifyAll(fx.store, (l) => after.push(l))).broken).toBe(1);
    expect(after.find((l) => l.startsWith('BROKEN'))).toMatch(new RegExp(`school:${schoolId} .*evaluation policy of school ${schoolId} was changed after entry 2`));
    await fx.sql('UPDATE school_policies SET floor_pct = 55 WHERE school_id = ?', schoolId);
    expect((await verifyAll(fx.store, () => {})).broken).toBe(0);
  });
});
