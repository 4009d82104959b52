/** The session client against a fake fetch: me, login errors carried as codes, logout. */
import { describe, expect, it } from 'vitest';
import { Session, SessionError } from './session.svelte';

const user = { id: 3, username: 'student1', displayName: 'Zhang Ming', role: 'student', schoolId: 1 };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('Session', () => {
  it('loads the user from /api/auth/me, or null on 401', async () => {
    const s = new Session(async () => json(200, { user }));
    await s.load();
    expect(s.user).toEqual(user);
    expect(s.loading).toBe(false);
    const anon = new Session(async () => json(401, { error: { code: 'unauthorized', message: 'log in first' } }));
    await anon.load();
    expect(anon.user).toBeNull();
  });

  it('turns a 429 into a rate_limited error with the retry time, and a 401 into invalid_credentials', async () => {
    const limited = new Session(async () => json(429, { error: { code: 'rate_limited', message: 'too many', retryAfterS: 42 } }, { 'retry-after': '42' }));
    await expect(limited.login('a', 'b')).rejects.toMatchObject({ code: 'rate_limited', retryAfterS: 42 });
    const wrong = new Session(async () => json(401, { error: { code: 'invalid_credentials', message: 'wrong' } }));
    const err = await wrong.login('a', 'b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SessionError);
    expect((err as SessionError).code).toBe('invalid_credentials');
    const offline = new Session(async () => {
      throw new TypeError('failed to fetch');
    });
    await expect(offline.login('a', 'b')).rejects.toMatchObject({ code: 'network' });
  });

  it('sets the user on login and clears it on logout', async () => {
    const calls: string[] = [];
    const s = new Session(async (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return String(input).endsWith('/login') ? json(200, { user }) : json(200, { ok: true });
    });
    await s.login('student1', 'pw');
    expect(s.user).toEqual(user);
    await s.logout();
    expect(s.user).toBeNull();
    expect(calls).toEqual(['POST /api/auth/login', 'POST /api/auth/logout']);
  });
});
