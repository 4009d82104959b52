import { describe, expect, it } from 'vitest';
import { FailureBackoff, SlidingWindowLimiter } from './rate-limit';

const policy = { free: 5, leakMs: 15 * 60_000, baseDelayMs: 15_000, maxDelayMs: 15 * 60_000 };

describe('FailureBackoff', () => {
  it('lets the first failures through, then doubles the wait from the base up to the cap', () => {
    const clock = { t: 1_000_000 };
    const b = new FailureBackoff(policy, () => clock.t);
    const earned: number[] = [];
    for (let i = 0; i < 30; i++) {
      expect(b.retryAfterMs('k')).toBe(0); // each attempt comes once the earned wait is over
      const wait = b.fail('k');
      earned.push(wait);
      clock.t += wait;
    }
    // 4 free failures, then 15 s · 2^n: 15, 30, 60, 120, 240, 480 s; the 945 s waited so far drained one
    // failure, so 480 s once more; then the 15 min cap, where each wait drains what the failure adds
    expect(earned.map((ms) => ms / 1000)).toEqual([0, 0, 0, 0, 15, 30, 60, 120, 240, 480, 480, ...Array(19).fill(900)]);
    // a guesser who always waits gets 30 tries in the first 5.1 h, then one per 15 min (96 a day)
    expect(clock.t - 1_000_000).toBe((15 + 30 + 60 + 120 + 240 + 480 + 480 + 19 * 900) * 1000);
  });

  it('refuses an attempt before the wait is over and says how long is left', () => {
    const clock = { t: 0 };
    const b = new FailureBackoff(policy, () => clock.t);
    for (let i = 0; i < 5; i++) b.fail('k');
    expect(b.retryAfterMs('k')).toBe(15_000);
    clock.t += 10_000;
    expect(b.retryAfterMs('k')).toBe(5_000);
    expect(b.retryAfterMs('other')).toBe(0); // keys are separate
  });

  it('forgets one failure per leak interval, so occasional typos never add up', () => {
    const clock = { t: 0 };
    const b = new FailureBackoff(policy, () => clock.t);
    for (let day = 0; day < 50; day++) {
      b.fail('k'); // one typo every 15 minutes is drained as fast as it comes
      expect(b.retryAfterMs('k')).toBe(0);
      clock.t += policy.leakMs;
    }
    expect(b.level('k')).toBe(0);
    for (let i = 0; i < 5; i++) b.fail('k');
    expect(b.level('k')).toBe(5);
    clock.t += 2.5 * policy.leakMs;
    expect(b.level('k')).toBeCloseTo(2.5, 9);
    expect(b.fail('k')).toBe(0); // 3.5 counted: under the 5 free again
  });

  it('forget() clears a key (a success)', () => {
    const b = new FailureBackoff(policy, () => 0);
    for (let i = 0; i < 7; i++) b.fail('k');
    expect(b.retryAfterMs('k')).toBeGreaterThan(0);
    b.forget('k');
    expect(b.retryAfterMs('k')).toBe(0);
    expect(b.fail('k')).toBe(0);
  });

  it('keeps at most 100 000 keys, dropping those with the oldest failure', () => {
    const clock = { t: 0 };
    const b = new FailureBackoff({ free: 1, leakMs: 3600_000, baseDelayMs: 1000, maxDelayMs: 1000 }, () => clock.t);
    for (let i = 0; i < 100_001; i++) b.fail(`k${i}`);
    expect(b.level('k0')).toBe(0); // the oldest went
    expect(b.level('k100000')).toBe(1);
  });

  it('refuses a policy that could never wait or never forget', () => {
    expect(() => new FailureBackoff({ ...policy, free: 0 }, () => 0)).toThrow(/free ≥ 1/);
    expect(() => new FailureBackoff({ ...policy, leakMs: 0 }, () => 0)).toThrow(RangeError);
    expect(() => new FailureBackoff({ ...policy, maxDelayMs: 1 }, () => 0)).toThrow(RangeError);
  });
});

describe('SlidingWindowLimiter', () => {
  it('allows max events per window and says when the oldest leaves it', () => {
    const clock = { t: 0 };
    const l = new SlidingWindowLimiter({ max: 3, windowMs: 60_000 }, () => clock.t);
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfterMs('a')).toBe(0);
      l.record('a');
      clock.t += 10_000;
    }
    expect(l.retryAfterMs('a')).toBe(30_000); // the first event (t=0) leaves the window at 60 s; now is 30 s
    clock.t = 60_001;
    expect(l.retryAfterMs('a')).toBe(0);
  });
});
