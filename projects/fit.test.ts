import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../simulations/core/rng';
import { fitEquation, fitExponential, FitError, fitLinear, fitPower, fitQuadratic } from './fit';

describe('least-squares fits', () => {
  it('recovers an exact line y = 3 + 2x with R² = 1 (data generated from the line itself)', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const f = fitLinear(xs, xs.map((x) => 3 + 2 * x));
    expect(f.coefficients[0]).toBeCloseTo(3, 12);
    expect(f.coefficients[1]).toBeCloseTo(2, 12);
    expect(f.rSquared).toBeCloseTo(1, 12);
    expect(fitEquation(f)).toBe('y = 2·x + 3');
  });

  it('shows an intercept that is only rounding noise as none: exact T² = 4π²L/g data reads y = 4.028·x', () => {
    // A pendulum's T² = (4π²/g)·L (any textbook, e.g. 人教版高中物理选择性必修一, 用单摆测量重力加速度) with g = 9.8 m/s²:
    // the exact intercept is 0, least squares leaves ~1e-16..1e-11 of noise that must not print as 1.471e-11.
    const ls = [0.3, 0.45, 0.6, 0.75, 0.9, 1.05, 1.2];
    const f = fitLinear(ls, ls.map((l) => ((4 * Math.PI ** 2) / 9.8) * l));
    expect(Math.abs(f.coefficients[0])).toBeLessThan(1e-9);
    expect(fitEquation(f)).toBe('y = 4.028·x');
    // a real intercept, small but well above the noise, still shows
    const g = fitLinear(ls, ls.map((l) => 4.028 * l + 0.002));
    expect(fitEquation(g)).toBe('y = 4.028·x + 0.002');
  });

  it("matches Anscombe's quartet set I: y = 3.00 + 0.500x, R² = 0.67", () => {
    // F. J. Anscombe, "Graphs in Statistical Analysis", The American Statistician 27(1), 1973, p. 17–21:
    // all four sets share the regression line y = 3.00 + 0.500x and r² = 0.67 (to the digits printed there).
    const xs = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const ys = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const f = fitLinear(xs, ys);
    expect(f.coefficients[0]).toBeCloseTo(3.0, 2);
    expect(f.coefficients[1]).toBeCloseTo(0.5, 3);
    expect(f.rSquared).toBeCloseTo(0.67, 2);
  });

  it('fits a noisy quadratic exactly when the noise is orthogonal to 1, x, x²', () => {
    // Reference derivation: least squares solves the normal equations Xᵀ(y − Xβ) = 0 with X = [1 x x²].
    // If y = Xβ₀ + e and e is orthogonal to the columns of X (we project random noise onto their orthogonal
    // complement by Gram–Schmidt), β₀ satisfies them, so the fit must return β₀ exactly, and
    // R² = 1 − |e|² / Σ(y − ȳ)².
    const rng = new SeededRandom(42);
    const xs = Array.from({ length: 40 }, (_, i) => -2 + i * 0.15);
    const basis = [xs.map(() => 1), xs, xs.map((x) => x * x)];
    const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
    const ortho: number[][] = [];
    for (const b of basis) {
      let v = [...b];
      for (const q of ortho) v = v.map((x, i) => x - dot(b, q) * q[i]);
      const n = Math.sqrt(dot(v, v));
      ortho.push(v.map((x) => x / n));
    }
    let e = xs.map(() => 0.3 * rng.normal());
    for (const q of ortho) {
      const d = dot(e, q);
      e = e.map((x, i) => x - d * q[i]);
    }
    const [a, b, c] = [1.5, -0.8, 2.25];
    const ys = xs.map((x, i) => a + b * x + c * x * x + e[i]);
    const f = fitQuadratic(xs, ys);
    expect(f.coefficients[0]).toBeCloseTo(a, 10);
    expect(f.coefficients[1]).toBeCloseTo(b, 10);
    expect(f.coefficients[2]).toBeCloseTo(c, 10);
    const my = ys.reduce((s, v) => s + v, 0) / ys.length;
    const expectedR2 = 1 - dot(e, e) / ys.reduce((s, y) => s + (y - my) ** 2, 0);
    expect(f.rSquared).toBeCloseTo(expectedR2, 10);
    expect(f.rSquared).toBeLessThan(1);
  });

  it('stays accurate for x far from zero (centred normal equations)', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 1000 + i);
    const f = fitQuadratic(xs, xs.map((x) => 0.5 * x * x - 3 * x + 7));
    expect(f.predict(1010)).toBeCloseTo(0.5 * 1010 * 1010 - 3 * 1010 + 7, 4);
    expect(f.coefficients[2]).toBeCloseTo(0.5, 8);
  });

  it('recovers exact power and exponential laws', () => {
    const xs = [0.5, 1, 2, 3, 4, 6];
    const p = fitPower(xs, xs.map((x) => 2 * x ** 1.5));
    expect(p.coefficients[0]).toBeCloseTo(2, 10);
    expect(p.coefficients[1]).toBeCloseTo(1.5, 10);
    expect(p.rSquared).toBeCloseTo(1, 10);
    const ex = fitExponential(xs, xs.map((x) => 3 * Math.exp(0.2 * x)));
    expect(ex.coefficients[0]).toBeCloseTo(3, 10);
    expect(ex.coefficients[1]).toBeCloseTo(0.2, 10);
    expect(fitEquation(ex)).toBe('y = 3·e^(0.2·x)');
  });

  it('gives clear errors for too few points, equal x and non-positive values', () => {
    expect(() => fitLinear([1], [2])).toThrow(/at least 2 points; got 1/);
    expect(() => fitPower([1, -2], [1, 2])).toThrow(expect.objectContaining({ reason: 'power-domain', vars: { point: 2, x: -2, y: 2 } }));
    expect(() => fitLinear([1, 1, 1], [1, 2, 3])).toThrow(/all x values are equal/);
    expect(() => fitQuadratic([1, 2], [1, 2])).toThrow(FitError);
    expect(() => fitPower([1, -2], [1, 2])).toThrow(/point 2 is \(-2, 2\)/);
    expect(() => fitExponential([1, 2], [1, 0])).toThrow(/y > 0; point 2/);
    expect(() => fitLinear([1, NaN], [1, 2])).toThrow(/point 2 is not a finite number/);
  });
});
