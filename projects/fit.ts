/**
 * Least-squares fits for chart cells. Pure functions, no dependencies.
 *
 * - linear      y = a + b·x           ordinary least squares (closed form, centred sums)
 * - quadratic   y = a + b·x + c·x²    normal equations on centred x, solved by Gaussian elimination
 *                                      with partial pivoting
 * - power       y = a·x^b             linear fit of ln y against ln x (needs x > 0, y > 0)
 * - exponential y = a·e^(b·x)         linear fit of ln y against x (needs y > 0)
 *
 * The power and exponential fits minimise squared error of ln y (the usual school method, e.g.
 * Taylor, "An Introduction to Error Analysis", §8.6), not of y. R² is always reported on the original
 * y scale: R² = 1 − SS_res / SS_tot.
 */

export const FIT_KINDS = ['linear', 'quadratic', 'power', 'exponential'] as const;
export type FitKind = (typeof FIT_KINDS)[number];

export interface FitResult {
  kind: FitKind;
  /** linear: [a, b]; quadratic: [a, b, c]; power and exponential: [a, b] (see module doc). */
  coefficients: number[];
  rSquared: number;
  n: number;
  /** The largest |x| and |y| of the data: a term smaller than rounding noise at this scale is shown as 0. */
  scale: { x: number; y: number };
  predict: (x: number) => number;
}

function scaleOf(xs: number[], ys: number[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let i = 0; i < xs.length; i++) {
    x = Math.max(x, Math.abs(xs[i]));
    y = Math.max(y, Math.abs(ys[i]));
  }
  return { x, y };
}

/** Why a fit is impossible, for the interface to say in the user's language (`vars` fill its sentence). */
export const FIT_ERROR_REASONS = ['length-mismatch', 'too-few-points', 'not-finite', 'same-x', 'singular', 'power-domain', 'exponential-domain'] as const;
export type FitErrorReason = (typeof FIT_ERROR_REASONS)[number];

export class FitError extends Error {
  constructor(
    readonly reason: FitErrorReason,
    readonly vars: Record<string, string | number>,
    /** The same in English, for logs and tests. */
    message: string,
  ) {
    super(message);
    this.name = 'FitError';
  }
}

function mean(v: number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

function checkInput(xs: number[], ys: number[], minPoints: number, kind: FitKind): void {
  if (xs.length !== ys.length) throw new FitError('length-mismatch', { x: xs.length, y: ys.length }, `x and y must have the same length (${xs.length} ≠ ${ys.length})`);
  if (xs.length < minPoints) throw new FitError('too-few-points', { kind, min: minPoints, n: xs.length }, `a ${kind} fit needs at least ${minPoints} points; got ${xs.length}`);
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) throw new FitError('not-finite', { point: i + 1 }, `point ${i + 1} is not a finite number`);
  }
}

function linearCore(xs: number[], ys: number[]): [number, number] {
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) throw new FitError('same-x', {}, 'all x values are equal: the slope is undefined');
  const b = sxy / sxx;
  return [my - b * mx, b];
}

/** Solve A·x = b (n×n) by Gaussian elimination with partial pivoting. */
export function solveLinearSystem(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
    if (Math.abs(m[piv][col]) < 1e-300) throw new FitError('singular', {}, 'the points do not determine the curve (singular system)');
    [m[col], m[piv]] = [m[piv], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x;
}

export function rSquared(xs: number[], ys: number[], predict: (x: number) => number): number {
  const my = mean(ys);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < xs.length; i++) {
    ssRes += (ys[i] - predict(xs[i])) ** 2;
    ssTot += (ys[i] - my) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

export function fitLinear(xs: number[], ys: number[]): FitResult {
  checkInput(xs, ys, 2, 'linear');
  const [a, b] = linearCore(xs, ys);
  const predict = (x: number) => a + b * x;
  return { kind: 'linear', coefficients: [a, b], rSquared: rSquared(xs, ys, predict), n: xs.length, scale: scaleOf(xs, ys), predict };
}

export function fitQuadratic(xs: number[], ys: number[]): FitResult {
  checkInput(xs, ys, 3, 'quadratic');
  // Centre and scale x so the normal equations stay well conditioned, then expand back.
  const mx = mean(xs);
  let sx = 0;
  for (const x of xs) sx = Math.max(sx, Math.abs(x - mx));
  if (sx === 0) throw new FitError('same-x', {}, 'all x values are equal: a quadratic is undefined');
  const u = xs.map((x) => (x - mx) / sx);
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  for (let i = 0; i < u.length; i++) {
    let p = 1;
    for (let k = 0; k <= 4; k++) {
      s[k] += p;
      if (k <= 2) t[k] += p * ys[i];
      p *= u[i];
    }
  }
  const [p0, p1, p2] = solveLinearSystem(
    [
      [s[0], s[1], s[2]],
      [s[1], s[2], s[3]],
      [s[2], s[3], s[4]],
    ],
    t,
  );
  // y = p0 + p1·(x−m)/d + p2·(x−m)²/d²
  const c = p2 / (sx * sx);
  const b = p1 / sx - (2 * p2 * mx) / (sx * sx);
  const a = p0 - (p1 * mx) / sx + (p2 * mx * mx) / (sx * sx);
  const predict = (x: number) => p0 + p1 * ((x - mx) / sx) + p2 * ((x - mx) / sx) ** 2;
  return { kind: 'quadratic', coefficients: [a, b, c], rSquared: rSquared(xs, ys, predict), n: xs.length, scale: scaleOf(xs, ys), predict };
}

export function fitPower(xs: number[], ys: number[]): FitResult {
  checkInput(xs, ys, 2, 'power');
  xs.forEach((x, i) => {
    if (x <= 0 || ys[i] <= 0) throw new FitError('power-domain', { point: i + 1, x, y: ys[i] }, `a power fit needs x > 0 and y > 0; point ${i + 1} is (${x}, ${ys[i]})`);
  });
  const [la, b] = linearCore(xs.map(Math.log), ys.map(Math.log));
  const a = Math.exp(la);
  const predict = (x: number) => a * Math.pow(x, b);
  return { kind: 'power', coefficients: [a, b], rSquared: rSquared(xs, ys, predict), n: xs.length, scale: scaleOf(xs, ys), predict };
}

export function fitExponential(xs: number[], ys: number[]): FitResult {
  checkInput(xs, ys, 2, 'exponential');
  ys.forEach((y, i) => {
    if (y <= 0) throw new FitError('exponential-domain', { point: i + 1, y }, `an exponential fit needs y > 0; point ${i + 1} has y = ${y}`);
  });
  const [la, b] = linearCore(xs, ys.map(Math.log));
  const a = Math.exp(la);
  const predict = (x: number) => a * Math.exp(b * x);
  return { kind: 'exponential', coefficients: [a, b], rSquared: rSquared(xs, ys, predict), n: xs.length, scale: scaleOf(xs, ys), predict };
}

export function fitModel(kind: FitKind, xs: number[], ys: number[]): FitResult {
  switch (kind) {
    case 'linear':
      return fitLinear(xs, ys);
    case 'quadratic':
      return fitQuadratic(xs, ys);
    case 'power':
      return fitPower(xs, ys);
    case 'exponential':
      return fitExponential(xs, ys);
  }
}

/**
 * A polynomial coefficient whose term stays below 1e-9 of the data's largest |y| over the data's x range is rounding
 * noise of the least-squares sums (exact data T² = 4.024·L gives an intercept of ~1e-11): shown as 0, not as 1.471e-11.
 */
function polynomialTerm(v: number, power: number, scale: { x: number; y: number }): number {
  return Math.abs(v) * Math.max(scale.x, 1e-300) ** power <= 1e-9 * scale.y ? 0 : v;
}

function num(v: number, digits = 4): string {
  if (v === 0) return '0';
  const s = Number(v.toPrecision(digits));
  return Math.abs(s) >= 1e5 || Math.abs(s) < 1e-3 ? s.toExponential(digits - 1) : String(s);
}

function signed(v: number, digits: number): string {
  if (v === 0) return '';
  return v < 0 ? ` − ${num(-v, digits)}` : ` + ${num(v, digits)}`;
}

/** `y = 4.02·x + 0.013`, `y = 1.2·x² − 0.5·x + 3`, `y = 2·x^0.5`, `y = 3·e^(0.2·x)`. */
export function fitEquation(fit: FitResult, digits = 4): string {
  const c = fit.kind === 'linear' || fit.kind === 'quadratic' ? fit.coefficients.map((v, k) => polynomialTerm(v, k, fit.scale)) : fit.coefficients;
  switch (fit.kind) {
    case 'linear':
      return `y = ${num(c[1], digits)}·x${signed(c[0], digits)}`;
    case 'quadratic':
      return `y = ${num(c[2], digits)}·x²${signed(c[1], digits)}·x${signed(c[0], digits)}`;
    case 'power':
      return `y = ${num(c[0], digits)}·x^${num(c[1], digits)}`;
    case 'exponential':
      return `y = ${num(c[0], digits)}·e^(${num(c[1], digits)}·x)`;
  }
}
