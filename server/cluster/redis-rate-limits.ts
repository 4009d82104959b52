/**
 * Rate-limit counts in Redis, shared by every process (REDIS_URL). Each change is one Lua script, so two
 * processes counting the same key at once cannot both read the old count. Keys expire when their count
 * has drained, so Redis holds only the keys that are being slowed down. Times are the server's clock
 * (`now`), as in the in-memory limiter, so both behave the same under a test's fake clock.
 */
import type { Redis } from 'ioredis';
import { FailureBackoff, type BackoffPolicy, type WindowLimit } from '../auth/rate-limit';
import type { BackoffCounter, RateLimitStore, WindowCounter } from './rate-limit-store';

// KEYS[1] the key; ARGV now, leakMs. Drains the stored level to now, adds one, stores it; returns the new level.
const FAIL = `
local l = redis.call('HMGET', KEYS[1], 'level', 'at')
local now = tonumber(ARGV[1])
local leak = tonumber(ARGV[2])
local level = 0
if l[1] then level = math.max(0, tonumber(l[1]) - (now - tonumber(l[2])) / leak) end
level = level + 1
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(level * leak) + 1000)
return tostring(level)`;

// KEYS[1] the sorted set of event times; ARGV now, windowMs, max. Returns the ms until one more is allowed (0: now).
const WINDOW_WAIT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local max = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n < max then return 0 end
local oldest = redis.call('ZRANGE', KEYS[1], n - max, n - max, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

// KEYS[1]; ARGV now, windowMs, a unique member.
const WINDOW_RECORD = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

let unique = 0;

export class RedisRateLimits implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  backoff(name: string, policy: BackoffPolicy, now: () => number): BackoffCounter {
    const math = new FailureBackoff(policy, now); // the policy's arithmetic (and its validation)
    const key = (k: string) => `${this.prefix}rl:${name}:${k}`;
    return {
      policy,
      retryAfterMs: async (k) => {
        const [level, at] = await this.redis.hmget(key(k), 'level', 'at');
        if (level === null || at === null) return 0;
        const t = now();
        if (Number(level) - (t - Number(at)) / policy.leakMs <= 0) return 0;
        const delay = math.delayFor(Number(level));
        // no wait earned: none, even if the process that counted the failure has a clock slightly ahead
        return delay === 0 ? 0 : Math.max(0, Number(at) + delay - t);
      },
      fail: async (k) => math.delayFor(Number(await this.redis.eval(FAIL, 1, key(k), now(), policy.leakMs))),
      forget: async (k) => void (await this.redis.del(key(k))),
    };
  }

  window(name: string, limit: WindowLimit, now: () => number): WindowCounter {
    const key = (k: string) => `${this.prefix}rw:${name}:${k}`;
    return {
      retryAfterMs: async (k) => Number(await this.redis.eval(WINDOW_WAIT, 1, key(k), now(), limit.windowMs, limit.max)),
      record: async (k) => void (await this.redis.eval(WINDOW_RECORD, 1, key(k), now(), limit.windowMs, `${now()}:${process.pid}:${++unique}`)),
    };
  }
}
