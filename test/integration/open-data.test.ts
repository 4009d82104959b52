/**
 * The school's read-only open-data API over real HTTP (issue #20): the administrator makes a token (the
 * secret shown once, only its SHA-256 stored), another system reads the school's classes, a gradebook and
 * its records with it, and the matrix of who reaches what: a token never reaches another school, never
 * writes, log-in cookies do not work on the API and tokens do not work on the app's routes; a revoked
 * token stops working; calls are rate-limited per token.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { evaluationRoutes } from '../../server/evaluation/routes';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
let otherClassId: number;
let secret = '';
let otherSecret = '';
const API_CALLS = 40; // the test server's limit per minute (the default is 120)

beforeAll(async () => {
  fx = await startFixture({ auth: { apiCalls: { max: API_CALLS, windowMs: 60_000 } } });
  const live = { load: (id: string) => fx.server.sync.loadDoc(id) };
  evaluationRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, loadDoc: live.load });
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otheradmin', displayName: 'A2', role: 'admin', schoolId: other.id, passwordHash: hash });
  const t2 = await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  otherClassId = (await fx.store.classes.createClass({ schoolId: other.id, name: 'Other 1', inviteCode: 'OTHER234', teacherId: t2.id, createdAt: 0 })).id;
  for (const u of ['admin', 'teacher', 'mentor', 'student1', 'otheradmin']) c[u] = await fx.login(u);
}, 60_000);
afterAll(() => fx?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const open = (path: string, token?: string, method = 'GET', cookie?: string) => fx.api(`/api/open/v1${path}`, { method, headers: token ? bearer(token) : {}, cookie });

describe('API tokens of a school', () => {
  it('the administrator makes one: the secret is shown once, the server keeps its SHA-256 only', async () => {
    const r = await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c.admin, body: { name: 'District LRS' } });
    expect(r.status).toBe(201);
    secret = r.body.secret;
    expect(secret).toMatch(/^spl_[A-Za-z0-9_-]{43}$/);
    expect(r.body.token).toMatchObject({ name: 'District LRS', prefix: secret.slice(0, 12), revokedAt: null, lastUsedAt: null });
    const stored = await fx.store.apiTokens.apiTokensOfSchool(fx.demo.schoolId);
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    const rows = await fx.sql('SELECT * FROM api_tokens');
    expect(JSON.stringify(rows)).not.toContain(secret);
    // the list never shows a secret or a hash
    const list = await fx.api('/api/admin/api-tokens', { cookie: c.admin });
    expect(list.body.tokens.map((t: { name: string }) => t.name)).toEqual(['District LRS']);
    expect(JSON.stringify(list.body)).not.toMatch(/spl_[A-Za-z0-9_-]{20,}|[0-9a-f]{64}/);
    otherSecret = (await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c.otheradmin, body: { name: 'theirs' } })).body.secret;
    const bad = await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c.admin, body: { name: ' ' } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'name']);
  });

  it('only a school administrator manages tokens, and only their school\'s', async () => {
    for (const u of ['teacher', 'mentor', 'student1']) {
      expect((await fx.api('/api/admin/api-tokens', { cookie: c[u] })).status).toBe(403);
      expect((await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c[u], body: { name: 'x' } })).status).toBe(403);
    }
    expect((await fx.api('/api/admin/api-tokens')).status).toBe(401);
    expect((await fx.api('/api/admin/api-tokens', { cookie: c.otheradmin })).body.tokens.map((t: { name: string }) => t.name)).toEqual(['theirs']);
    const mine = (await fx.store.apiTokens.apiTokensOfSchool(fx.demo.schoolId))[0];
    expect((await fx.api(`/api/admin/api-tokens/${mine.id}`, { method: 'DELETE', cookie: c.otheradmin })).status).toBe(404);
    expect((await fx.api(`/api/admin/api-tokens/${mine.id}`, { method: 'DELETE', cookie: c.teacher })).status).toBe(403);
    // a token is not a way into the app's own routes
    expect((await fx.api('/api/admin/api-tokens', { headers: bearer(secret) })).status).toBe(401);
    expect((await fx.api('/api/admin/people', { headers: bearer(secret) })).status).toBe(401);
    expect((await fx.api(`/api/classes/${fx.demo.classId}/evaluation`, { headers: bearer(secret) })).status).toBe(401);
  });
});

describe('the open-data API, version 1', () => {
  it("reads the school's classes with their students, and nothing of another school", async () => {
    const r = await open('/classes', secret);
    expect(r.status).toBe(200);
    expect(r.body.school.id).toBe(fx.demo.schoolId);
    const cls = r.body.classes.find((k: { id: number }) => k.id === fx.demo.classId);
    const students = await fx.store.classes.studentsOfClass(fx.demo.classId);
    expect(cls.students.map((s: { username: string }) => s.username).sort()).toEqual(students.map((s) => s.username).sort());
    expect(r.body.classes.map((k: { id: number }) => k.id)).not.toContain(otherClassId);
    expect(JSON.stringify(r.body)).not.toMatch(/password|hash/i);
    const theirs = await open('/classes', otherSecret);
    expect(theirs.body.classes.map((k: { id: number }) => k.id)).toEqual([otherClassId]);
  });

  it('reads a gradebook and its records as the teacher sees them', async () => {
    // a record to read: the teacher rates a student's inquiry (server/evaluation/soft-indicators.ts)
    const student1 = (await fx.store.accounts.userByUsername('student1'))!.id;
    const rated = await fx.api(`/api/classes/${fx.demo.classId}/evaluation/ratings`, { method: 'PUT', cookie: c.teacher, body: { studentId: student1, indicator: 'inquiry', level: 3, remark: 'good questions' } });
    expect(rated.status).toBe(200);
    const g = await open(`/classes/${fx.demo.classId}/gradebook`, secret);
    expect(g.status).toBe(200);
    const teacher = (await fx.api(`/api/classes/${fx.demo.classId}/evaluation`, { cookie: c.teacher })).body.gradebook;
    expect(g.body.rows.map((r: { student: { id: number }; total: number | null }) => [r.student.id, r.total])).toEqual(
      teacher.rows.map((r: { student: { id: number }; total: number | null }) => [r.student.id, r.total]),
    );
    expect(g.body.scheme).toEqual(teacher.scheme);
    expect(g.body.records).toBeUndefined();
    const rec = await open(`/classes/${fx.demo.classId}/records`, secret);
    expect(rec.status).toBe(200);
    expect(rec.body.class).toEqual({ id: fx.demo.classId, name: teacher.class.name });
    // as many records as the teacher's drill-down has sources (the demo school's submissions, comments, ratings)
    const sources = teacher.rows.flatMap((r: { indicators: { sources: unknown[] }[] }) => r.indicators.flatMap((i) => i.sources));
    expect(sources.length).toBeGreaterThan(0);
    expect(rec.body.records).toHaveLength(sources.length);
    const rating = rec.body.records.find((x: { kind: string }) => x.kind === 'rating');
    expect(rating).toMatchObject({ studentId: student1, username: 'student1', indicator: 'inquiry', at: new Date(fx.clock.now).toISOString(), details: { level: 3, remark: 'good questions' } });
    for (const x of rec.body.records) {
      expect(Object.keys(x).sort()).toEqual(['at', 'details', 'indicator', 'kind', 'score', 'studentId', 'username']);
      if (x.at !== null) expect(new Date(x.at).toISOString()).toBe(x.at);
    }
  });

  it('the matrix: another school, writes, cookies, no or bad tokens', async () => {
    const path = `/classes/${fx.demo.classId}/gradebook`;
    // another school's token: "no such class", as for a class that does not exist
    expect((await open(path, otherSecret)).status).toBe(404);
    expect((await open(`/classes/${otherClassId}/records`, secret)).status).toBe(404);
    expect((await open('/classes/999999/gradebook', secret)).status).toBe(404);
    // never writes: every other method is refused
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await open('/classes', secret, method)).status, method).toBe(405);
      expect((await open(path, secret, method)).status, method).toBe(405);
    }
    // a log-in cookie does not work here, whoever's it is
    for (const u of ['admin', 'teacher', 'student1']) {
      const r = await open(path, undefined, 'GET', c[u]);
      expect([r.status, r.body.error.code], u).toEqual([401, 'token_required']);
    }
    const none = await open('/classes');
    expect([none.status, none.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="sprout-open-data"']);
    expect((await fx.api('/api/open/v1/classes', { headers: { authorization: 'Basic YTpi' } })).body.error.code).toBe('invalid_token');
    expect((await open('/classes', 'spl_short')).body.error.code).toBe('invalid_token');
    expect((await open('/classes', `spl_${'A'.repeat(43)}`)).body.error).toMatchObject({ code: 'invalid_token', message: 'no such API token' });
  });

  it('notes when a token was last used, and a revoked token stops working at once', async () => {
    const mine = (await fx.store.apiTokens.apiTokensOfSchool(fx.demo.schoolId))[0];
    expect(mine.lastUsedAt).toBe(fx.clock.now);
    const r = await fx.api(`/api/admin/api-tokens/${mine.id}`, { method: 'DELETE', cookie: c.admin });
    expect(r.status).toBe(200);
    expect(r.body.token.revokedAt).toBe(fx.clock.now);
    const refused = await open('/classes', secret);
    expect([refused.status, refused.body.error.code]).toEqual([401, 'token_revoked']);
    expect((await open('/classes', otherSecret)).status).toBe(200);
  });

  it(`allows ${API_CALLS} calls a minute per token, then 429 with retry-after`, async () => {
    fx.clock.now += 120_000; // a fresh minute
    const fresh = (await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c.admin, body: { name: 'busy' } })).body.secret;
    const statuses: number[] = [];
    for (let i = 0; i < API_CALLS + 1; i++) statuses.push((await open('/classes', fresh)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(API_CALLS);
    expect(statuses[API_CALLS]).toBe(429);
    const limited = await open('/classes', fresh);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe('rate_limited');
    // another token of the school is counted apart
    const second = (await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c.admin, body: { name: 'quiet' } })).body.secret;
    expect((await open('/classes', second)).status).toBe(200);
    fx.clock.now += 61_000;
    expect((await open('/classes', fresh)).status).toBe(200);
  });
});
