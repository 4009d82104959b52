/** The session client against a fake fetch: me, login errors carried as codes, logout (with the user's local data faked at its edge). */
import { describe, expect, it } from 'vitest';
import { ApiError } from './json-call';
import { Session, type LocalUserData } from './session.svelte';

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
    await expect(limited.login('a', 'b')).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfterS: 42 } });
    const wrong = new Session(async () => json(401, { error: { code: 'invalid_credentials', message: 'wrong' } }));
    const err = await wrong.login('a', 'b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid_credentials');
    const offline = new Session(async () => {
      throw new TypeError('failed to fetch');
    });
    await expect(offline.login('a', 'b')).rejects.toMatchObject({ code: 'network' });
  });

  /** The user's local data as log-out sees it, recording what happened to it. */
  function localData(unsent: { unsent: number; notebooks: number; offline: boolean }, calls: string[]): () => Promise<LocalUserData> {
    return async () => ({
      send: async () => {
        calls.push('send local changes');
        return unsent;
      },
      forget: async () => void calls.push('forget local data'),
    });
  }
  const recording = (calls: string[]) => async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return String(input).endsWith('/login') ? json(200, { user }) : json(200, { ok: true });
  };

  it('sets the user on login; log-out sends local changes, ends the session, then deletes the local data', async () => {
    const calls: string[] = [];
    const s = new Session(recording(calls), localData({ unsent: 0, notebooks: 0, offline: false }, calls));
    await s.login('student1', 'pw');
    expect(s.user).toEqual(user);
    expect(await s.logout()).toEqual({ done: true });
    expect(s.user).toBeNull();
    expect(calls).toEqual(['POST /api/auth/login', 'send local changes', 'POST /api/auth/logout', 'forget local data']);
  });

  it('stops log-out with the count when changes could not be sent, and logs out deleting them when asked', async () => {
    const calls: string[] = [];
    const s = new Session(recording(calls), localData({ unsent: 3, notebooks: 1, offline: false }, calls));
    await s.login('student1', 'pw');
    expect(await s.logout()).toEqual({ done: false, unsent: 3, notebooks: 1, offline: false });
    expect(s.user).toEqual(user); // still logged in, nothing deleted
    expect(calls).toEqual(['POST /api/auth/login', 'send local changes']);
    expect(await s.logout({ discardUnsent: true })).toEqual({ done: true });
    expect(calls.slice(2)).toEqual(['send local changes', 'POST /api/auth/logout', 'forget local data']);
  });

  it('stays logged in, keeping the local data, when the server cannot be reached to end the session', async () => {
    const calls: string[] = [];
    const s = new Session(async (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      if (String(input).endsWith('/logout')) throw new TypeError('failed to fetch');
      return json(200, { user });
    }, localData({ unsent: 0, notebooks: 0, offline: true }, calls));
    await s.login('student1', 'pw');
    expect(await s.logout({ discardUnsent: true })).toEqual({ done: false, unreachable: true });
    expect(s.user).toEqual(user);
    expect(calls).not.toContain('forget local data');
  });

  /** localStorage as a Map (what the browser keeps across reloads). */
  function memoryStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  }
  const failing = async (): Promise<Response> => {
    throw new TypeError('failed to fetch');
  };

  it('offline (issue #22, item 5): shows the user the server last confirmed, marked offline, not "log in"', async () => {
    const store = memoryStore();
    const online = new Session(async () => json(200, { user: { ...user, mustChangePassword: false } }), undefined, store);
    await online.load();
    expect(online.offline).toBe(false);
    // who they are, nothing more (no token: the cookie is httpOnly and never seen by the app)
    expect(JSON.parse(store.data.get('sprout.session.user')!)).toEqual({ id: 3, username: 'student1', displayName: 'Zhang Ming', role: 'student', schoolId: 1 });

    // the next start, without a link: fetch fails
    const reload = new Session(failing, undefined, store);
    await reload.load();
    expect(reload.user).toEqual(user);
    expect(reload.offline).toBe(true);
    expect(reload.loading).toBe(false);

    // a proxy saying the server is down counts as unreachable too; back online, the server's answer wins
    const proxied = new Session(async () => json(503, { error: { code: 'unavailable', message: 'down' } }), undefined, store);
    await proxied.load();
    expect([proxied.user?.id, proxied.offline]).toEqual([3, true]);
    let link = false;
    const back = new Session(async () => (link ? json(200, { user: { ...user, displayName: 'Zhang Ming 2' } }) : failing()), undefined, store);
    await back.load();
    expect(back.offline).toBe(true);
    link = true;
    await back.load(true);
    expect([back.user?.displayName, back.offline]).toEqual(['Zhang Ming 2', false]);
  });

  it('forgets the remembered user when the server says nobody is logged in, and at log-out', async () => {
    const store = memoryStore();
    const s = new Session(async () => json(200, { user }), async () => ({ send: async () => ({ unsent: 0, notebooks: 0, offline: false }), forget: async () => {} }), store);
    await s.login('student1', 'pw');
    expect(store.data.has('sprout.session.user')).toBe(true);
    expect(await s.logout()).toEqual({ done: true });
    expect(store.data.has('sprout.session.user')).toBe(false);
    const offline = new Session(failing, undefined, store);
    await offline.load();
    expect([offline.user, offline.offline]).toEqual([null, false]);

    await new Session(async () => json(200, { user }), undefined, store).load();
    const expired = new Session(async () => json(401, { error: { code: 'unauthorized', message: 'log in first' } }), undefined, store);
    await expired.load();
    expect(expired.user).toBeNull();
    expect(store.data.has('sprout.session.user')).toBe(false);
  });

  it('ignores a remembered user it cannot read (edited by hand, an older shape)', async () => {
    const store = memoryStore();
    for (const bad of ['{', JSON.stringify({ id: '3', username: 'a', displayName: 'A', role: 'student' }), JSON.stringify({ ...user, role: 'root' })]) {
      store.data.set('sprout.session.user', bad);
      const s = new Session(failing, undefined, store);
      await s.load();
      expect([s.user, s.offline]).toEqual([null, false]);
    }
  });
});
