/**
 * The HTTP contract of logging in and out and of a student's sign-up (server/http/auth-routes.ts):
 *
 *   POST /api/auth/register     anyone with a class's invite code: a student account, joined to the class, and a session
 *   POST /api/auth/login        anyone: a session for a username and password (slowed down after failures: 429 retryAfterS)
 *   POST /api/auth/logout       anyone: the session ended (the cookie cleared)
 *   GET  /api/auth/me           signed in: who is logged in (401 otherwise)
 *
 * (POST /api/auth/password, changing one's own password, is in ./accounts.ts.)
 */
import { z } from 'zod';
import { USERNAME_RULE } from './accounts';
import { CONTRACT_RULES } from './field-rules';

export const INVITE_CODE_MIN = 4;
export const INVITE_CODE_MAX = 20;

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'enter your username').max(64, 'at most 64 characters'),
  password: z.string().min(1, 'enter your password').max(200, 'at most 200 characters'),
});
export type LoginInput = z.infer<typeof LoginBody>;

/** Students sign up with their class's invite code: no e-mail address needed. */
export const RegisterBody = z.object({
  inviteCode: z.string().trim().min(INVITE_CODE_MIN, 'enter the invite code from your teacher').max(INVITE_CODE_MAX, `at most ${INVITE_CODE_MAX} characters`),
  username: z.string().trim().regex(USERNAME_RULE, CONTRACT_RULES.username),
  displayName: z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters'),
  password: z.string().min(8, 'at least 8 characters').max(200, 'at most 200 characters'),
});
export type RegisterInput = z.infer<typeof RegisterBody>;

export type Role = 'student' | 'teacher' | 'mentor' | 'admin';

/** The logged-in user as the server reports them (login, register, me, a changed password). */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  schoolId: number | null;
  /** Someone else set the password (an import, a reset): the person is asked to choose their own. */
  mustChangePassword?: boolean;
}

/** POST /api/auth/login and GET /api/auth/me. */
export interface SignedIn {
  user: SessionUser;
}

/** POST /api/auth/register (201): the new student and the class they joined. */
export interface Registered {
  user: SessionUser;
  class: { id: number; name: string };
}

/** POST /api/auth/logout. */
export interface LoggedOut {
  ok: true;
}
