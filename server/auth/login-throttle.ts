/**
 * How log-in attempts are slowed down (never refused for good, never counted when they succeed):
 *
 * - per (username, address): 5 failures are free, then the next attempt waits 15 s, 30 s, 1 min … at
 *   most 15 min; one failure is forgotten every 15 min. Someone guessing from elsewhere does not slow the
 *   account's owner down at home.
 * - per address: 30 failures are free (a school behind one NAT address mistypes too), then 1 s, 2 s …
 *   at most 1 min; one is forgotten every 20 s. This bounds one address trying many usernames.
 * - a browser that logged in as this user before carries a device cookie (OWASP "device cookies"):
 *   its attempts are counted for that device alone and skip the per-address wait, so a classmate
 *   behind the same school address who mistypes (or guesses) the teacher's password does not slow
 *   down the teacher's own browser.
 *
 * The device cookie is `<nonce>.<HMAC-SHA256(secret, username key + nonce)>`: bound to one username,
 * unforgeable without the secret. The secret and the counts live in the cluster's stores
 * (server/cluster): per process by default (a restart forgets them; attempts then count per address
 * again until the next successful log-in), in Redis with several processes, so every process counts the
 * same attempts and accepts the same device cookies.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError, refuse } from '../http/errors';
import { addressKey } from './client-address';
import { readCookie } from './cookies';
import type { BackoffCounter, RateLimitStore } from '../cluster/rate-limit-store';
import type { BackoffPolicy } from './rate-limit';

export interface LoginLimits {
  perUserAddress: BackoffPolicy;
  perAddress: BackoffPolicy;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perUserAddress: { free: 5, leakMs: 15 * 60_000, baseDelayMs: 15_000, maxDelayMs: 15 * 60_000 },
  perAddress: { free: 30, leakMs: 20_000, baseDelayMs: 1_000, maxDelayMs: 60_000 },
};

export const DEVICE_COOKIE = 'sprout_device';
const DEVICE_MAX_AGE_S = 365 * 24 * 3600;

/** 429 with `retry-after` and `retryAfterS`, the same shape wherever a client is slowed down. */
type RateLimitReason = 'rate_limited' | 'rate_limited_login' | 'rate_limited_open_data' | 'rate_limited_signup' | 'rate_limited_invite_codes';

export function rateLimited(waitMs: number, what: RateLimitReason = 'rate_limited'): ApiError {
  const s = Math.max(1, Math.ceil(waitMs / 1000));
  return refuse(429, 'rate_limited', what, { s }, { headers: { 'retry-after': String(s) }, details: { retryAfterS: s } });
}

/** The keys one attempt is counted under. */
export interface LoginAttempt {
  /** `device:<nonce>` for a browser with a valid device cookie for this username, else `<username>\n<address>`. */
  userKey: string;
  /** The address key; null when a device cookie exempts the attempt from the per-address wait. */
  addressKey: string | null;
}

export class LoginThrottle {
  private readonly perUser: BackoffCounter;
  private readonly perAddress: BackoffCounter;
  private secret: Buffer | undefined;

  constructor(
    limits: Partial<LoginLimits> = {},
    now: () => number = Date.now,
    stores: { rateLimits: RateLimitStore; secret: Promise<Buffer> },
  ) {
    this.perUser = stores.rateLimits.backoff('login-user', limits.perUserAddress ?? DEFAULT_LOGIN_LIMITS.perUserAddress, now);
    this.perAddress = stores.rateLimits.backoff('login-address', limits.perAddress ?? DEFAULT_LOGIN_LIMITS.perAddress, now);
    this.secretReady = stores.secret.then((s) => void (this.secret = s));
    this.secretReady.catch(() => {}); // reported by the first attempt that needs it
  }

  private readonly secretReady: Promise<void>;

  async attempt(req: IncomingMessage, username: string, address: string): Promise<LoginAttempt> {
    await this.secretReady;
    const name = username.trim().toLowerCase();
    const nonce = this.deviceNonce(readCookie(req, DEVICE_COOKIE), name);
    if (nonce) return { userKey: `device:${nonce}`, addressKey: null };
    return { userKey: `${name}\n${addressKey(address)}`, addressKey: addressKey(address) };
  }

  /** Throws 429 while either key must wait. */
  async check(a: LoginAttempt): Promise<void> {
    const [own, shared] = await Promise.all([this.perUser.retryAfterMs(a.userKey), a.addressKey ? this.perAddress.retryAfterMs(a.addressKey) : 0]);
    const wait = Math.max(own, shared);
    if (wait > 0) throw rateLimited(wait, 'rate_limited_login');
  }

  /** Counts a failure; returns how long the next attempt from here must wait (0: none). */
  async failed(a: LoginAttempt): Promise<number> {
    const [own, shared] = await Promise.all([this.perUser.fail(a.userKey), a.addressKey ? this.perAddress.fail(a.addressKey) : 0]);
    return Math.max(own, shared);
  }

  /** A success: this user's count from here is cleared; returns the device cookie to set. */
  async succeeded(a: LoginAttempt, username: string, secure: boolean): Promise<string> {
    await this.perUser.forget(a.userKey);
    const name = username.trim().toLowerCase();
    const nonce = randomBytes(12).toString('base64url');
    const value = `${nonce}.${this.mac(name, nonce)}`;
    return `${DEVICE_COOKIE}=${value}; Path=/api/auth; HttpOnly; SameSite=Strict; Max-Age=${DEVICE_MAX_AGE_S}${secure ? '; Secure' : ''}`;
  }

  private mac(name: string, nonce: string): string {
    return createHmac('sha256', this.secret!).update(`${name}\n${nonce}`).digest('base64url');
  }

  private deviceNonce(cookie: string | undefined, name: string): string | null {
    if (!cookie || cookie.length > 120) return null;
    const [nonce, mac] = cookie.split('.');
    if (!nonce || !mac || !/^[A-Za-z0-9_-]{16}$/.test(nonce)) return null;
    const expected = Buffer.from(this.mac(name, nonce));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
  }
}
