/**
 * The school's read-only open-data API, version 1 (projects/contracts/opendata.ts, docs/evaluation.md):
 * other systems read a school's classes, gradebooks and records with one of the school's API tokens.
 *
 * - Only `Authorization: Bearer <token>` is looked at: a log-in session's cookie does not work here, and a
 *   token does not work on the app's routes (server/auth reads cookies only).
 * - A token reaches its own school only: another school's class is "no such class", as a missing one.
 * - Only GET is routed, so every other method is a 405: a token never writes.
 * - Rate-limited per token (and, for unknown or revoked tokens, per address) through the shared
 *   rate-limit store (server/cluster), 120 calls a minute by default.
 */
import type { IncomingMessage } from 'node:http';
import type { OpenClasses, OpenGradebook, OpenRecords } from '../../projects/contracts/opendata';
import type { Auth } from '../auth/auth';
import { addressKey } from '../auth/client-address';
import { classRecords } from '../evaluation/export-tables';
import { classGradebook, type GradebookSources } from '../evaluation/gradebook';
import { parseId } from '../http/class-routes';
import { tokenReaches } from '../auth/permissions';
import { notFound } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import type { ApiTokenRecord, Store } from '../store/store';
import { apiTokenHash, bearerToken, unauthorizedToken } from './api-token';

export const OPEN_API_BASE = '/api/open/v1';
/** lastUsedAt is written at most this often per token (not on every call). */
const TOUCH_EVERY_MS = 60_000;

export interface OpenRouteOptions {
  store: Store;
  auth: Auth;
  sources: GradebookSources;
}

export function openDataRoutes(router: Router, { store, auth, sources }: OpenRouteOptions): void {
  async function theToken(req: IncomingMessage): Promise<ApiTokenRecord> {
    const secret = bearerToken(req);
    const token = await store.apiTokens.apiTokenByHash(apiTokenHash(secret));
    if (!token || token.revokedAt !== null) {
      await auth.countApiCall(`address:${addressKey(auth.clientIp(req))}`);
      throw token ? unauthorizedToken('token_revoked') : unauthorizedToken('invalid_token', 'no_such_token');
    }
    await auth.countApiCall(`token:${token.id}`);
    const now = auth.now();
    if (token.lastUsedAt === null || now - token.lastUsedAt >= TOUCH_EVERY_MS) await store.apiTokens.touchApiToken(token.id, now);
    return token;
  }

  async function classOfToken(token: ApiTokenRecord, idText: string) {
    const cls = await store.classes.classById(parseId(idText, 'classId'));
    if (!cls || !tokenReaches(token, cls)) throw notFound('no_such_class_for_token');
    return cls;
  }

  router.get(`${OPEN_API_BASE}/classes`, async ({ req, res }) => {
    const token = await theToken(req);
    const [school, classes] = await Promise.all([
      store.accounts.schools().then((all) => all.find((s) => s.id === token.schoolId)!),
      store.classes.classesOfSchool(token.schoolId),
    ]);
    const studentsOf = await store.classes.studentsOfClasses(classes.map((c) => c.id));
    const teachers = await store.accounts.usersByIds([...new Set(classes.map((c) => c.teacherId))]);
    const body: OpenClasses = {
      school: { id: school.id, name: school.name },
      classes: classes.map((c) => ({
        id: c.id,
        name: c.name,
        teacher: { id: c.teacherId, displayName: teachers.get(c.teacherId)?.displayName ?? '' },
        students: (studentsOf.get(c.id) ?? []).map((s) => ({ id: s.id, displayName: s.displayName, username: s.username, studentNumber: s.studentNumber })),
      })),
    };
    sendJson(res, 200, body);
  });

  router.get(`${OPEN_API_BASE}/classes/:id/gradebook`, async ({ req, res, params }) => {
    const token = await theToken(req);
    const g = await classGradebook(sources, await classOfToken(token, params.id));
    const { records: _records, ...view } = g;
    const body: OpenGradebook = view;
    sendJson(res, 200, body);
  });

  router.get(`${OPEN_API_BASE}/classes/:id/records`, async ({ req, res, params }) => {
    const token = await theToken(req);
    const g = await classGradebook(sources, await classOfToken(token, params.id));
    const body: OpenRecords = {
      class: { id: g.class.id, name: g.class.name },
      generatedAt: g.generatedAt,
      records: classRecords(g).map((r) => ({
        studentId: r.student.id, username: r.student.username, indicator: r.indicator, score: r.score, kind: r.kind,
        at: r.at === null ? null : new Date(r.at).toISOString(), details: r.details,
      })),
    };
    sendJson(res, 200, body);
  });
}
