/**
 * The list of mentor invite links and revoking one, over real HTTP (issue #19): the school's administrator
 * sees every link of the school, a teacher the links they made (who, when, until when, open / used /
 * revoked / expired, who used it); the administrator or the link's maker revokes an open one, and the
 * revoked link then answers 410 invite_revoked to whoever opens or accepts it. Every role × both routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
const DAY = 24 * 3600_000;
const who = ['admin', 'teacher', 'teacher2', 'mentor', 'student1', 'otheradmin', 'anon'] as const;
const links: Record<string, { id: number; token: string }> = {};

async function newInvite(cookie: string | undefined, body: Record<string, unknown> = {}) {
  const r = await fx.api('/api/invites', { method: 'POST', cookie, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id as number, token: (r.body.path as string).replace('/invite/', '') };
}

beforeAll(async () => {
  fx = await startFixture();
  const schoolId = (await fx.store.classes.classById(fx.demo.classId))!.schoolId;
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'teacher2', displayName: 'T2', role: 'teacher', schoolId, passwordHash: hash });
  await fx.store.accounts.createUser({ username: 'otheradmin', displayName: 'A2', role: 'admin', schoolId: other.id, passwordHash: hash });
  for (const u of who) if (u !== 'anon') c[u] = await fx.login(u);
  links.byTeacher = await newInvite(c.teacher, { projectId: fx.demo.projectIds[0] });
  links.byTeacher2 = await newInvite(c.teacher2);
  links.byAdmin = await newInvite(c.admin, { expiresInDays: 1 });
  links.used = await newInvite(c.teacher);
  expect((await fx.api(`/api/invites/${links.used.token}/accept`, { method: 'POST', body: { username: 'drzhao', displayName: 'Dr Zhao', password: 'a-long-mentor-pass-9' } })).status).toBe(201);
}, 60_000);
afterAll(() => fx.close());

describe('the list of invite links', () => {
  it('the administrator sees the school’s links, a teacher their own; nobody else (every role)', async () => {
    const got: Record<string, unknown> = {};
    for (const u of who) {
      const r = await fx.api('/api/invites', { cookie: c[u] });
      got[u] = r.status === 200 ? (r.body.invites as { id: number }[]).map((i) => i.id).sort((a, b) => a - b) : r.status;
    }
    const ids = (...names: string[]) => names.map((n) => links[n].id).sort((a, b) => a - b);
    expect(got).toEqual({
      admin: ids('byTeacher', 'byTeacher2', 'byAdmin', 'used'), teacher: ids('byTeacher', 'used'), teacher2: ids('byTeacher2'),
      mentor: 403, student1: 403, otheradmin: [], anon: 401,
    });
  });

  it('each link says who made it, when, until when, its project, its state and who used it', async () => {
    const list = (await fx.api('/api/invites', { cookie: c.admin })).body.invites as any[];
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(list[0].id).toBe(links.used.id); // newest first
    expect(byId.get(links.byTeacher.id)).toMatchObject({ state: 'open', createdBy: { displayName: expect.any(String) }, project: { id: fx.demo.projectIds[0] }, usedBy: null, canRevoke: true });
    expect(byId.get(links.used.id)).toMatchObject({ state: 'used', usedBy: { username: 'drzhao', displayName: 'Dr Zhao' }, usedAt: expect.any(Number), canRevoke: false });
    const admin = byId.get(links.byAdmin.id);
    expect(admin.expiresAt - admin.createdAt).toBe(DAY);
    // a teacher may revoke only their own
    const t2 = (await fx.api('/api/invites', { cookie: c.teacher2 })).body.invites;
    expect(t2).toEqual([expect.objectContaining({ id: links.byTeacher2.id, canRevoke: true })]);
  });

  it('revoking: the administrator or the maker (every role); the revoked link answers 410 invite_revoked', async () => {
    const got: Record<string, number> = {};
    for (const u of who.filter((x) => x !== 'teacher' && x !== 'admin')) got[u] = (await fx.api(`/api/invites/${links.byTeacher.id}/revoke`, { method: 'POST', cookie: c[u] })).status;
    expect(got).toEqual({ teacher2: 403, mentor: 403, student1: 403, otheradmin: 403, anon: 401 });
    expect((await fx.api(`/api/invites/${links.byTeacher.token}`)).status).toBe(200); // still open

    const r = await fx.api(`/api/invites/${links.byTeacher.id}/revoke`, { method: 'POST', cookie: c.teacher });
    expect(r.status).toBe(200);
    expect(r.body.invite).toMatchObject({ id: links.byTeacher.id, state: 'revoked', revokedAt: expect.any(Number), canRevoke: false });
    const view = await fx.api(`/api/invites/${links.byTeacher.token}`);
    expect([view.status, view.body.error.code]).toEqual([410, 'invite_revoked']);
    const accept = await fx.api(`/api/invites/${links.byTeacher.token}/accept`, { method: 'POST', body: { username: 'drqian', displayName: 'Dr Qian', password: 'a-long-mentor-pass-9' } });
    expect([accept.status, accept.body.error.code]).toEqual([410, 'invite_revoked']);
    expect(await fx.store.accounts.userByUsername('drqian')).toBeUndefined();

    // the administrator revokes a teacher's link; revoking again keeps the first time
    const first = (await fx.api(`/api/invites/${links.byTeacher2.id}/revoke`, { method: 'POST', cookie: c.admin })).body.invite.revokedAt;
    fx.clock.now += 60_000;
    expect((await fx.api(`/api/invites/${links.byTeacher2.id}/revoke`, { method: 'POST', cookie: c.admin })).body.invite.revokedAt).toBe(first);
    // a used link stays used; an unknown one is 404; a bad id names the field
    const used = await fx.api(`/api/invites/${links.used.id}/revoke`, { method: 'POST', cookie: c.admin });
    expect([used.status, used.body.error.field]).toEqual([409, 'inviteId']);
    expect((await fx.api('/api/invites/99999/revoke', { method: 'POST', cookie: c.admin })).status).toBe(404);
    expect((await fx.api('/api/invites/abc/revoke', { method: 'POST', cookie: c.admin })).body.error.field).toBe('inviteId');
  });
});
