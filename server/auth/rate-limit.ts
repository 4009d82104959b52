/**
 * Two in-memory limiters, per key, per process (a restart forgets them; with several processes each
 * keeps its own):
 *
 * - `SlidingWindowLimiter`: at most `max` events per `windowMs` (sign-ups per address).
 * - `FailureBackoff`: slows a key down after repeated failures instead of locking it. Each failure adds
 *   one to the key's level, and the level drains by one every `leakMs` (a leaky bucket), so a few typos
 *   are forgotten and steady guessing is not. Below `free` failures nothing waits; from there the next
 *   attempt waits `baseDelayMs × 2^(level − free)` after the last failure, at most `maxDelayMs`.
 *   Successes are never counted; `forget(key)` clears a key (after a success, where that is right).
 */
export interface WindowLimit {
  max: number;
  windowMs: number;
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: WindowLimit,
    private readonly now: () => number,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limit.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }

  /** Milliseconds until one more event is allowed; 0 when allowed now. */
  retryAfterMs(key: string): number {
    const list = this.recent(key);
    if (list.length < this.limit.max) return 0;
    return Math.max(1, list[list.length - this.limit.max] + this.limit.windowMs - this.now());
  }

  record(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.hits.set(key, list);
    if (this.hits.size > 100_000) for (const k of [...this.hits.keys()]) this.recent(k);
  }
}

export interface BackoffPolicy {
  /** Failures allowed without any wait. */
  free: number;
  /** One failure is forgotten every `leakMs`. */
  leakMs: number;
  /** The wait after the `free`-th failure; it doubles with each failure after that. */
  baseDelayMs: number;
  maxDelayMs: number;
}

interface Level {
  /** Failures, drained since `at` by one per leakMs. */
  level: number;
  /** When the last failure was counted. */
  at: number;
}

/** Keys kept at most (an address-spraying client cannot grow memory without bound). */
const MAX_KEYS = 100_000;

export class FailureBackoff {
  private readonly levels = new Map<string, Level>();

  constructor(
    readonly policy: BackoffPolicy,
    private readonly now: () => number,
  ) {
    const p = policy;
    if (!(p.free >= 1 && p.leakMs > 0 && p.baseDelayMs > 0 && p.maxDelayMs >= p.baseDelayMs)) {
      throw new RangeError(`backoff policy needs free ≥ 1, leakMs > 0 and 0 < baseDelayMs ≤ maxDelayMs; got ${JSON.stringify(p)}`);
    }
  }

  /** The wait a key has earned with `level` failures counted (a partly drained failure still counts). */
  delayFor(level: number): number {
    const over = Math.ceil(level - 1e-9) - this.policy.free;
    if (over < 0) return 0;
    return Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** Math.min(over, 40));
  }

  private current(key: string, now: number): Level | undefined {
    const l = this.levels.get(key);
    if (!l) return undefined;
    if (l.level - (now - l.at) / this.policy.leakMs <= 0) {
      this.levels.delete(key);
      return undefined;
    }
    return l;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const now = this.now();
    const l = this.current(key, now);
    if (!l) return 0;
    return Math.max(0, l.at + this.delayFor(l.level) - now);
  }

  /** Counts one failure; returns the wait it earned (0 while under `free`). */
  fail(key: string): number {
    const now = this.now();
    const l = this.current(key, now);
    const level = (l ? Math.max(0, l.level - (now - l.at) / this.policy.leakMs) : 0) + 1;
    this.levels.delete(key); // re-inserted last: the map stays in order of the latest failure
    this.levels.set(key, { level, at: now });
    if (this.levels.size > MAX_KEYS) this.prune(now);
    return this.delayFor(level);
  }

  forget(key: string): void {
    this.levels.delete(key);
  }

  /** Failures currently counted for a key (for tests and health figures). */
  level(key: string): number {
    const now = this.now();
    const l = this.current(key, now);
    return l ? Math.max(0, l.level - (now - l.at) / this.policy.leakMs) : 0;
  }

  private prune(now: number): void {
    for (const key of this.levels.keys()) this.current(key, now);
    // Still full: drop the keys whose last failure is oldest (the map is in that order).
    for (const key of this.levels.keys()) {
      if (this.levels.size <= MAX_KEYS * 0.9) break;
      this.levels.delete(key);
    }
  }
}
