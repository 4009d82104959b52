/**
 * The school administrator's API tokens (projects/contracts/opendata.ts): made with a name, the secret
 * shown once, listed without it, revoked. A token reads only its own school's data (open-routes.ts).
 */
import type { IncomingMessage } from 'node:http';
import { CreateApiTokenBody, type ApiTokenCreated, type ApiTokenView } from '../../projects/contracts/opendata';
import { can } from '../auth/permissions';
import type { ApiDeps } from '../http/api-deps';
import { parseId } from '../http/class-routes';
import { forbidden, notFound } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { ApiTokenRecord } from '../store/store';
import { newApiToken } from './api-token';

/** Tokens a school may hold at once (revoked ones included: they stay listed). */
export const MAX_TOKENS_PER_SCHOOL = 50;

export const tokenView = (t: ApiTokenRecord): ApiTokenView => ({ id: t.id, name: t.name, prefix: t.tokenPrefix, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt });

export function apiTokenRoutes(router: Router, { store, auth }: ApiDeps): void {
  async function schoolAdmin(req: IncomingMessage) {
    const { user } = await auth.requireCaller(req);
    if (user.schoolId === null || !can(user, 'school.apiTokens', { kind: 'school', schoolId: user.schoolId, mentorSchoolIds: [] })) {
      throw forbidden('tokens_admin_only');
    }
    return { user, schoolId: user.schoolId };
  }

  router.get('/api/admin/api-tokens', async ({ req, res }) => {
    const { schoolId } = await schoolAdmin(req);
    sendJson(res, 200, { tokens: (await store.apiTokens.apiTokensOfSchool(schoolId)).map(tokenView) });
  });

  router.post('/api/admin/api-tokens', async ({ req, res }) => {
    const { user, schoolId } = await schoolAdmin(req);
    const body = await readBodyAs(req, CreateApiTokenBody, 4096);
    if ((await store.apiTokens.apiTokensOfSchool(schoolId)).length >= MAX_TOKENS_PER_SCHOOL) {
      throw forbidden('too_many_tokens', { max: MAX_TOKENS_PER_SCHOOL });
    }
    const { secret, hash, prefix } = newApiToken();
    const token = await store.apiTokens.createApiToken({ schoolId, name: body.name, tokenHash: hash, tokenPrefix: prefix, createdBy: user.id, createdAt: auth.now() });
    const answer: ApiTokenCreated = { token: tokenView(token), secret };
    sendJson(res, 201, answer);
  });

  router.delete('/api/admin/api-tokens/:id', async ({ req, res, params }) => {
    const { schoolId } = await schoolAdmin(req);
    const token = await store.apiTokens.revokeApiToken(parseId(params.id, 'tokenId'), schoolId, auth.now());
    if (!token) throw notFound('no_such_token_here');
    sendJson(res, 200, { token: tokenView(token) });
  });
}
