import { describe, expect, it } from 'vitest';
import { formatSimTime, simTimeUnit } from './sim-time';

describe('simulated time display', () => {
  it('uses seconds for real-time experiments and picoseconds for molecular ones', () => {
    expect(formatSimTime(2.2345)).toBe('2.235 s');
    expect(simTimeUnit(1e-10).unit).toBe('ps');
    expect(formatSimTime(3.5e-11, 1e-10)).toBe('35.000 ps');
    expect(formatSimTime(2e-4, 1e-3)).toBe('0.200 ms');
  });
});
