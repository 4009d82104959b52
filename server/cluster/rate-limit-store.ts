/**
 * Where rate limits keep their counts: in this process (MemoryRateLimits, one process) or in Redis
 * (redis-rate-limits.ts), so that with several processes behind a load balancer a client is slowed down
 * by its attempts on all of them, not by those that happened to reach one. The policies and their
 * arithmetic are server/auth/rate-limit.ts's; only the storage differs.
 */
import { FailureBackoff, SlidingWindowLimiter, type BackoffPolicy, type WindowLimit } from '../auth/rate-limit';

/** Slows a key down after failures (FailureBackoff's policy). */
export interface BackoffCounter {
  readonly policy: BackoffPolicy;
  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): Promise<number>;
  /** Counts one failure; returns the wait it earned (0 while under `free`). */
  fail(key: string): Promise<number>;
  forget(key: string): Promise<void>;
}

/** At most `max` events per window per key (SlidingWindowLimiter's policy). */
export interface WindowCounter {
  retryAfterMs(key: string): Promise<number>;
  record(key: string): Promise<void>;
}

export interface RateLimitStore {
  /** `name` keeps different limits apart (e.g. 'login-user', 'invite'). */
  backoff(name: string, policy: BackoffPolicy, now: () => number): BackoffCounter;
  window(name: string, limit: WindowLimit, now: () => number): WindowCounter;
}

export class MemoryRateLimits implements RateLimitStore {
  backoff(_name: string, policy: BackoffPolicy, now: () => number): BackoffCounter {
    const b = new FailureBackoff(policy, now);
    return {
      policy,
      retryAfterMs: async (key) => b.retryAfterMs(key),
      fail: async (key) => b.fail(key),
      forget: async (key) => b.forget(key),
    };
  }

  window(_name: string, limit: WindowLimit, now: () => number): WindowCounter {
    const w = new SlidingWindowLimiter(limit, now);
    return { retryAfterMs: async (key) => w.retryAfterMs(key), record: async (key) => w.record(key) };
  }
}
