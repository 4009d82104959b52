/**
 * Reaction amounts: given how much of each reactant there is (grams or moles), the extent of reaction
 * ξ = min(nᵢ/νᵢ) over the reactants, the limiting reagent(s), the products formed (ν·ξ) and the leftovers
 * (nᵢ − νᵢ·ξ). Complete reaction is assumed (no equilibrium, no side reactions).
 */
import type { BalancedEquation } from './balance';
import { molarMass } from './formula';
import type { AtomicWeightTable } from './periodic-table';

export type AmountUnit = 'g' | 'mol';

export interface SpeciesAmount {
  formula: string;
  coefficient: number;
  molarMassGMol: number;
  /** Before the reaction, mol and g. */
  beforeMol: number;
  beforeG: number;
  /** After complete reaction, mol and g. */
  afterMol: number;
  afterG: number;
}

export interface ReactionAmounts {
  extentMol: number;
  /** Indices (0-based) of the limiting reactants; several when they run out together. */
  limiting: number[];
  reactants: SpeciesAmount[];
  products: SpeciesAmount[];
}

export function reactionAmounts(eq: BalancedEquation, amounts: readonly number[], unit: AmountUnit, table: AtomicWeightTable = 'iupac'): ReactionAmounts {
  if (amounts.length < eq.reactants.length) {
    throw new Error(`amounts: ${eq.reactants.length} reactant amounts needed (${eq.reactants.map((r) => r.formula.text).join(', ')}), got ${amounts.length}`);
  }
  const mm = (i: number, side: 'r' | 'p') => molarMass((side === 'r' ? eq.reactants : eq.products)[i].formula, table);
  const nBefore = eq.reactants.map((r, i) => {
    const a = amounts[i];
    if (!Number.isFinite(a) || a < 0) throw new Error(`amount of ${r.formula.text}: must be a number ≥ 0 ${unit}, got ${a}`);
    return unit === 'mol' ? a : a / mm(i, 'r');
  });
  let extent = Infinity;
  nBefore.forEach((n, i) => {
    extent = Math.min(extent, n / eq.reactantCoefficients[i]);
  });
  const limiting = nBefore.flatMap((n, i) => (Math.abs(n / eq.reactantCoefficients[i] - extent) <= 1e-12 * Math.max(extent, 1e-300) ? [i] : []));
  const reactants = eq.reactants.map((r, i) => {
    const M = mm(i, 'r');
    const nu = eq.reactantCoefficients[i];
    // Limiting reagents end at exactly zero (no 1e-17 leftovers from rounding).
    const after = limiting.includes(i) ? 0 : nBefore[i] - nu * extent;
    return { formula: r.formula.text, coefficient: nu, molarMassGMol: M, beforeMol: nBefore[i], beforeG: nBefore[i] * M, afterMol: after, afterG: after * M };
  });
  const products = eq.products.map((p, i) => {
    const M = mm(i, 'p');
    const nu = eq.productCoefficients[i];
    return { formula: p.formula.text, coefficient: nu, molarMassGMol: M, beforeMol: 0, beforeG: 0, afterMol: nu * extent, afterG: nu * extent * M };
  });
  return { extentMol: extent, limiting, reactants, products };
}
