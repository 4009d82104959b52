/**
 * The HTTP contract of mentor invite links (issue #19): a teacher or the school's administrator invites a
 * mentor from outside the school with a link that expires and works once, optionally handing them one
 * project; the mentor opens the link, chooses a username, name and password, and lands on what was
 * handed to them. The token is in the link only: the server keeps its SHA-256.
 *
 *   POST /api/invites                    teacher or administrator: a new link {projectId?, expiresInDays?}
 *   GET  /api/invites/:token             anyone with the link: who invites, to what, until when (410 used/expired)
 *   POST /api/invites/:token/accept      anyone with the link, once: the mentor's account and a session
 *   GET  /api/invites                    the school's administrator: the school's links; a teacher: the links
 *                                        they made (newest first: who made it, when, until when, its state)
 *   POST /api/invites/:id/revoke         the administrator (any of the school's) or the teacher who made it:
 *                                        the link stops working (410 invite_revoked); a used one cannot be revoked (409)
 */
import { z } from 'zod';
import { USERNAME_RULE } from './accounts';
import { CONTRACT_RULES } from './field-rules';

export const INVITE_DAYS_DEFAULT = 7;
export const INVITE_DAYS_MAX = 30;

export const CreateInviteBody = z.object({
  /** The project handed to the mentor when they accept (its class teacher or the school's administrator only). */
  projectId: z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters').nullable().optional(),
  expiresInDays: z
    .number({ message: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'at least 1 day')
    .max(INVITE_DAYS_MAX, `at most ${INVITE_DAYS_MAX} days`)
    .optional(),
});
export type CreateInviteInput = z.infer<typeof CreateInviteBody>;

export const AcceptInviteBody = z.object({
  username: z.string().trim().regex(USERNAME_RULE, CONTRACT_RULES.username),
  displayName: z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters'),
  password: z.string().min(8, 'at least 8 characters').max(200, 'at most 200 characters'),
});
export type AcceptInviteInput = z.infer<typeof AcceptInviteBody>;

/** What the person opening a link is told before they accept. */
export interface InviteView {
  schoolName: string;
  invitedBy: string;
  project: { id: string; title: string } | null;
  expiresAt: number;
}

/** A new link: `path` holds the token, shown once (append it to the site's address). */
export interface CreatedInvite {
  id: number;
  path: string;
  expiresAt: number;
  project: { id: string; title: string } | null;
}

/** Where the new mentor goes after accepting: the handed project, or Home. */
export interface AcceptedInvite {
  user: { id: number; username: string; displayName: string; role: 'mentor' };
  landing: string;
}

/** Error codes of a link that no longer works (HTTP 410) or never did (404). */
export const INVITE_ERRORS = ['invite_expired', 'invite_used', 'invite_revoked', 'invite_unknown'] as const;

/** Where a link stands: open (works until it expires), used, revoked, expired. */
export type InviteState = 'open' | 'used' | 'revoked' | 'expired';

/** A link as the list shows it (the token itself is never shown again). */
export interface InviteSummary {
  id: number;
  state: InviteState;
  createdBy: { id: number; displayName: string };
  createdAt: number;
  expiresAt: number;
  project: { id: string; title: string } | null;
  /** The mentor who used it, and when. */
  usedBy: { id: number; displayName: string; username: string } | null;
  usedAt: number | null;
  revokedAt: number | null;
  /** Whether the caller may revoke it (an open link, theirs or, for the administrator, the school's). */
  canRevoke: boolean;
}
