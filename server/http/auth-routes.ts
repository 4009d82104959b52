/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me. */
import { z } from 'zod';
import { publicUser } from '../auth/auth';
import type { ApiDeps } from './api-deps';
import { sendJson } from './json';
import type { Router } from './router';
import { readBodyAs } from './validate';

const LoginBody = z.object({
  username: z.string().trim().min(1, 'enter your username').max(64, 'at most 64 characters'),
  password: z.string().min(1, 'enter your password').max(200, 'at most 200 characters'),
});

export function authRoutes(router: Router, { auth }: ApiDeps): void {
  router.post('/api/auth/login', async ({ req, res }) => {
    const body = await readBodyAs(req, LoginBody, 4096);
    const { user, setCookie } = await auth.login(body.username, body.password, auth.clientIp(req));
    sendJson(res, 200, { user: publicUser(user) }, { 'set-cookie': setCookie });
  });

  router.post('/api/auth/logout', async ({ req, res }) => {
    const setCookie = await auth.logout(req);
    sendJson(res, 200, { ok: true }, { 'set-cookie': setCookie });
  });

  router.get('/api/auth/me', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    sendJson(res, 200, { user: publicUser(user) });
  });
}
