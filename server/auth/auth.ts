/**
 * Accounts and sessions: login (rate limited), logout, who is asking (from the session cookie), and the
 * Origin check. Built from its parts (store, clock, limits) so tests can run several with their own clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { forbidden, refuse, unauthorized } from '../http/errors';
import type { SessionRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { addressResolver, addressKey, type AddressOf, type TrustProxySetting } from './client-address';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import { LoginThrottle, rateLimited, type LoginLimits } from './login-throttle';
import { originAllowed } from './origin';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import type { Cluster } from '../cluster/cluster';
import { LocalCluster } from '../cluster/local-cluster';
import type { BackoffCounter, WindowCounter } from '../cluster/rate-limit-store';
import type { BackoffPolicy, WindowLimit } from './rate-limit';

export interface AuthOptions {
  store: Store;
  /** Session lifetime; default 7 days. */
  sessionTtlMs?: number;
  allowedOrigins?: readonly string[];
  /** Mark cookies `Secure` (when served over HTTPS). */
  secureCookies?: boolean;
  /** How failed log-ins slow down further attempts (login-throttle.ts has the defaults and why). */
  loginLimits?: Partial<LoginLimits>;
  /** Wrong invite codes (sign-up, joining a class) per address and per user; default 10 free, then 5 s doubling to 10 min. */
  inviteGuesses?: BackoffPolicy;
  /** Accounts created per address; default 200 an hour. */
  signups?: WindowLimit;
  /** Calls of the open-data API (server/opendata) per API token, and with bad tokens per address; default 120 a minute. */
  apiCalls?: WindowLimit;
  /** Proxies whose X-Forwarded-For is believed: `true` = one on this machine (loopback), or addresses/subnets. */
  trustProxy?: TrustProxySetting;
  /** The server listens on a Unix socket (SOCKET_PATH): every request came through a proxy on this machine (client-address.ts). */
  socketFile?: boolean;
  now?: () => number;
  /** Where rate-limit counts and the device-cookie secret live (server/cluster); default: this process. */
  cluster?: Cluster;
}

export interface Caller {
  user: UserRecord;
  session: SessionRecord;
}

export type PublicUser = Pick<UserRecord, 'id' | 'username' | 'displayName' | 'role' | 'schoolId' | 'mustChangePassword'>;

export const publicUser = (u: UserRecord): PublicUser => ({
  id: u.id, username: u.username, displayName: u.displayName, role: u.role, schoolId: u.schoolId, mustChangePassword: u.mustChangePassword,
});

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class Auth {
  readonly store: Store;
  readonly now: () => number;
  readonly sessionTtlMs: number;
  readonly allowedOrigins: readonly string[];
  readonly secureCookies: boolean;
  private readonly logins: LoginThrottle;
  private readonly inviteGuesses: BackoffCounter;
  private readonly signups: WindowCounter;
  private readonly apiCalls: WindowCounter;
  /** The client's address for rate limits (see client-address.ts). */
  readonly clientIp: AddressOf;
  private dummyHash: Promise<string> | undefined;
  private readonly sessionEndedListeners: ((tokenHash: string) => void)[] = [];

  constructor(opts: AuthOptions) {
    this.store = opts.store;
    this.now = opts.now ?? Date.now;
    this.sessionTtlMs = opts.sessionTtlMs ?? 7 * 24 * 3600_000;
    this.allowedOrigins = opts.allowedOrigins ?? [];
    this.secureCookies = opts.secureCookies ?? false;
    this.clientIp = addressResolver(opts.trustProxy, { socketFile: opts.socketFile });
    const cluster = opts.cluster ?? new LocalCluster();
    this.logins = new LoginThrottle(opts.loginLimits, this.now, { rateLimits: cluster.rateLimits, secret: cluster.sharedSecret('login-device') });
    this.inviteGuesses = cluster.rateLimits.backoff('invite', opts.inviteGuesses ?? { free: 10, leakMs: 60_000, baseDelayMs: 5_000, maxDelayMs: 10 * 60_000 }, this.now);
    this.signups = cluster.rateLimits.window('signup', opts.signups ?? { max: 200, windowMs: 3600_000 }, this.now);
    this.apiCalls = cluster.rateLimits.window('api-call', opts.apiCalls ?? { max: 120, windowMs: 60_000 }, this.now);
  }

  /** Counts one call of the open-data API under `key` (`token:<id>` or `address:<ip>`); 429 once there were too many lately. */
  async countApiCall(key: string): Promise<void> {
    const wait = await this.apiCalls.retryAfterMs(key);
    if (wait > 0) throw rateLimited(wait, 'rate_limited_open_data');
    await this.apiCalls.record(key);
  }

  /** 429 while too many accounts were created from this address lately. */
  async checkSignupRate(ip: string): Promise<void> {
    const wait = await this.signups.retryAfterMs(addressKey(ip));
    if (wait > 0) throw rateLimited(wait, 'rate_limited_signup');
  }

  /** Counts an account created from this address. */
  async signedUp(ip: string): Promise<void> {
    await this.signups.record(addressKey(ip));
  }

  /**
   * Invite codes are guessed through sign-up and joining: 429 while the address (or the user, when
   * logged in) has had too many wrong codes lately; `wrongInviteCode` counts one.
   */
  async checkInviteGuess(ip: string, userId?: number): Promise<void> {
    const wait = Math.max(...(await Promise.all(this.inviteKeys(ip, userId).map((k) => this.inviteGuesses.retryAfterMs(k)))));
    if (wait > 0) throw rateLimited(wait, 'rate_limited_invite_codes');
  }

  async wrongInviteCode(ip: string, userId?: number): Promise<void> {
    await Promise.all(this.inviteKeys(ip, userId).map((k) => this.inviteGuesses.fail(k)));
  }

  private inviteKeys(ip: string, userId?: number): string[] {
    return userId === undefined ? [addressKey(ip)] : [addressKey(ip), `user:${userId}`];
  }

  /** A new session for a user who just proved who they are (sign-up); returns the cookie to set. */
  async startSession(userId: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.accounts.createSession({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: now + this.sessionTtlMs });
    return sessionCookie(token, this.sessionTtlMs / 1000, this.secureCookies);
  }

  /**
   * Checks the password (429 first while this user from here, or this address, must wait; see
   * login-throttle.ts); on success creates a session and returns the cookies to set (session, device).
   * A failure that earned a wait says how long in `retryAfterS`.
   */
  async login(req: IncomingMessage, username: string, password: string): Promise<{ user: UserRecord; setCookie: string[] }> {
    const attempt = await this.logins.attempt(req, username, this.clientIp(req));
    await this.logins.check(attempt);
    const user = await this.store.accounts.userByUsername(username.trim());
    // Unknown users cost one hash too, so response time does not reveal which usernames exist.
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, await (this.dummyHash ??= DUMMY_HASH_PROMISE()));
    if (!user || !ok) {
      const waitMs = await this.logins.failed(attempt);
      const s = Math.ceil(waitMs / 1000);
      throw refuse(401, 'invalid_credentials', 'invalid_credentials', {}, s ? { headers: { 'retry-after': String(s) }, details: { retryAfterS: s } } : {});
    }
    const device = await this.logins.succeeded(attempt, username, this.secureCookies);
    return { user, setCookie: [await this.startSession(user.id), device] };
  }

  /** Ends the caller's session (if any) and returns the cookie that clears it. */
  async logout(req: IncomingMessage): Promise<string> {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) {
      const tokenHash = hashToken(token);
      await this.store.accounts.deleteSession(tokenHash);
      for (const listener of this.sessionEndedListeners) listener(tokenHash);
    }
    return clearedSessionCookie(this.secureCookies);
  }

  /** Called with the session's token hash when someone logs out (live streams of the session close). */
  onSessionEnded(listener: (tokenHash: string) => void): void {
    this.sessionEndedListeners.push(listener);
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
    if (!c) throw unauthorized('session_missing');
    return c;
  }

  originAllowed(req: IncomingMessage): boolean {
    return originAllowed(req, this.allowedOrigins);
  }

  assertOrigin(req: IncomingMessage): void {
    if (!this.originAllowed(req)) throw forbidden('origin_not_allowed', { origin: String(req.headers.origin) });
  }

  async purgeExpiredSessions(): Promise<number> {
    return this.store.accounts.deleteExpiredSessions(this.now());
  }
}
