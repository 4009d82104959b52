/**
 * The school's demountable transformer (可拆变压器) as a magnetic circuit: two tapped coils on the limbs of a
 * laminated U core, closed by a removable yoke (横条). Each coil's flux either goes round the core and through
 * the other coil (the main path, permeance P_m) or closes through the air around its own coil without reaching
 * the other (leakage, P_σ). With the coils alike (symmetric paths):
 *
 *   L₁ = N₁²(P_m + P_σ),  L₂ = N₂²(P_m + P_σ),  M = N₁N₂·P_m,  k = M/√(L₁L₂) = P_m/(P_m + P_σ)
 *
 * P = μ₀A/ℓ_eff for a path of section A and effective length ℓ_eff = ℓ_iron/μ_r + ℓ_air. Closed, the main path is
 * the iron plus the two joints where the yoke sits on the limbs (a few hundredths of a millimetre of air each); P_m
 * is about 50 times P_σ and k ≈ 0.98: U₂/U₁ comes out a little below N₂/N₁. Without the yoke the flux must cross
 * centimetres of air between the limbs' tips, P_m falls about fifty-fold to the size of the leakage: k ≈ 0.5, and the
 * primary's inductance is so small that its winding resistance takes a good part of the supply's voltage. U₂
 * then falls well below N₂/N₁·U₁: most of the primary's flux leaks (its field lines close through the air round
 * the primary) instead of threading the secondary.
 * Figures: a 2 cm × 2 cm section, 0.3 m of iron (0.22 m without the yoke), μ_r = 4000 (silicon steel at low
 * induction), joints 0.05 mm each, an 8 mm effective air return without the yoke, leakage 60 nH per turn²; windings
 * of 0.5 mm enamelled copper, 0.16 m a turn (0.014 Ω per turn). They give what school measurements show: closed
 * U₂ about 2 % under N₂/N₁·U₁ at light load, open about a third of it.
 */
import { MU0 } from './magnetism/fields';

export interface CoreSpec {
  areaM2: number;
  ironPathM: number;
  ironPathWithoutYokeM: number;
  relativePermeability: number;
  jointGapsM: number;
  openAirPathM: number;
  leakagePermeanceH: number;
  ohmPerTurn: number;
}

export const DEMOUNTABLE_CORE: Readonly<CoreSpec> = {
  areaM2: 4e-4,
  ironPathM: 0.3,
  ironPathWithoutYokeM: 0.22,
  relativePermeability: 4000,
  /** Both joints of the yoke together. */
  jointGapsM: 1e-4,
  /** The air the flux crosses between the limbs' tips with the yoke off (an effective length). */
  openAirPathM: 8e-3,
  /** Permeance of each coil's leakage path, H (per turn²). */
  leakagePermeanceH: 6e-8,
  /** Winding resistance per turn, Ω. */
  ohmPerTurn: 0.014,
};

/** The main path's permeance, H (per turn²): with the yoke on (closed core) or off. */
export function mainPermeanceH(yoke: boolean, core: CoreSpec = DEMOUNTABLE_CORE): number {
  const lengthM = yoke ? core.ironPathM / core.relativePermeability + core.jointGapsM : core.ironPathWithoutYokeM / core.relativePermeability + core.openAirPathM;
  return (MU0 * core.areaM2) / lengthM;
}

/** What the engine's transformer element takes: A_L = P_m + P_σ (H per turn²) and k = P_m/(P_m + P_σ). */
export function coreCoupling(yoke: boolean, core: CoreSpec = DEMOUNTABLE_CORE): { inductancePerTurnSquaredH: number; couplingCoefficient: number } {
  const pm = mainPermeanceH(yoke, core);
  const total = pm + core.leakagePermeanceH;
  return { inductancePerTurnSquaredH: total, couplingCoefficient: pm / total };
}
