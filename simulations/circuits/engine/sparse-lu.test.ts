import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/rng';
import { MatrixPattern, SparseLU } from './sparse-lu';

/** Dense Gaussian elimination with partial pivoting, the reference. */
function denseSolve(n: number, a: number[][], b: number[]): number[] {
  const m = a.map((r, i) => [...r, b[i]]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let r = k + 1; r < n; r++) if (Math.abs(m[r][k]) > Math.abs(m[p][k])) p = r;
    [m[k], m[p]] = [m[p], m[k]];
    for (let r = k + 1; r < n; r++) {
      const l = m[r][k] / m[k][k];
      for (let c = k; c <= n; c++) m[r][c] -= l * m[k][c];
    }
  }
  const x = new Array(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    let v = m[k][n];
    for (let c = k + 1; c < n; c++) v -= m[k][c] * x[c];
    x[k] = v / m[k][k];
  }
  return x;
}

function build(n: number, entries: [number, number, number][]) {
  const pattern = new MatrixPattern(n);
  const dense = Array.from({ length: n }, () => new Array(n).fill(0));
  const slots = entries.map(([r, c]) => pattern.slot(r, c));
  const values = new Float64Array(pattern.size);
  entries.forEach(([r, c, v], i) => {
    values[slots[i]] += v;
    dense[r][c] += v;
  });
  return { pattern, values, dense, slots };
}

describe('SparseLU', () => {
  it('solves random MNA-like systems (zero diagonals on branch rows) like dense elimination', () => {
    const rng = new SeededRandom(42);
    const rand = () => rng.next();
    for (let trial = 0; trial < 40; trial++) {
      const nodes = 6 + Math.floor(rand() * 30);
      const branches = 1 + Math.floor(rand() * 5);
      const n = nodes + branches;
      const entries: [number, number, number][] = [];
      // Conductances between random node pairs and to ground, so the nodal part is nonsingular.
      for (let i = 0; i < nodes; i++) {
        entries.push([i, i, 1e-3 + rand()]);
        const j = Math.floor(rand() * nodes);
        if (j !== i) {
          const g = rand() * 10;
          entries.push([i, i, g], [j, j, g], [i, j, -g], [j, i, -g]);
        }
      }
      // Voltage-source branches: ±1 couplings, zero diagonal.
      for (let k = 0; k < branches; k++) {
        const row = nodes + k;
        const a = k; // distinct nodes: two sources on one node would be a genuine loop
        entries.push([a, row, 1], [row, a, 1]);
      }
      const { pattern, values, dense } = build(n, entries);
      const lu = new SparseLU(pattern);
      expect(lu.factor(values).ok).toBe(true);
      const b = Array.from({ length: n }, () => rand() - 0.5);
      const x = new Float64Array(n);
      lu.solve(Float64Array.from(b), x);
      const ref = denseSolve(n, dense, b);
      for (let i = 0; i < n; i++) expect(x[i]).toBeCloseTo(ref[i], 9);
    }
  });

  it('reuses its pivot order for new values and re-chooses it when a pivot vanishes', () => {
    const { pattern, values, slots } = build(2, [
      [0, 0, 1],
      [0, 1, 2],
      [1, 0, 3],
      [1, 1, 4],
    ]);
    const lu = new SparseLU(pattern);
    expect(lu.factor(values).ok).toBe(true);
    const x = new Float64Array(2);
    lu.solve(Float64Array.of(5, 6), x);
    // [[1,2],[3,4]] x = [5,6] → x = [-4, 4.5]
    expect([...x]).toEqual([expect.closeTo(-4, 12), expect.closeTo(4.5, 12)]);
    const orderings = lu.orderings;
    values[slots[3]] = 8; // [[1,2],[3,8]]: same order still fine
    expect(lu.factor(values).ok).toBe(true);
    expect(lu.orderings).toBe(orderings);
    lu.solve(Float64Array.of(5, 6), x);
    expect(x[0]).toBeCloseTo((5 * 8 - 2 * 6) / (8 - 6), 12);
    // Make the previously chosen first pivot zero: the order is chosen again, the answer still right.
    values.fill(0);
    values[slots[1]] = 2;
    values[slots[2]] = 3;
    expect(lu.factor(values).ok).toBe(true);
    lu.solve(Float64Array.of(4, 9), x);
    expect([...x]).toEqual([3, 2]);
  });

  it('reports a singular matrix (a floating node) instead of producing NaN', () => {
    // Two nodes joined by a conductance and nothing to ground: rows sum to zero.
    const { pattern, values } = build(2, [
      [0, 0, 1],
      [0, 1, -1],
      [1, 0, -1],
      [1, 1, 1],
    ]);
    const r = new SparseLU(pattern).factor(values);
    expect(r.ok).toBe(false);
  });
});
