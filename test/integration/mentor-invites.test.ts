/**
 * Mentor invite links over real HTTP (issue #19): a teacher or the school's administrator makes a link
 * that expires and works once, optionally handing over a project; a mentor from outside opens it, makes
 * their account and sees only what was handed to them. Who may make links (every role × both kinds), the
 * token kept only as a hash, used / expired / unknown links answered clearly, bad input named by field.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
let pA: string, pB: string;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  fx = await startFixture();
  [pA, , pB] = fx.demo.projectIds;
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otheradmin', displayName: 'A2', role: 'admin', schoolId: other.id, passwordHash: hash });
  await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  for (const u of ['admin', 'teacher', 'mentor', 'student1', 'otheradmin', 'otherteacher']) c[u] = await fx.login(u);
});
afterAll(() => fx.close());

const who = ['admin', 'teacher', 'mentor', 'student1', 'otheradmin', 'otherteacher', 'anon'] as const;
const tokenOf = (path: string) => path.replace('/invite/', '');

async function newInvite(cookie: string | undefined, body: Record<string, unknown> = {}) {
  const r = await fx.api('/api/invites', { method: 'POST', cookie, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: number; path: string; expiresAt: number; project: { id: string; title: string } | null };
}

const accept = (token: string, body: Record<string, unknown>) => fx.api(`/api/invites/${token}/accept`, { method: 'POST', body });

describe('permission matrix of the invite routes', () => {
  it("POST /api/invites: a school's teachers and administrators; with a project, its class teacher and its school's administrator", async () => {
    const plain: Record<string, number> = {};
    const handing: Record<string, number> = {};
    for (const u of who) {
      plain[u] = (await fx.api('/api/invites', { method: 'POST', cookie: c[u], body: {} })).status;
      handing[u] = (await fx.api('/api/invites', { method: 'POST', cookie: c[u], body: { projectId: pA } })).status;
    }
    expect(plain).toEqual({ admin: 201, teacher: 201, mentor: 403, student1: 403, otheradmin: 201, otherteacher: 201, anon: 401 });
    expect(handing).toEqual({ admin: 201, teacher: 201, mentor: 403, student1: 403, otheradmin: 403, otherteacher: 403, anon: 401 });
  });

  it('GET /api/invites/:token and accept: anyone holding the link (no session needed), nobody without it', async () => {
    const { path } = await newInvite(c.teacher);
    for (const u of who) expect((await fx.api(`/api/invites/${tokenOf(path)}`, { cookie: c[u] })).status).toBe(200);
    const wrong = 'A'.repeat(43);
    for (const u of who) expect((await fx.api(`/api/invites/${wrong}`, { cookie: c[u] })).status).toBe(404);
    expect((await accept(wrong, { username: 'nobody1', displayName: 'N', password: 'a long passphrase 1' })).status).toBe(404);
  });
});

describe('a mentor joins through a link', () => {
  it('lands on the handed project and sees only it; the link then says it was used', async () => {
    const inv = await newInvite(c.teacher, { projectId: pA, expiresInDays: 3 });
    expect(inv.project).toEqual({ id: pA, title: expect.any(String) });
    // 3 days from the server's clock (the fixture's), to the millisecond
    expect(inv.expiresAt).toBe(fx.clock.now + 3 * DAY);
    expect(inv.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(inv.path);

    // the store keeps only the SHA-256 of the token
    const rows = await fx.sql('SELECT token_hash FROM mentor_invites WHERE id = ?', inv.id);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await fx.sql('SELECT * FROM mentor_invites'))).not.toContain(token);

    const view = await fx.api(`/api/invites/${token}`);
    expect(view.body).toEqual({ schoolName: expect.any(String), invitedBy: expect.any(String), project: { id: pA, title: inv.project!.title }, expiresAt: inv.expiresAt });
    expect(view.body.schoolName.length).toBeGreaterThan(0);

    const r = await accept(token, { username: 'drwu', displayName: 'Dr Wu', password: 'a long passphrase 1' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.landing).toBe(`/projects/${pA}`);
    expect(r.body.user).toMatchObject({ username: 'drwu', displayName: 'Dr Wu', role: 'mentor' });
    const cookie = r.headers.get('set-cookie')!.split(';')[0];
    expect((await fx.api('/api/auth/me', { cookie })).body.user.role).toBe('mentor');

    // sees the handed project, read-only, and no other
    const list = await fx.api('/api/projects', { cookie });
    expect(list.body.projects.map((p: { id: string }) => p.id)).toEqual([pA]);
    expect((await fx.api(`/api/projects/${pA}`, { cookie })).body.project.access).toBe('read');
    expect((await fx.api(`/api/projects/${pB}`, { cookie })).status).toBe(403);
    expect((await fx.api('/api/classes', { cookie })).status).toBe(403);
    // the new mentor serves the school: the teacher can now make them a team's mentor
    const mentors = (await fx.api('/api/mentors', { cookie: c.teacher })).body.mentors.map((m: { username: string }) => m.username);
    expect(mentors).toContain('drwu');
    // logs in with the password they chose
    expect(await fx.login('drwu', 'a long passphrase 1')).toMatch(/=/);

    // single use
    const again = await accept(token, { username: 'drwu2', displayName: 'Someone', password: 'a long passphrase 2' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invite_used');
    expect(again.body.error.message).toMatch(/used already/);
    expect((await fx.api(`/api/invites/${token}`)).body.error.code).toBe('invite_used');
    expect(await fx.store.accounts.userByUsername('drwu2')).toBeUndefined();
  });

  it('a link without a project lands on Home and hands nothing', async () => {
    const { path } = await newInvite(c.admin);
    const r = await accept(tokenOf(path), { username: 'mrsli', displayName: 'Mrs Li', password: 'a long passphrase 3' });
    expect(r.status).toBe(201);
    expect(r.body.landing).toBe('/');
    const cookie = r.headers.get('set-cookie')!.split(';')[0];
    expect((await fx.api('/api/projects', { cookie })).body.projects).toEqual([]);
  });

  it('an expired link says so and makes no account', async () => {
    const { path } = await newInvite(c.teacher, { expiresInDays: 1 });
    const saved = fx.clock.now;
    fx.clock.now += DAY + 1;
    try {
      const view = await fx.api(`/api/invites/${tokenOf(path)}`);
      expect(view.status).toBe(410);
      expect(view.body.error.code).toBe('invite_expired');
      const r = await accept(tokenOf(path), { username: 'latecomer', displayName: 'Late', password: 'a long passphrase 4' });
      expect(r.status).toBe(410);
      expect(r.body.error.code).toBe('invite_expired');
      expect(await fx.store.accounts.userByUsername('latecomer')).toBeUndefined();
    } finally {
      fx.clock.now = saved;
    }
    // still open a millisecond before the end
    const fresh = await newInvite(c.teacher, { expiresInDays: 1 });
    fx.clock.now += DAY - 1;
    try {
      expect((await fx.api(`/api/invites/${tokenOf(fresh.path)}`)).status).toBe(200);
    } finally {
      fx.clock.now = saved;
    }
  });

  it('a taken username or a weak password is refused by field and leaves the link unused', async () => {
    const { path } = await newInvite(c.teacher, { projectId: pA });
    const token = tokenOf(path);
    const taken = await accept(token, { username: 'teacher', displayName: 'X', password: 'a long passphrase 5' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.field).toBe('username');
    const weak = await accept(token, { username: 'newmentor', displayName: 'X', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe('password');
    expect((await fx.api(`/api/invites/${token}`)).status).toBe(200);
    expect((await accept(token, { username: 'newmentor', displayName: 'X', password: 'a long passphrase 5' })).status).toBe(201);
  });

  it('two people accepting one link at once make one account', async () => {
    const { path } = await newInvite(c.teacher);
    const token = tokenOf(path);
    const [a, b] = await Promise.all([
      accept(token, { username: 'racer1', displayName: 'R1', password: 'a long passphrase 6' }),
      accept(token, { username: 'racer2', displayName: 'R2', password: 'a long passphrase 7' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 410]);
    const made = [await fx.store.accounts.userByUsername('racer1'), await fx.store.accounts.userByUsername('racer2')].filter(Boolean);
    expect(made).toHaveLength(1);
  });

  it('bad input names the field and the allowed values', async () => {
    const long = await fx.api('/api/invites', { method: 'POST', cookie: c.teacher, body: { expiresInDays: 31 } });
    expect(long.status).toBe(400);
    expect(long.body.error.field).toBe('expiresInDays');
    expect(long.body.error.message).toMatch(/30 days/);
    const zero = await fx.api('/api/invites', { method: 'POST', cookie: c.teacher, body: { expiresInDays: 0 } });
    expect(zero.body.error.field).toBe('expiresInDays');
    const unknown = await fx.api('/api/invites', { method: 'POST', cookie: c.teacher, body: { projectId: 'no-such-project' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('projectId');
    const garbage = await fx.api('/api/invites', { method: 'POST', cookie: c.teacher, body: 'not json' });
    expect(garbage.status).toBe(400);
    const { path } = await newInvite(c.teacher);
    const noName = await accept(tokenOf(path), { username: 'ok_name', displayName: '', password: 'a long passphrase 8' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe('displayName');
  });
});
