/**
 * Complete elliptic integrals for the fields of current loops and cylinders.
 *
 * K(k) and E(k) by the arithmetic–geometric mean (Abramowitz & Stegun 17.6), and Bulirsch's general
 * complete integral
 *   C(kc, p, c, s) = ∫₀^{π/2} (c·cos²φ + s·sin²φ) / ((cos²φ + p·sin²φ)·√(cos²φ + kc²·sin²φ)) dφ
 * (R. Bulirsch, Numer. Math. 13 (1969) 305; the form used by N. Derby & S. Olbert, Am. J. Phys. 78 (2010) 229).
 * All converge quadratically; the loops stop at relative change 1e-15.
 */

/** K(k) and E(k), modulus k (0 ≤ k < 1). */
export function ellipticKE(k: number): { K: number; E: number } {
  let a = 1;
  let b = Math.sqrt(Math.max(0, 1 - k * k));
  let c = k;
  let sum = 0.5 * c * c;
  let pow = 0.5;
  for (let i = 0; i < 40 && Math.abs(c) > 1e-16 * a; i++) {
    const an = 0.5 * (a + b);
    const bn = Math.sqrt(a * b);
    c = 0.5 * (a - b);
    a = an;
    b = bn;
    pow *= 2;
    sum += pow * c * c;
  }
  const K = Math.PI / (2 * a);
  return { K, E: K * (1 - sum) };
}

/** Bulirsch's cel(kc, p, c, s) (kc ≠ 0). */
export function cel(kc: number, p: number, c: number, s: number): number {
  if (kc === 0) return Infinity;
  const errtol = 1e-15;
  let k = Math.abs(kc);
  let pp = p;
  let cc = c;
  let ss = s;
  let em = 1;
  if (p > 0) {
    pp = Math.sqrt(p);
    ss = s / pp;
  } else {
    let f = kc * kc;
    let q = 1 - f;
    const g = 1 - pp;
    f -= pp;
    q *= ss - c * pp;
    pp = Math.sqrt(f / g);
    cc = (c - ss) / g;
    ss = -q / (g * g * pp) + cc * pp;
  }
  let f = cc;
  cc += ss / pp;
  let g = k / pp;
  ss = 2 * (ss + f * g);
  pp += g;
  g = em;
  em += k;
  let kk = k;
  for (let i = 0; i < 60; i++) {
    k = 2 * Math.sqrt(kk);
    kk = k * em;
    f = cc;
    cc += ss / pp;
    g = kk / pp;
    ss = 2 * (ss + f * g);
    pp += g;
    g = em;
    em += k;
    if (Math.abs(g - k) <= g * errtol) break;
  }
  return (Math.PI / 2) * (ss + cc * em) / (em * (em + pp));
}
