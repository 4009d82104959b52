/**
 * Cubic Hermite interpolation inside one integration step, from the values and derivatives at both
 * ends. Used to place events (landing, turning points) inside a step with O(h⁴) accuracy instead of
 * rounding them to the step grid. Exact for quadratics (constant acceleration).
 */

/** Value at fraction `s` ∈ [0, 1] of a step of length `h`, given p0, p0' (m0), p1, p1' (m1). */
export function hermiteAt(p0: number, m0: number, p1: number, m1: number, h: number, s: number): number {
  const s2 = s * s;
  const s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * p0 + (s3 - 2 * s2 + s) * h * m0 + (-2 * s3 + 3 * s2) * p1 + (s3 - s2) * h * m1;
}

/**
 * Fraction `s` ∈ [0, 1] where the Hermite cubic crosses zero. Requires p0 and p1 of opposite signs
 * (or one of them zero); found by bisection to ~1e-15, which is cheap because events are rare.
 */
export function hermiteZero(p0: number, m0: number, p1: number, m1: number, h: number): number {
  if (p0 === 0) return 0;
  if (p1 === 0) return 1;
  let lo = 0;
  let hi = 1;
  const sign0 = Math.sign(p0);
  for (let i = 0; i < 55; i++) {
    const mid = 0.5 * (lo + hi);
    if (Math.sign(hermiteAt(p0, m0, p1, m1, h, mid)) === sign0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
