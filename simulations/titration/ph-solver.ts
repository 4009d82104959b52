/**
 * pH of any mix of acid–base systems from the exact charge balance (no Henderson–Hasselbalch shortcut):
 *
 *   [H⁺] − Kw/[H⁺] + Σ_systems C · Σ_j α_j([H⁺]) · (z0 − j) = 0
 *
 * where α_j is the fraction of the system in the form that has lost j protons. The left side rises
 * monotonically with [H⁺] (every term does), so bisection on log10[H⁺] always converges to the one root.
 */
import type { AcidBaseSystem } from './acids';

/** Ion product of water at 25 °C (Harris, Quantitative Chemical Analysis, 9th ed., Table 6-1). */
export const KW = 1.0e-14;

/** A system present in the flask at a total (analytical) concentration, mol/L. */
export interface DissolvedSystem {
  system: AcidBaseSystem;
  concMolL: number;
}

/**
 * Fractions α_0 … α_n of a system with pKa list `pKa` at hydrogen-ion concentration h (mol/L).
 * α_j ∝ h^(n−j) · K1·…·Kj, computed in log space so extreme pKa values never overflow.
 */
export function speciesFractions(pKa: readonly number[], logH: number, out?: Float64Array): Float64Array {
  const n = pKa.length;
  const alpha = out ?? new Float64Array(n + 1);
  // log10 of each term
  let cumPKa = 0;
  let maxLog = -Infinity;
  for (let j = 0; j <= n; j++) {
    if (j > 0) cumPKa += pKa[j - 1];
    const lg = (n - j) * logH - cumPKa;
    alpha[j] = lg;
    if (lg > maxLog) maxLog = lg;
  }
  let sum = 0;
  for (let j = 0; j <= n; j++) {
    alpha[j] = Math.pow(10, alpha[j] - maxLog);
    sum += alpha[j];
  }
  for (let j = 0; j <= n; j++) alpha[j] /= sum;
  return alpha;
}

const scratch = new Float64Array(8);

/** The charge-balance function; zero at the solution, increasing in logH. */
export function chargeBalance(mix: readonly DissolvedSystem[], logH: number): number {
  const h = Math.pow(10, logH);
  let q = h - KW / h;
  for (const { system, concMolL } of mix) {
    if (concMolL === 0) continue;
    const n = system.pKa.length;
    if (n === 0) {
      q += concMolL * system.z0;
      continue;
    }
    const a = speciesFractions(system.pKa, logH, n + 1 <= scratch.length ? scratch : undefined);
    let meanCharge = 0;
    for (let j = 0; j <= n; j++) meanCharge += a[j] * (system.z0 - j);
    q += concMolL * meanCharge;
  }
  return q;
}

/**
 * log10[H⁺] solving the charge balance, by bisection to 1e-12 in log10 units.
 * The bracket starts at pH −2 … 16 and widens if the mix needs it (it never does for ≤ 10 mol/L).
 */
export function solveLogH(mix: readonly DissolvedSystem[]): number {
  for (const d of mix) {
    if (!Number.isFinite(d.concMolL) || d.concMolL < 0) throw new Error(`concentration must be a finite number ≥ 0, got ${d.concMolL}`);
  }
  let lo = -16;
  let hi = 2;
  while (chargeBalance(mix, lo) > 0 && lo > -40) lo -= 4;
  while (chargeBalance(mix, hi) < 0 && hi < 10) hi += 4;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = 0.5 * (lo + hi);
    if (chargeBalance(mix, mid) > 0) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

export function solvePH(mix: readonly DissolvedSystem[]): number {
  return -solveLogH(mix);
}

/** Concentration of every species (mol/L) at the solved pH, per system, plus H⁺ and OH⁻. */
export interface Speciation {
  pH: number;
  hydroniumMolL: number;
  hydroxideMolL: number;
  /** One entry per system of the mix, in the same order: species concentrations, most protonated first. */
  systems: { species: string[]; concMolL: number[] }[];
}

export function speciate(mix: readonly DissolvedSystem[]): Speciation {
  const logH = solveLogH(mix);
  const h = Math.pow(10, logH);
  return {
    pH: -logH,
    hydroniumMolL: h,
    hydroxideMolL: KW / h,
    systems: mix.map(({ system, concMolL }) => {
      const a = speciesFractions(system.pKa, logH);
      return { species: system.species, concMolL: Array.from(a, (x) => x * concMolL) };
    }),
  };
}
