/** The notebook connects again by itself after a refusal that passes (4429), counting down, and never after 4401/4403. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionRefusal } from './connection-refusal';
import { RefusalRetry, retriesByItself, retryDelayMs } from './refusal-retry';

const tooMany = connectionRefusal(4429, 'too_many_connections: at most 24 per user')!;
const rateLimited = connectionRefusal(4429, 'rate_limited: client too slow')!;

describe('retry policy', () => {
  it('waits 5 s, 10 s, 20 s, 40 s, then 60 s at most, before jitter', () => {
    const mid = () => 0.5; // no jitter
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => retryDelayMs(a, mid))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
  });

  it('spreads each wait ±20 %', () => {
    expect(retryDelayMs(0, () => 0)).toBe(4_000);
    expect(retryDelayMs(0, () => 1)).toBe(6_000);
    expect(retryDelayMs(5, () => 1)).toBe(72_000);
  });

  it('retries too many connections and too many messages by itself, never logged out, no access or the like', () => {
    expect(retriesByItself(tooMany)).toBe(true);
    expect(retriesByItself(rateLimited)).toBe(true);
    for (const [code, reason] of [
      [4401, 'unauthenticated: log in first'],
      [4401, 'session_ended: log in again'],
      [4403, 'forbidden: not visible'],
      [4403, 'access_withdrawn: withdrawn'],
      [4413, 'document_too_large: too large'],
      [4429, 'presence_refused: too many presence states'],
      [4401, ''],
      [4403, ''],
    ] as const) {
      expect(retriesByItself(connectionRefusal(code, reason)!), `${code} ${reason}`).toBe(false);
    }
  });
});

describe('RefusalRetry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make() {
    const ticks: (number | null)[] = [];
    const retries: number[] = [];
    const r = new RefusalRetry(
      (s) => ticks.push(s),
      () => retries.push(Date.now()),
      () => 0.5,
    );
    return { r, ticks, retries };
  }

  it('counts down each second and tries again at zero; each refusal waits twice as long', () => {
    const { r, ticks, retries } = make();
    const start = Date.now();
    expect(r.refused(tooMany)).toBe(5_000);
    expect(ticks).toEqual([5]);
    vi.advanceTimersByTime(4_999);
    expect(ticks).toEqual([5, 4, 3, 2, 1]);
    expect(retries).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(retries).toEqual([start + 5_000]);
    expect(ticks.at(-1)).toBeNull(); // no countdown while it tries
    expect(r.refused(tooMany)).toBe(10_000); // refused again
    vi.advanceTimersByTime(10_000);
    expect(retries).toHaveLength(2);
    expect(r.refused(rateLimited)).toBe(20_000);
  });

  it('starts from 5 s again once connected, and stops on cancel (the button, leaving the page)', () => {
    const { r, retries, ticks } = make();
    r.refused(tooMany);
    vi.advanceTimersByTime(5_000);
    r.succeeded();
    expect(r.refused(tooMany)).toBe(5_000);
    r.cancel();
    expect(ticks.at(-1)).toBeNull();
    vi.advanceTimersByTime(120_000);
    expect(retries).toHaveLength(1);
  });

  it('schedules nothing after logged out (4401) or no access (4403)', () => {
    const { r, retries, ticks } = make();
    expect(r.refused(connectionRefusal(4401, 'session_ended: log in again')!)).toBeNull();
    expect(r.refused(connectionRefusal(4403, 'forbidden: no')!)).toBeNull();
    vi.advanceTimersByTime(600_000);
    expect(retries).toEqual([]);
    expect(ticks).toEqual([]);
  });

  it('a refusal that does not pass cancels a pending try', () => {
    const { r, retries } = make();
    r.refused(tooMany);
    r.refused(connectionRefusal(4401, 'session_ended: log in again')!);
    vi.advanceTimersByTime(600_000);
    expect(retries).toEqual([]);
  });
});
