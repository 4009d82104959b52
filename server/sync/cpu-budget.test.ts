import { expect, it } from 'vitest';
import { CpuBudget } from './cpu-budget';

it('CpuBudget: a burst, then the sustained rate; waitMs says when there is room again', () => {
  let now = 0;
  const b = new CpuBudget(200, 50, () => now);
  expect(b.exhausted).toBe(false);
  b.charge(30);
  expect(b.exhausted).toBe(false);
  b.charge(40); // 70 ms owed, 50 allowed at once
  expect(b.exhausted).toBe(true);
  expect(b.waitMs()).toBeCloseTo(100); // 20 ms over, drained at 200 ms per 1000 ms
  now = 99;
  expect(b.exhausted).toBe(true);
  now = 100;
  expect(b.exhausted).toBe(false);
  now = 10_000; // a long quiet time does not bank more than the burst
  b.charge(49);
  expect(b.exhausted).toBe(false);
  b.charge(2);
  expect(b.exhausted).toBe(true);
  expect(b.usedMs).toBe(121);
});
