/**
 * Mentor invite links (issue #19). A school's teacher or administrator makes a link for a mentor from
 * outside the school: it expires (1 to 30 days, 7 by default), works once, and may hand over one project
 * (then only that project's class teacher or the school's administrator may make it). The mentor opens
 * it, chooses a username, name and password, and lands on what was handed to them, seeing only that (a
 * mentor reads only projects handed to them or of a team they mentor: server/auth/permissions.ts).
 *
 * The token is 32 random bytes, in the link only; the store keeps its SHA-256, so a copy of the database
 * opens no link. A wrong token counts as a wrong invite code (server/auth: slowed down after ten).
 * Contract: projects/contracts/invites.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  AcceptInviteBody, CreateInviteBody, INVITE_DAYS_DEFAULT, type AcceptedInvite, type CreatedInvite, type InviteState, type InviteSummary, type InviteView,
} from '../../projects/contracts/invites';
import { hashPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { can, inviteListMaker } from '../auth/permissions';
import type { ApiDeps } from '../http/api-deps';
import { ApiError, conflict, forbidden, invalidField, notFound, refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { InviteRecord, UserRecord } from '../store/records';
import { parseId } from '../http/class-routes';
import { StoreConflictError } from '../store/store';
import { inviteRefusal } from '../store/sqlite-invites';

const DAY_MS = 24 * 3600_000;
/** base64url of 32 bytes. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The answer for a link that cannot be used: 404 for one that never existed, 410 for one used, revoked or expired. */
export function inviteRefused(reason: 'unknown' | 'used' | 'revoked' | 'expired'): ApiError {
  if (reason === 'used') return refuse(410, 'invite_used', 'invite_used');
  if (reason === 'revoked') return refuse(410, 'invite_revoked', 'invite_revoked');
  if (reason === 'expired') return refuse(410, 'invite_expired', 'invite_expired');
  return refuse(404, 'invite_unknown', 'invite_unknown');
}

export interface InviteRouteOptions {
  now?: () => number;
  /** scrypt cost of the mentor's password (tests lower it; default server/auth/password.ts). */
  scrypt?: { N: number; r: number; p: number };
}

export function inviteRoutes(router: Router, { store, auth }: ApiDeps, opts: InviteRouteOptions = {}): void {
  const now = opts.now ?? auth.now;

  /** The link the token names, counting a wrong token as a wrong invite code. */
  async function openInvite(req: IncomingMessage, token: string): Promise<InviteRecord> {
    const ip = auth.clientIp(req);
    await auth.checkInviteGuess(ip);
    const invite = TOKEN_SHAPE.test(token) ? await store.invites.inviteByTokenHash(hashInviteToken(token)) : undefined;
    const refused = inviteRefusal(invite, now());
    if (refused === 'unknown') await auth.wrongInviteCode(ip);
    if (refused) throw inviteRefused(refused);
    return invite!;
  }

  router.post('/api/invites', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.schoolId === null || !can(user, 'mentor.invite', { kind: 'school', schoolId: user.schoolId, mentorSchoolIds: [] })) {
      throw forbidden('invite_mentors_staff_only');
    }
    const body = await readBodyAs(req, CreateInviteBody, 4096);
    let project: CreatedInvite['project'] = null;
    if (body.projectId) {
      const facts = await store.projects.accessFacts(body.projectId);
      const record = facts && (await store.projects.projectById(body.projectId));
      if (!facts || !record) throw invalidField('projectId', 'no_project', { value: body.projectId });
      if (!can(user, 'mentor.invite', { kind: 'project', facts })) {
        throw forbidden('hand_to_mentor_teacher_or_admin');
      }
      project = { id: record.id, title: record.title };
    }
    const token = randomBytes(32).toString('base64url');
    const at = now();
    const invite = await store.invites.createInvite({
      tokenHash: hashInviteToken(token), schoolId: user.schoolId, createdBy: user.id, createdAt: at,
      expiresAt: at + (body.expiresInDays ?? INVITE_DAYS_DEFAULT) * DAY_MS, projectId: project?.id ?? null,
    });
    const answer: CreatedInvite = { id: invite.id, path: `/invite/${token}`, expiresAt: invite.expiresAt, project };
    sendJson(res, 201, answer);
  });

  function stateOf(i: InviteRecord, at: number): InviteState {
    if (i.usedAt !== null) return 'used';
    if (i.revokedAt !== null) return 'revoked';
    return i.expiresAt <= at ? 'expired' : 'open';
  }

  /** The links as the caller's list shows them: names of who made and used them, titles of the projects (one query each). */
  async function summaries(user: UserRecord, invites: readonly InviteRecord[]): Promise<InviteSummary[]> {
    const at = now();
    const people = await store.accounts.usersByIds([...new Set(invites.flatMap((i) => [i.createdBy, ...(i.usedBy === null ? [] : [i.usedBy])]))]);
    const projectIds = [...new Set(invites.map((i) => i.projectId).filter((p): p is string => p !== null))];
    const projects = new Map((await Promise.all(projectIds.map((p) => store.projects.projectById(p)))).filter((p) => !!p).map((p) => [p!.id, p!]));
    return invites.map((i) => {
      const state = stateOf(i, at);
      const maker = people.get(i.createdBy);
      const used = i.usedBy === null ? undefined : people.get(i.usedBy);
      const project = i.projectId === null ? undefined : projects.get(i.projectId);
      return {
        id: i.id, state, createdAt: i.createdAt, expiresAt: i.expiresAt, usedAt: i.usedAt, revokedAt: i.revokedAt,
        createdBy: { id: i.createdBy, displayName: maker?.displayName ?? '' },
        project: project ? { id: project.id, title: project.title } : null,
        usedBy: used ? { id: used.id, displayName: used.displayName, username: used.username } : null,
        canRevoke: state === 'open' && can(user, 'invite.manage', { kind: 'invite', schoolId: i.schoolId, createdBy: i.createdBy }),
      };
    });
  }

  // the school's links (administrator) or one's own (teacher)
  router.get('/api/invites', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.schoolId === null || !can(user, 'mentor.invite', { kind: 'school', schoolId: user.schoolId, mentorSchoolIds: [] })) {
      throw forbidden('invites_staff_only');
    }
    const invites = await store.invites.invitesOfSchool(user.schoolId, inviteListMaker(user));
    sendJson(res, 200, { invites: await summaries(user, invites) });
  });

  router.post('/api/invites/:id/revoke', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const invite = await store.invites.inviteById(parseId(params.id, 'inviteId'));
    if (!invite) throw notFound('no_such_invite');
    if (!can(user, 'invite.manage', { kind: 'invite', schoolId: invite.schoolId, createdBy: invite.createdBy })) {
      throw forbidden('invite_revoke_maker_or_admin');
    }
    if (invite.usedAt !== null) throw conflict('invite_used_cannot_revoke', {}, 'inviteId');
    const revoked = (await store.invites.revokeInvite(invite.id, user.id, now()))!;
    sendJson(res, 200, { invite: (await summaries(user, [revoked]))[0] });
  });

  router.get('/api/invites/:token', async ({ req, res, params }) => {
    const invite = await openInvite(req, params.token);
    const [school, inviter, project] = await Promise.all([
      store.accounts.schools().then((all) => all.find((s) => s.id === invite.schoolId)),
      store.accounts.userById(invite.createdBy),
      invite.projectId === null ? undefined : store.projects.projectById(invite.projectId),
    ]);
    const view: InviteView = {
      schoolName: school?.name ?? '',
      invitedBy: inviter?.displayName ?? '',
      project: project ? { id: project.id, title: project.title } : null,
      expiresAt: invite.expiresAt,
    };
    sendJson(res, 200, view);
  });

  router.post('/api/invites/:token/accept', async ({ req, res, params }) => {
    const ip = auth.clientIp(req);
    await auth.checkSignupRate(ip);
    const invite = await openInvite(req, params.token);
    const body = await readBodyAs(req, AcceptInviteBody, 4096);
    assertPasswordAllowed(body.password, body.username);
    const passwordHash = await hashPassword(body.password, opts.scrypt);
    let accepted;
    try {
      // checked again inside the transaction: two people opening one link at once make one account
      accepted = await store.invites.acceptInvite(invite.tokenHash, now(), { username: body.username, displayName: body.displayName, role: 'mentor', schoolId: null, passwordHash });
    } catch (e) {
      if (e instanceof StoreConflictError) throw conflict('username_taken', { username: body.username }, 'username');
      throw e;
    }
    if (accepted.refused !== undefined) throw inviteRefused(accepted.refused);
    await auth.signedUp(ip);
    const { user } = accepted;
    const answer: AcceptedInvite = {
      user: { id: user.id, username: user.username, displayName: user.displayName, role: 'mentor' },
      landing: accepted.invite.projectId === null ? '/' : `/projects/${encodeURIComponent(accepted.invite.projectId)}`,
    };
    sendJson(res, 201, answer, { 'set-cookie': await auth.startSession(user.id) });
  });
}
