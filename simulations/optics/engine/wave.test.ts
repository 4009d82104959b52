/**
 * Slit patterns against closed forms (Hecht, Optics, 5th ed., §10.2; 人教版 选择性必修第一册 第四章):
 * - double slit: bright fringes where d sin θ = kλ, spacing Δx = Lλ/d in the small-angle limit (第4节 实验:
 *   用双缝干涉测量光的波长);
 * - single slit: dark fringes (the envelope's minima) where a sin θ = mλ;
 * - grating: principal maxima where d sin θ = kλ, sharper with more slits;
 * - a source slit of width w at distance D: two-slit visibility |sinc(π w d/(λ D))| (Hecht §12.3.2).
 */
import { describe, expect, it } from 'vitest';
import { brightFringes, fraunhoferIntensity, fringeSpacing, fringeVisibility, peaks, screenIntensity } from './wave';

const red = 650e-9, green = 532e-9;

describe('double slit', () => {
  it.each([
    [red, 0.2e-3, 0.7],
    [green, 0.25e-3, 0.6],
    [450e-9, 0.2e-3, 0.8],
  ])('λ = %f, d = %f, L = %f: the fringe spacing that comes out of the pattern is Lλ/d', (lambda, d, L) => {
    const slits = { slitCount: 2, slitWidthM: 0.05e-3, slitSpacingM: d };
    const dx = fringeSpacing(slits, lambda, L);
    expect(dx / ((L * lambda) / d)).toBeCloseTo(1, 4);
    // And each bright fringe sits where d sin θ = kλ (exactly, not only in the small-angle limit).
    const found = brightFringes(slits, lambda, L, 3.5 * ((L * lambda) / d));
    for (const x of found) {
      const k = (d * (x / Math.hypot(x, L))) / lambda;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-4);
    }
  });

  it('the finite slit width dims the side fringes under the single-slit envelope', () => {
    const slits = { slitCount: 2, slitWidthM: 0.05e-3, slitSpacingM: 0.2e-3 };
    const at = (k: number) => fraunhoferIntensity(slits, red, (k * red) / slits.slitSpacingM);
    const beta = (k: number) => (Math.PI * slits.slitWidthM * k) / slits.slitSpacingM;
    for (const k of [1, 2, 3]) expect(at(k)).toBeCloseTo((Math.sin(beta(k)) / beta(k)) ** 2, 9);
    // d = 4a: the 4th order falls on the envelope's first zero (a missing order).
    expect(at(4)).toBeLessThan(1e-20);
  });
});

describe('single slit', () => {
  it.each([0.05e-3, 0.1e-3])('a = %f: dark where a sin θ = mλ; the central fringe is twice as wide as the others', (a) => {
    const slits = { slitCount: 1, slitWidthM: a, slitSpacingM: 0 };
    for (const m of [1, 2, 3]) expect(fraunhoferIntensity(slits, red, (m * red) / a)).toBeLessThan(1e-25);
    const L = 1;
    const zeros = peaks((x) => -screenIntensity(slits, red, L, x), 0, (3.5 * red * L) / a, 20001, -1).map((x) => (a * (x / Math.hypot(x, L))) / red);
    expect(zeros.slice(0, 3).map((z) => Math.round(z * 1000) / 1000)).toEqual([1, 2, 3]);
  });
});

describe('grating', () => {
  it('principal maxima at d sin θ = kλ, sharper for more slits', () => {
    const d = 1e-3 / 300;
    const wide = fringeSpacing({ slitCount: 300, slitWidthM: d / 3, slitSpacingM: d }, green, 0.5, null, 1);
    const sinTheta1 = green / d;
    expect(wide).toBeCloseTo(0.5 * Math.tan(Math.asin(sinTheta1)), 4);
    const halfWidth = (n: number) => {
      const g = { slitCount: n, slitWidthM: d / 2, slitSpacingM: d };
      let s = 0;
      while (fraunhoferIntensity(g, green, s) > 0.5) s += 1e-7;
      return s;
    };
    expect(halfWidth(50)).toBeGreaterThan(5 * halfWidth(300));
  });
});

describe('source slit', () => {
  it('visibility |sinc(π w d / (λ D))|: a narrow source slit gives sharp fringes, a wide one none', () => {
    const slits = { slitCount: 2, slitWidthM: 0.01e-3, slitSpacingM: 0.2e-3 };
    const D = 0.1, L = 0.7;
    for (const w of [0.05e-3, 0.1e-3, 0.2e-3]) {
      const x = (Math.PI * w * slits.slitSpacingM) / (red * D);
      expect(fringeVisibility(slits, red, L, { widthM: w, distanceM: D })).toBeCloseTo(Math.abs(Math.sin(x) / x), 2);
    }
    expect(fringeVisibility(slits, red, L, { widthM: 5e-3, distanceM: D })).toBeLessThan(0.05);
  });
});
