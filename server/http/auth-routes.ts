/**
 * POST /api/auth/register, POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me (contract:
 * projects/contracts/auth.ts).
 * Wrong invite codes and failed log-ins slow the client down (server/auth/login-throttle.ts); new
 * passwords pass server/auth/password-policy.ts.
 */
import { LoginBody, RegisterBody, type LoggedOut, type Registered, type SignedIn } from '../../projects/contracts/auth';
import { publicUser } from '../auth/auth';
import { hashPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { StoreConflictError } from '../store/store';
import { normalizeInviteCode, unknownInviteCode } from './class-routes';
import { conflict } from './errors';
import type { ApiDeps } from './api-deps';
import { sendJson } from './json';
import type { Router } from './router';
import { readBodyAs } from './validate';

export function authRoutes(router: Router, { auth, store }: ApiDeps): void {
  router.post('/api/auth/register', async ({ req, res }) => {
    const ip = auth.clientIp(req);
    await auth.checkSignupRate(ip);
    await auth.checkInviteGuess(ip);
    const body = await readBodyAs(req, RegisterBody, 4096);
    const cls = await store.classes.classByInviteCode(normalizeInviteCode(body.inviteCode));
    if (!cls) {
      await auth.wrongInviteCode(ip);
      throw unknownInviteCode();
    }
    assertPasswordAllowed(body.password, body.username);
    let user;
    try {
      user = await store.accounts.createUser({ username: body.username, displayName: body.displayName, role: 'student', schoolId: cls.schoolId, passwordHash: await hashPassword(body.password) });
    } catch (e) {
      if (e instanceof StoreConflictError) throw conflict('username_taken', { username: body.username }, 'username');
      throw e;
    }
    await auth.signedUp(ip);
    await store.classes.addStudentToClass(cls.id, user.id);
    sendJson(res, 201, { user: publicUser(user), class: { id: cls.id, name: cls.name } } satisfies Registered, { 'set-cookie': await auth.startSession(user.id) });
  });

  router.post('/api/auth/login', async ({ req, res }) => {
    const body = await readBodyAs(req, LoginBody, 4096);
    const { user, setCookie } = await auth.login(req, body.username, body.password);
    sendJson(res, 200, { user: publicUser(user) } satisfies SignedIn, { 'set-cookie': setCookie });
  });

  router.post('/api/auth/logout', async ({ req, res }) => {
    const setCookie = await auth.logout(req);
    sendJson(res, 200, { ok: true } satisfies LoggedOut, { 'set-cookie': setCookie });
  });

  router.get('/api/auth/me', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    sendJson(res, 200, { user: publicUser(user) } satisfies SignedIn);
  });
}
