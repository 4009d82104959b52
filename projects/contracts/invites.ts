/**
 * The HTTP contract of mentor invite links (issue #19): a teacher or the school's administrator invites a
 * mentor from outside the school with a link that expires and works once, optionally handing them one
 * project; the mentor opens the link, chooses a username, name and password, and lands on what was
 * handed to them. The token is in the link only: the server keeps its SHA-256.
 *
 *   POST /api/invites                    teacher or administrator: a new link {projectId?, expiresInDays?}
 *   GET  /api/invites/:token             anyone with the link: who invites, to what, until when (410 used/expired)
 *   POST /api/invites/:token/accept      anyone with the link, once: the mentor's account and a session
 */
import { z } from 'zod';
import { USERNAME_RULE } from './accounts';

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
  username: z.string().trim().regex(USERNAME_RULE, '3 to 32 letters, digits, dots, dashes or underscores'),
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
export const INVITE_ERRORS = ['invite_expired', 'invite_used', 'invite_unknown'] as const;
