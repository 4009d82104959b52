/**
 * Log-in and invite-code rate limits over real HTTP (issue #13, item 4), with the default limits of
 * server/auth/login-throttle.ts. Clients at different addresses are requests through a trusted proxy on
 * this machine (TRUST_PROXY=1), which appends the address it saw to X-Forwarded-For.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
let otherSchoolCode: string;
beforeAll(async () => {
  fx = await startFixture({ auth: { trustProxy: true } });
  const other = await fx.store.accounts.createSchool('Other School');
  const t2 = await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: 'x' });
  otherSchoolCode = (await fx.store.classes.createClass({ schoolId: other.id, name: 'Elsewhere', inviteCode: 'OTHERSCH', teacherId: t2.id, createdAt: 0 })).inviteCode;
});
afterAll(() => fx.close());

/** The demo school's people (cheap password hashes: unknown usernames cost a full-strength dummy hash). */
const PEOPLE = ['teacher', 'mentor', 'student1', 'student2', 'student3', 'student4', 'student5', 'student6'];

let nextAddress = 1;
/** A fresh client address (TEST-NET-2), so tests do not share per-address counts. */
const newAddress = () => `198.51.100.${nextAddress++}`;

function login(username: string, password: string, from: string, extra: Record<string, string> = {}) {
  return fx.api('/api/auth/login', { method: 'POST', body: { username, password }, headers: { 'x-forwarded-for': from, ...extra } });
}

describe('log-in limits', () => {
  it('five wrong passwords from one address do not lock the owner out elsewhere (a student cannot block the teacher)', async () => {
    const student = newAddress();
    for (let i = 0; i < 5; i++) expect((await login('teacher', 'guess', student)).status).toBe(401);
    const slowed = await login('teacher', DEMO_PASSWORD, student);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error).toMatchObject({ code: 'rate_limited', retryAfterS: 15 });
    expect(slowed.headers.get('retry-after')).toBe('15');
    // the teacher, at home or on the staff-room network
    const teacher = await login('teacher', DEMO_PASSWORD, newAddress());
    expect(teacher.status).toBe(200);
  });

  it('slows down rather than locks: 15 s, 30 s, 1 min … after the fifth failure, and a success starts afresh', async () => {
    const from = newAddress();
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await login('student2', 'wrong', from);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('invalid_credentials');
      waits.push(r.body.error.retryAfterS);
      // asking again before the wait is over is refused without checking the password
      if (r.body.error.retryAfterS) expect((await login('student2', DEMO_PASSWORD, from)).status).toBe(429);
      fx.clock.now += (r.body.error.retryAfterS ?? 0) * 1000;
    }
    expect(waits).toEqual([undefined, undefined, undefined, undefined, 15, 30, 60, 120]);
    expect((await login('student2', DEMO_PASSWORD, from)).status).toBe(200);
    const after = await login('student2', 'wrong', from);
    expect(after.status).toBe(401);
    expect(after.body.error.retryAfterS).toBeUndefined();
  });

  it('successful log-ins never count: a class of 40 behind one school address all get in', async () => {
    const school = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await login(`student${(i % 6) + 1}`, DEMO_PASSWORD, school)).status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('one address trying many usernames is slowed after 30 failures; a browser that logged in before is not', async () => {
    const cafe = newAddress();
    const teacher = await login('teacher', DEMO_PASSWORD, cafe);
    const device = /sprout_device=[^;]+/.exec(teacher.headers.get('set-cookie') ?? '')![0];
    // 30 wrong passwords spread over 8 usernames (4 or fewer each: no username is slowed on its own)
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login(PEOPLE[i % PEOPLE.length], 'x', cafe)).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const slowed = await login('student6', DEMO_PASSWORD, cafe);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.retryAfterS).toBe(1);
    // the teacher's own browser (its device cookie) is counted apart
    expect((await login('teacher', DEMO_PASSWORD, cafe, { cookie: device })).status).toBe(200);
    // a device cookie is only good for the username it was issued to, and only unaltered
    expect((await login('student6', DEMO_PASSWORD, cafe, { cookie: device })).status).toBe(429);
    expect((await login('teacher', DEMO_PASSWORD, cafe, { cookie: device.slice(0, -2) + 'xx' })).status).toBe(429);
    // another address is not slowed
    expect((await login('student6', DEMO_PASSWORD, newAddress())).status).toBe(200);
    fx.clock.now += 60_000;
  }, 60_000);

  it('behind the proxy, the client is the right-most untrusted X-Forwarded-For hop, not what the client wrote', async () => {
    const real = newAddress();
    const statuses: number[] = [];
    // a guesser writes a fresh fake address into X-Forwarded-For each time; the proxy appends the real one
    for (let i = 0; i < 31; i++) statuses.push((await login(PEOPLE[i % PEOPLE.length], 'x', `10.${i}.0.1, ${real}`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    fx.clock.now += 60_000;
  }, 60_000);
});

describe('invite codes', () => {
  it("a code of another school is the same 404 as a wrong code (no oracle); joining one's own school works", async () => {
    const cookie = await fx.login('student4');
    const from = newAddress();
    const join = (inviteCode: string) => fx.api('/api/classes/join', { method: 'POST', cookie, body: { inviteCode }, headers: { 'x-forwarded-for': from } });
    const wrong = await join('ZZZZ2345');
    const other = await join(otherSchoolCode);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(wrong.body);
    expect(other.body.error).toMatchObject({ code: 'unknown_invite_code', field: 'inviteCode' });
    expect((await join(fx.demo.inviteCode)).status).toBe(200);
  });

  it('wrong codes to POST /api/classes/join are slowed after 10, per student and per address', async () => {
    const cookie = await fx.login('student5');
    const from = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await fx.api('/api/classes/join', { method: 'POST', cookie, body: { inviteCode: `GUESS${100 + i}` }, headers: { 'x-forwarded-for': from } })).status);
    }
    expect(statuses).toEqual([...Array(10).fill(404), 429]);
    // the same student from another address is still slowed (per student) …
    const moved = await fx.api('/api/classes/join', { method: 'POST', cookie, body: { inviteCode: fx.demo.inviteCode }, headers: { 'x-forwarded-for': newAddress() } });
    expect(moved.status).toBe(429);
    expect(moved.body.error.retryAfterS).toBe(5);
    // … and another student at that address too (per address)
    const neighbour = await fx.login('student6');
    expect((await fx.api('/api/classes/join', { method: 'POST', cookie: neighbour, body: { inviteCode: 'GUESS999' }, headers: { 'x-forwarded-for': from } })).status).toBe(429);
    fx.clock.now += 5_000;
    expect((await fx.api('/api/classes/join', { method: 'POST', cookie, body: { inviteCode: fx.demo.inviteCode }, headers: { 'x-forwarded-for': from } })).status).toBe(200);
  });

  it('sign-up: wrong codes are slowed after 10 per address, while a whole class signs up from one address', async () => {
    const guesser = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const body = { inviteCode: `NOPE${1000 + i}`, username: `guess${i}`, displayName: 'G', password: 'long-enough-1' };
      statuses.push((await fx.api('/api/auth/register', { method: 'POST', body, headers: { 'x-forwarded-for': guesser } })).status);
    }
    expect(statuses).toEqual([...Array(10).fill(404), 429]);

    const school = newAddress();
    const created: number[] = [];
    for (let i = 0; i < 32; i++) {
      const body = { inviteCode: fx.demo.inviteCode, username: `class.kid${i}`, displayName: `Kid ${i}`, password: `kid-${i}-pendulum` };
      created.push((await fx.api('/api/auth/register', { method: 'POST', body, headers: { 'x-forwarded-for': school } })).status);
    }
    expect(created.filter((s) => s !== 201)).toEqual([]);
  }, 120_000); // 32 full-strength scrypt hashes
});

describe('new passwords (NIST SP 800-63B)', () => {
  it('sign-up refuses a common password and the username as the password, naming the field', async () => {
    const from = newAddress();
    const register = (username: string, password: string) =>
      fx.api('/api/auth/register', { method: 'POST', body: { inviteCode: fx.demo.inviteCode, username, displayName: 'Wei', password }, headers: { 'x-forwarded-for': from } });
    for (const common of ['password', '12345678', 'woaini1314', 'Qwerty123', 'aaaaaaaa']) {
      const r = await register('zhang.wei', common);
      expect(r.status, common).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'password_too_common', field: 'password' });
    }
    const same = await register('zhang.wei', 'Zhang.Wei');
    expect(same.status).toBe(400);
    expect(same.body.error).toMatchObject({ code: 'password_is_username', field: 'password' });
    expect((await register('zhang.wei', 'pendulum-length-2')).status).toBe(201);
  });
});
