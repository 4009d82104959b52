/** The people API client keeps the server's error code and field, and describeError puts them into words. */
import { describe, expect, it } from 'vitest';
import { ApiError } from './json-call';
import { checkNewAccount, createPeopleApi, describeError } from './people-api';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })) as typeof fetch;

describe('people API client', () => {
  it('sends the register body as JSON and returns the server answer', async () => {
    let sent: { url: string; init?: RequestInit } | null = null;
    const api = createPeopleApi((async (url: string, init?: RequestInit) => {
      sent = { url, init };
      return new Response(JSON.stringify({ user: { id: 9, username: 'lin', displayName: 'Lin', role: 'student' }, class: { id: 1, name: 'C1' } }), { status: 201 });
    }) as typeof fetch);
    const r = await api.register({ inviteCode: 'ABCD2345', username: 'lin', displayName: 'Lin', password: 'password1' });
    expect(r.class.name).toBe('C1');
    expect(sent!.url).toBe('/api/auth/register');
    expect(sent!.init?.method).toBe('POST');
    expect(JSON.parse(sent!.init?.body as string)).toEqual({ inviteCode: 'ABCD2345', username: 'lin', displayName: 'Lin', password: 'password1' });
  });

  it('keeps code and field of an error (server/http/auth-routes.ts: 404 unknown_invite_code on inviteCode)', async () => {
    const api = createPeopleApi(answer(404, { error: { code: 'unknown_invite_code', message: 'no class has this invite code', field: 'inviteCode' } }));
    const err = await api.joinClass('WXYZ2345').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, code: 'unknown_invite_code', field: 'inviteCode' });
    expect(describeError(err)).toEqual({ key: 'people.error.unknownInviteCode', field: 'inviteCode' });
  });

  it('reports a network failure as code "network"', async () => {
    const api = createPeopleApi((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    const err = await api.teacherClasses().catch((e: unknown) => e);
    expect(describeError(err)).toEqual({ key: 'people.error.network' });
  });
});

describe('describeError', () => {
  it('words the refused passwords next to the password field (server/auth/password-policy.ts)', () => {
    expect(describeError(new ApiError(400, 'password_too_common', 'password: …', 'password'))).toEqual({ key: 'people.error.passwordCommon', field: 'password' });
    expect(describeError(new ApiError(400, 'password_is_username', 'password: …', 'password'))).toEqual({ key: 'people.error.passwordIsUsername', field: 'password' });
  });

  it('names the field for invalid_field, dropping the array index (studentIds.3 → studentIds)', () => {
    expect(describeError(new ApiError(400, 'invalid_field', 'username: 3 to 32 letters', 'username'))).toEqual({ key: 'people.error.usernameRule', field: 'username' });
    expect(describeError(new ApiError(400, 'invalid_field', 'studentIds.3: user 7 is not a student of this class', 'studentIds.3'))).toEqual({ key: 'people.error.studentIds', field: 'studentIds' });
  });
  it('a taken username is a conflict on the username field', () => {
    expect(describeError(new ApiError(409, 'conflict', 'the username "lin" is taken', 'username'))).toEqual({ key: 'people.error.usernameTaken', field: 'username' });
  });
  it('rate limits carry the wait in seconds', () => {
    expect(describeError(new ApiError(429, 'rate_limited', 'too many attempts', undefined, { retryAfterS: 42 }))).toEqual({ key: 'people.error.rateLimited', vars: { s: 42 } });
  });
  it('a refusal that names its reason is said in the reader\'s language (errors.<reason> with its values), keeping the field', () => {
    const refusal = (code: string, reason: string, params: Record<string, string | number>, field?: string) =>
      new ApiError(code === 'forbidden' ? 403 : 409, code, 'English', field, { reason, params });
    expect(describeError(refusal('forbidden', 'class_create_teachers_only', {}))).toEqual({ key: 'errors.class_create_teachers_only', vars: {} });
    expect(describeError(refusal('conflict', 'invite_used_cannot_revoke', {}, 'inviteId'))).toEqual({ key: 'errors.invite_used_cannot_revoke', vars: {}, field: 'inviteId' });
    expect(describeError(refusal('already_submitted', 'already_submitted', { number: 2 }))).toEqual({ key: 'errors.already_submitted', vars: { number: 2 }, field: undefined });
  });
  it('unknown 4xx errors keep the server message rather than hiding it', () => {
    expect(describeError(new ApiError(400, 'invalid_json', 'body is not JSON'))).toEqual({ key: 'people.error.withMessage', vars: { message: 'body is not JSON' }, field: undefined });
    expect(describeError(new ApiError(503, 'unavailable', 'down'))).toEqual({ key: 'people.error.server' });
  });
});

describe('checkNewAccount', () => {
  const ok = { username: 'zhang.ming', displayName: '张明', password: 'correct horse', password2: 'correct horse' };
  it('passes a valid account and names each field that breaks a rule', () => {
    expect(checkNewAccount(ok)).toEqual({});
    expect(checkNewAccount({ ...ok, username: 'a b', displayName: '  ', password2: 'other horse' })).toEqual({
      username: { key: 'people.error.usernameRule' },
      displayName: { key: 'people.error.displayNameRule' },
      password2: { key: 'people.error.passwordMismatch' },
    });
    expect(checkNewAccount({ ...ok, password: 'short', password2: 'short' })).toEqual({ password: { key: 'people.error.passwordRule' } });
  });
});
