/**
 * Accounts over real HTTP: login, cookie flags, me, logout, session expiry, Origin check, body validation.
 * Log-in and invite-code rate limits: login-limits.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture({ auth: { sessionTtlMs: 3600_000 } });
});
afterAll(() => fx.close());

describe('password hashing', () => {
  it('stores scrypt N=2^15, r=8, p=1 with a random 16-byte salt and verifies only the right password', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    const [kind, N, r, p, salt] = a.split('$');
    expect([kind, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(a).not.toBe(b); // different salts
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsf', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('login, me, logout', () => {
  it('logs in with an httpOnly SameSite=Lax cookie holding a 32-byte token, stored only hashed', async () => {
    const r = await fx.api('/api/auth/login', { method: 'POST', body: { username: 'student1', password: DEMO_PASSWORD } });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'student1', role: 'student', schoolId: fx.demo.schoolId });
    expect(r.body.user.passwordHash).toBeUndefined();
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sprout_session=[A-Za-z0-9_-]{43};/); // 32 bytes in base64url = 43 characters (the device cookie follows)
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Max-Age=3600');
    const token = /sprout_session=([^;]+)/.exec(cookie)![1];
    const rows = (await fx.sql('SELECT token_hash FROM sessions')) as { token_hash: string }[];
    expect(rows.some((row) => row.token_hash.includes(token))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('answers /api/auth/me with the user, 401 without a session, and logout ends the session', async () => {
    expect((await fx.api('/api/auth/me')).status).toBe(401);
    const cookie = await fx.login('teacher');
    const me = await fx.api('/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: { id: expect.any(Number), username: 'teacher', displayName: expect.any(String), role: 'teacher', schoolId: fx.demo.schoolId, mustChangePassword: false } });
    const out = await fx.api('/api/auth/logout', { method: 'POST', cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await fx.api('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('refuses a wrong password and an unknown user alike, with 401 invalid_credentials', async () => {
    const wrong = await fx.api('/api/auth/login', { method: 'POST', body: { username: 'student2', password: 'nope' } });
    const unknown = await fx.api('/api/auth/login', { method: 'POST', body: { username: 'nobody', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('names the missing field in a bad login body', async () => {
    const r = await fx.api('/api/auth/login', { method: 'POST', body: { username: 'student1' } });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid_field', field: 'password' });
  });

  it('expires sessions: after the lifetime the same cookie gets 401', async () => {
    const cookie = await fx.login('student3');
    expect((await fx.api('/api/auth/me', { cookie })).status).toBe(200);
    fx.clock.now += 3600_000 + 1;
    try {
      expect((await fx.api('/api/auth/me', { cookie })).status).toBe(401);
    } finally {
      fx.clock.now -= 3600_000 + 1;
    }
  });
});

describe('Origin check', () => {
  it('refuses state-changing calls from another site and allows the same host', async () => {
    const evil = await fx.api('/api/auth/login', { method: 'POST', body: { username: 'student1', password: DEMO_PASSWORD }, headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.body.error.message).toContain('evil.example');
    const nullOrigin = await fx.api('/api/auth/logout', { method: 'POST', headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    const same = await fx.api('/api/auth/logout', { method: 'POST', headers: { origin: fx.base } });
    expect(same.status).toBe(200);
    const crossNoOrigin = await fx.api('/api/auth/logout', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossNoOrigin.status).toBe(403);
  });

  it('allows configured extra origins', async () => {
    const other = await startFixture({ seed: false, auth: { allowedOrigins: ['https://lab.school.example'] } });
    try {
      const r = await other.api('/api/auth/logout', { method: 'POST', headers: { origin: 'https://lab.school.example' } });
      expect(r.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('student sign-up with an invite code', () => {
  it('creates a student in the class (no e-mail), logs them in, and refuses a taken username or a bad code', async () => {
    const body = { inviteCode: fx.demo.inviteCode.toLowerCase(), username: 'new.student', displayName: '新同学', password: 'long-enough-1' };
    const r = await fx.api('/api/auth/register', { method: 'POST', body });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ username: 'new.student', role: 'student', schoolId: fx.demo.schoolId });
    const cookie = r.headers.get('set-cookie')!.split(';')[0];
    const classes = await fx.api('/api/classes', { cookie });
    expect(classes.body.classes.map((x: { id: number }) => x.id)).toEqual([fx.demo.classId]);
    const again = await fx.api('/api/auth/register', { method: 'POST', body });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('username');
    const badCode = await fx.api('/api/auth/register', { method: 'POST', body: { ...body, username: 'other.one', inviteCode: 'NOPE1234' } });
    expect(badCode.status).toBe(404);
    expect(badCode.body.error.field).toBe('inviteCode');
    const short = await fx.api('/api/auth/register', { method: 'POST', body: { ...body, username: 'third', password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');
  });
});
