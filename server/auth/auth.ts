/**
 * Accounts and sessions: login (rate limited), logout, who is asking (from the session cookie), and the
 * Origin check. Built from its parts (store, clock, limits) so tests can run several with their own clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError, forbidden, unauthorized } from '../http/errors';
import type { SessionRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import { originAllowed } from './origin';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import { SlidingWindowLimiter, type WindowLimit } from './rate-limit';

export interface AuthOptions {
  store: Store;
  /** Session lifetime; default 7 days. */
  sessionTtlMs?: number;
  allowedOrigins?: readonly string[];
  /** Mark cookies `Secure` (when served over HTTPS). */
  secureCookies?: boolean;
  /** Failed logins per username; default 5 per 15 minutes. */
  perUsername?: WindowLimit;
  /** Login attempts per client IP; default 30 per 15 minutes. */
  perIp?: WindowLimit;
  /** Take the client IP from X-Forwarded-For (only behind a trusted reverse proxy). */
  trustProxy?: boolean;
  now?: () => number;
}

export interface Caller {
  user: UserRecord;
  session: SessionRecord;
}

export type PublicUser = Pick<UserRecord, 'id' | 'username' | 'displayName' | 'role' | 'schoolId'>;

export const publicUser = (u: UserRecord): PublicUser => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, schoolId: u.schoolId });

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class Auth {
  readonly store: Store;
  readonly now: () => number;
  readonly sessionTtlMs: number;
  readonly allowedOrigins: readonly string[];
  readonly secureCookies: boolean;
  private readonly byUser: SlidingWindowLimiter;
  private readonly byIp: SlidingWindowLimiter;
  private readonly trustProxy: boolean;
  private dummyHash: Promise<string> | undefined;

  constructor(opts: AuthOptions) {
    this.store = opts.store;
    this.now = opts.now ?? Date.now;
    this.sessionTtlMs = opts.sessionTtlMs ?? 7 * 24 * 3600_000;
    this.allowedOrigins = opts.allowedOrigins ?? [];
    this.secureCookies = opts.secureCookies ?? false;
    this.trustProxy = opts.trustProxy ?? false;
    this.byUser = new SlidingWindowLimiter(opts.perUsername ?? { max: 5, windowMs: 15 * 60_000 }, this.now);
    this.byIp = new SlidingWindowLimiter(opts.perIp ?? { max: 30, windowMs: 15 * 60_000 }, this.now);
  }

  clientIp(req: IncomingMessage): string {
    if (this.trustProxy) {
      const fwd = String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim();
      if (fwd) return fwd;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /** Counts a sign-up attempt against the per-IP limit (429 when over). */
  checkSignupRate(ip: string): void {
    const wait = this.byIp.retryAfterMs(ip);
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      throw new ApiError(429, 'rate_limited', `too many attempts; try again in ${s} s`, undefined, { 'retry-after': String(s) }, { retryAfterS: s });
    }
    this.byIp.record(ip);
  }

  /** A new session for a user who just proved who they are (sign-up); returns the cookie to set. */
  async startSession(userId: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.accounts.createSession({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: now + this.sessionTtlMs });
    return sessionCookie(token, this.sessionTtlMs / 1000, this.secureCookies);
  }

  /** Checks the password; on success creates a session and returns the cookie to set. */
  async login(username: string, password: string, ip: string): Promise<{ user: UserRecord; setCookie: string }> {
    const userKey = username.trim().toLowerCase();
    const wait = Math.max(this.byUser.retryAfterMs(userKey), this.byIp.retryAfterMs(ip));
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      throw new ApiError(429, 'rate_limited', `too many login attempts; try again in ${s} s`, undefined, { 'retry-after': String(s) }, { retryAfterS: s });
    }
    this.byIp.record(ip);
    const user = await this.store.accounts.userByUsername(username.trim());
    // Unknown users cost one hash too, so response time does not reveal which usernames exist.
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, await (this.dummyHash ??= DUMMY_HASH_PROMISE()));
    if (!user || !ok) {
      this.byUser.record(userKey);
      throw new ApiError(401, 'invalid_credentials', 'the username or the password is wrong');
    }
    this.byUser.reset(userKey);
    return { user, setCookie: await this.startSession(user.id) };
  }

  /** Ends the caller's session (if any) and returns the cookie that clears it. */
  async logout(req: IncomingMessage): Promise<string> {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) await this.store.accounts.deleteSession(hashToken(token));
    return clearedSessionCookie(this.secureCookies);
  }

  /** Who is asking, from the session cookie; null without a valid, unexpired session. */
  async caller(req: IncomingMessage): Promise<Caller | null> {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token || token.length > 100) return null;
    const session = await this.store.accounts.sessionByTokenHash(hashToken(token), this.now());
    if (!session) return null;
    const user = await this.store.accounts.userById(session.userId);
    return user ? { user, session } : null;
  }

  async requireCaller(req: IncomingMessage): Promise<Caller> {
    const c = await this.caller(req);
    if (!c) throw unauthorized('log in first (no session, or the session has expired)');
    return c;
  }

  originAllowed(req: IncomingMessage): boolean {
    return originAllowed(req, this.allowedOrigins);
  }

  assertOrigin(req: IncomingMessage): void {
    if (!this.originAllowed(req)) throw forbidden(`requests from origin ${String(req.headers.origin)} are not allowed (only this site and ALLOWED_ORIGINS)`);
  }

  async purgeExpiredSessions(): Promise<number> {
    return this.store.accounts.deleteExpiredSessions(this.now());
  }
}
