/**
 * Paraxial (Gaussian) optics of thick lenses and spherical mirrors: the closed forms the tracer is tested
 * against, and the lens maker's equation the bench uses to shape a lens of a chosen focal length.
 *
 * Sign convention (Hecht, Optics, 5th ed., §6.1): light travels in +x; a surface's radius is positive when
 * its centre of curvature lies after the vertex (+x). For a lens of index n in air with radii R₁, R₂ and
 * centre thickness t:
 *   1/f = (n − 1) [1/R₁ − 1/R₂ + (n − 1) t / (n R₁ R₂)]                   (Hecht eq. 6.2)
 *   principal planes from the vertices: h₁ = −f (n − 1) t / (n R₂),  h₂ = −f (n − 1) t / (n R₁)   (eqs. 6.3, 6.4)
 * Object and image distances measured from the principal planes obey 1/s_o + 1/s_i = 1/f; the thin-lens
 * equation of the textbook (人教版 八年级上册 第五章 "凸透镜成像的规律"; 选择性必修第一册 第四章) is the t → 0 limit.
 */

export interface ThickLens {
  r1M: number;
  r2M: number;
  thicknessM: number;
  n: number;
}

/** Effective focal length (negative for a diverging lens). */
export function thickLensFocalLength({ r1M, r2M, thicknessM, n }: ThickLens): number {
  const inv1 = Number.isFinite(r1M) ? 1 / r1M : 0, inv2 = Number.isFinite(r2M) ? 1 / r2M : 0;
  const p = (n - 1) * (inv1 - inv2 + ((n - 1) * thicknessM * inv1 * inv2) / n);
  return 1 / p;
}

/** Positions of the principal planes H and H′ from the first and second vertices (metres, +x positive). */
export function principalPlanes(lens: ThickLens): { h1M: number; h2M: number } {
  const f = thickLensFocalLength(lens);
  const { r1M, r2M, thicknessM, n } = lens;
  const h1M = Number.isFinite(r2M) ? (-f * (n - 1) * thicknessM) / (n * r2M) : 0;
  const h2M = Number.isFinite(r1M) ? (-f * (n - 1) * thicknessM) / (n * r1M) : 0;
  return { h1M, h2M };
}

/**
 * Thin-lens image: object at distance u in front (u > 0), focal length f. Returns v (> 0: real, behind the
 * lens; < 0: virtual, in front) and the magnification m = −v/u (< 0: inverted). u = f: no image (v = ±∞).
 */
export function thinLensImage(uM: number, fM: number): { vM: number; magnification: number } {
  if (uM === fM) return { vM: Infinity, magnification: Infinity };
  const vM = (uM * fM) / (uM - fM);
  return { vM, magnification: -vM / uM };
}

/** Spherical mirror (paraxial): f = R/2, 1/u + 1/v = 1/f with real-is-positive distances in front of it. */
export function mirrorImage(uM: number, fM: number): { vM: number; magnification: number } {
  return thinLensImage(uM, fM);
}

/**
 * The symmetric lens (biconvex for f > 0, biconcave for f < 0) of index n and centre thickness t whose
 * effective focal length is f: solve 1/f = (n − 1)[±2/R ∓ (n − 1) t / (n R²)] for R (the root near the thin
 * lens's 2(n − 1)|f|). Returns the radius magnitude.
 */
export function symmetricLensRadius(fM: number, n: number, thicknessM: number): number {
  const F = Math.abs(fM);
  const root = fM > 0 ? 1 - thicknessM / (n * F) : 1 + thicknessM / (n * F);
  if (root < 0) throw new Error(`no biconvex lens of f = ${fM} m with centre thickness ${thicknessM} m and n = ${n}`);
  return (n - 1) * F * (1 + Math.sqrt(root));
}

/** Sag of a spherical surface of radius R at height h (depth of the cap). */
export function sag(radiusM: number, hM: number): number {
  const r = Math.abs(radiusM);
  return r - Math.sqrt(Math.max(0, r * r - hM * hM));
}
