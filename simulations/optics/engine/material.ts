/**
 * Refractive index of the bench's transparent materials as a function of wavelength: a two-term Cauchy law
 * n(λ) = A + B/λ² fitted through the catalogue values a school glass is sold by, the index n_d at the
 * helium d line (587.56 nm) and the Abbe number V_d = (n_d − 1)/(n_F − n_C) (F: 486.13 nm, C: 656.27 nm).
 * With dispersion off, n is n_d at every wavelength.
 *
 * Values: K9 crown glass (the Chinese equivalent of Schott N-BK7; GB/T 903 "无色光学玻璃" lists
 * n_d = 1.5163, V_d = 64.1), ZF2 dense flint (n_d = 1.6725, V_d = 32.2), PMMA (n_d = 1.4918, V_d = 57.4) and
 * water at 20 °C (n_d = 1.3330, V_d = 55.7; Hale & Querry, Appl. Opt. 12, 555 (1973) give 1.3330 at 589 nm).
 */

/** Fraunhofer lines, metres. */
export const LAMBDA_D_M = 587.56e-9;
export const LAMBDA_F_M = 486.13e-9;
export const LAMBDA_C_M = 656.27e-9;

export interface Material {
  /** n at the d line. */
  nd: number;
  /** Abbe number V_d (larger: less dispersion). */
  abbe: number;
  /** Cauchy coefficients with λ in micrometres: n = a + b/λ². */
  a: number;
  b: number;
}

export const NAMED_MATERIALS = {
  k9: { nd: 1.5163, abbe: 64.1 },
  zf2: { nd: 1.6725, abbe: 32.2 },
  pmma: { nd: 1.4918, abbe: 57.4 },
  water: { nd: 1.333, abbe: 55.7 },
} as const;

export type MaterialName = keyof typeof NAMED_MATERIALS;

/** A material from n_d and V_d; `dispersive: false` gives n = n_d at every wavelength. */
export function material(nd: number, abbe: number, dispersive = true): Material {
  if (!(nd >= 1) || !Number.isFinite(nd)) throw new Error(`refractive index n_d must be ≥ 1, got ${nd}`);
  if (!dispersive) return { nd, abbe: Infinity, a: nd, b: 0 };
  if (!(abbe > 0)) throw new Error(`Abbe number must be > 0, got ${abbe}`);
  const um = (m: number) => m * 1e6;
  const b = (nd - 1) / (abbe * (1 / um(LAMBDA_F_M) ** 2 - 1 / um(LAMBDA_C_M) ** 2));
  return { nd, abbe, a: nd - b / um(LAMBDA_D_M) ** 2, b };
}

export function namedMaterial(name: MaterialName, dispersive = true): Material {
  const m = NAMED_MATERIALS[name];
  return material(m.nd, m.abbe, dispersive);
}

/** n at a wavelength in metres. */
export function indexAt(m: Material, wavelengthM: number): number {
  const um = wavelengthM * 1e6;
  return m.a + m.b / (um * um);
}

/** Air at room temperature is taken as n = 1 (1.0003 would shift a 10 cm focus by 0.06 mm). */
export const AIR_INDEX = 1;
