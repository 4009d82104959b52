/** The grid finds exactly the overlapping pairs that testing every pair finds (the definition: |c_i − c_j| < r_i + r_j). */
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../core/rng';
import { ContactGrid } from './contact-grid';
import { discRadiusM, TABLE_HEIGHT_M, TABLE_WIDTH_M } from './layout';

function everyPair(xs: Float64Array, ys: Float64Array, rs: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (Math.hypot(xs[j] - xs[i], ys[j] - ys[i]) < rs[i] + rs[j]) out.push([i, j]);
  return out;
}

describe('ContactGrid', () => {
  it.each([2, 40, 300])('finds the same pairs as testing every pair, %i discs crowded on the table', (n) => {
    const rng = new SeededRandom(7 + n);
    const rs = new Float64Array(n).map((_, i) => discRadiusM(n) * (i < 2 ? 1.5 : 1));
    const grid = new ContactGrid(rs, TABLE_WIDTH_M, TABLE_HEIGHT_M);
    for (let round = 0; round < 20; round++) {
      // crowded into a quarter of the table so many pairs overlap; some slightly off the table (before the cushions act)
      const xs = new Float64Array(n).map(() => -0.02 + rng.next() * TABLE_WIDTH_M * 0.5);
      const ys = new Float64Array(n).map(() => -0.02 + rng.next() * TABLE_HEIGHT_M * 0.5);
      const expected = everyPair(xs, ys, rs);
      expect(grid.touching(xs, ys)).toEqual(expected);
      if (n === 300) expect(expected.length).toBeGreaterThan(50);
    }
  });

  it('is the 1D test for the two carts on the track (y = 0, "radius" half a cart width)', () => {
    const rs = Float64Array.of(0.1, 0.1);
    const grid = new ContactGrid(rs, 3, 0);
    expect(grid.touching(Float64Array.of(1, 1.19), Float64Array.of(0, 0))).toEqual([[0, 1]]);
    expect(grid.touching(Float64Array.of(1, 1.21), Float64Array.of(0, 0))).toEqual([]);
  });
});
