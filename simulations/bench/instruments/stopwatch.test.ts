/**
 * The stopwatch read as 人教版 八年级上册 第一章第1节 teaches: small dial minutes (with the half-minute telling
 * which half the big hand is in) + big-hand seconds, the hand jumping in 0.1 s (no estimate); 3 presses: start,
 * stop, zero.
 */
import { describe, expect, it } from 'vitest';
import { STOPWATCHES, minutesAndSeconds, pressCrown, readStopwatch } from './stopwatch';

describe('stopwatch', () => {
  it('shows the last jump of its hand and reads minutes plus seconds', () => {
    const m = STOPWATCHES.mechanical;
    const r = readStopwatch(99.87, m); // 1 min 39.87 s
    expect(r.readS).toBeCloseTo(99.8, 12);
    expect(r.minutes).toBeCloseTo(99.8 / 60, 12);
    expect(r.bigHandS).toBeCloseTo(9.8, 12); // in the second half of the minute: 30 + 9.8
    expect(minutesAndSeconds(r.readS)).toEqual({ min: 1, s: 39.8 });
    expect(readStopwatch(12.34, STOPWATCHES.electronic).readS).toBeCloseTo(12.34, 12);
    expect(readStopwatch(0.3, m).readS).toBeCloseTo(0.3, 12);
  });

  it('goes start → stop → zero → start with the crown', () => {
    expect(pressCrown('zero')).toBe('running');
    expect(pressCrown('running')).toBe('stopped');
    expect(pressCrown('stopped')).toBe('zero');
  });
});
