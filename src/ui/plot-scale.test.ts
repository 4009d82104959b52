import { describe, expect, it } from 'vitest';
import { dataRange, niceStep, niceTicks } from './plot-scale';

describe('plot scales', () => {
  it('chooses 1-2-5 steps', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(0.9, 4)).toBe(0.5);
    expect(niceStep(700, 6)).toBe(200);
  });
  it('puts ticks on multiples of the step inside the range', () => {
    expect(niceTicks(-0.3, 1.1, 8)).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-0.3, 1.1, 6)).toEqual([0, 0.5, 1]);
  });
  it('pads ranges, ignores NaN and never returns an empty range', () => {
    expect(dataRange([NaN, 0, 10])).toEqual([-0.5, 10.5]);
    expect(dataRange([3, 3])).toEqual([2.7, 3.3]);
    expect(dataRange([])).toEqual([0, 1]);
  });
});
