/**
 * Self-inductance of a single-layer solenoid: L = K·μ0·μ_eff·N²·πR²/ℓ, with Nagaoka's coefficient K for a
 * coil of finite length (H. Nagaoka, J. Coll. Sci. Tokyo 27 (1909) 18; the closed form with complete elliptic
 * integrals as given by F. W. Grover, Inductance Calculations (1946), ch. 13):
 *   k² = 4R²/(4R² + ℓ²), k′ = √(1 − k²),  K = 4/(3π k′) · ((k′²/k²)(K(k) − E(k)) + E(k) − k)
 * K → 1 for a long coil (the textbook L = μ0 N² S/ℓ); 0.6884 when the length equals the diameter.
 * With an iron core, μ_eff as in fields.ts (limited by the core's shape): an estimate, since the core's
 * field is not uniform and iron is not linear.
 */
import { ellipticKE } from './elliptic';
import { coreMultiplier, MU0 } from './fields';

export function nagaokaCoefficient(radiusM: number, lengthM: number): number {
  const k2 = (4 * radiusM * radiusM) / (4 * radiusM * radiusM + lengthM * lengthM);
  const k = Math.sqrt(k2);
  const kp = Math.sqrt(1 - k2);
  const { K, E } = ellipticKE(k);
  return (4 / (3 * Math.PI * kp)) * ((kp * kp) / k2 * (K - E) + E - k);
}

export function solenoidInductanceH(s: { turns: number; lengthM: number; radiusM: number; coreRelativePermeability?: number }): number {
  const area = Math.PI * s.radiusM * s.radiusM;
  return nagaokaCoefficient(s.radiusM, s.lengthM) * MU0 * coreMultiplier(s) * s.turns * s.turns * area / s.lengthM;
}
