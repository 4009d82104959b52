/**
 * The reaction table compiled: each reaction of ./reaction-data.ts balanced by the stoichiometry lab's
 * balancer (simulations/stoichiometry/balance.ts: the smallest whole numbers conserving every element), its
 * heat of reaction from the species' enthalpies of formation (Hess's law) unless the data gives one, and
 * indexes for the engine (which reactions use a species). Compiled once, when the module loads; a broken
 * entry (an unknown species, an equation that does not balance) throws then, so a test catches it.
 */
import { balance } from '../../stoichiometry/balance';
import { parseFormula } from '../../stoichiometry/formula';
import { REACTION_DATA, type Conditions, type RateLaw, type ReactionData, type Sight } from './reaction-data';
import { species } from './species';

export interface Reaction {
  id: string;
  /** Species id → coefficient (reactants) and (products), as balanced. */
  reactants: Map<string, number>;
  products: Map<string, number>;
  /** The balanced equation, e.g. `2 KMnO4 → K2MnO4 + MnO2 + O2`. */
  equation: string;
  rate: RateLaw;
  conditions: Conditions;
  /** Heat of reaction per mole of reaction as balanced, kJ. */
  enthalpyKJ: number;
  sees: Sight[];
  flame: NonNullable<ReactionData['flame']>;
  productGrainM: Record<string, number>;
  source: string;
}

/** Formula as the balancer reads it: the species' formula without phase or variant. */
const formulaOf = (id: string) => species(id).formula;

function compile(d: ReactionData): Reaction {
  for (const id of [...d.reactants, ...d.products]) species(id); // throws on an unknown species
  const text = `${d.reactants.map(formulaOf).join(' + ')} -> ${d.products.map(formulaOf).join(' + ')}`;
  let reactantCoefficients: number[];
  let productCoefficients: number[];
  let equation: string;
  if (d.reactants.length === 1 && d.products.length === 1 && formulaOf(d.reactants[0]) === formulaOf(d.products[0])) {
    // A change of phase or of solvent (acetic acid into water): one to one, nothing to balance.
    reactantCoefficients = [1];
    productCoefficients = [1];
    equation = `${formulaOf(d.reactants[0])} → ${formulaOf(d.products[0])}`;
  } else if (d.coefficients) {
    // Isomers on one side: the data's coefficients, checked to conserve every element.
    if (d.coefficients.length !== d.reactants.length + d.products.length) throw new Error(`reaction ${d.id}: coefficients must give one number per species`);
    reactantCoefficients = d.coefficients.slice(0, d.reactants.length);
    productCoefficients = d.coefficients.slice(d.reactants.length);
    const atoms = new Map<string, number>();
    const count = (ids: string[], nus: number[], sign: number) => ids.forEach((id, i) => {
      for (const [el, k] of parseFormula(formulaOf(id)).counts) atoms.set(el, (atoms.get(el) ?? 0) + sign * nus[i] * k);
    });
    count(d.reactants, reactantCoefficients, 1);
    count(d.products, productCoefficients, -1);
    for (const [el, left] of atoms) if (left !== 0) throw new Error(`reaction ${d.id}: the coefficients do not conserve ${el}`);
    const side = (ids: string[], nus: number[]) => ids.map((id, i) => `${nus[i] === 1 ? '' : nus[i]}${formulaOf(id)}`).join(' + ');
    equation = `${side(d.reactants, reactantCoefficients)} → ${side(d.products, productCoefficients)}`;
  } else {
    const b = balance(text);
    reactantCoefficients = b.reactantCoefficients;
    productCoefficients = b.productCoefficients;
    equation = b.text;
  }
  const reactants = new Map(d.reactants.map((id, i) => [id, reactantCoefficients[i]]));
  const products = new Map(d.products.map((id, i) => [id, productCoefficients[i]]));
  let enthalpyKJ = d.enthalpyKJ;
  if (enthalpyKJ === undefined) {
    let sum = 0;
    for (const [side, sign] of [[products, 1], [reactants, -1]] as const) {
      for (const [id, nu] of side) {
        const h = species(id).dfHkJPerMol;
        if (h === undefined) throw new Error(`reaction ${d.id}: no enthalpy of formation for ${id}; give the reaction's enthalpyKJ`);
        sum += sign * nu * h;
      }
    }
    enthalpyKJ = sum;
  }
  const productGrainM: Record<string, number> = {};
  for (const id of d.products) {
    if (species(id).phase !== 's') continue;
    productGrainM[id] = d.productGrainM?.[id] ?? (d.rate.basis === 'instant' || d.sees.includes('precipitate') ? 1e-5 : 5e-4);
  }
  return { id: d.id, reactants, products, equation, rate: d.rate, conditions: d.conditions ?? {}, enthalpyKJ, sees: d.sees, flame: d.flame ?? 'none', productGrainM, source: d.source };
}

export const REACTIONS: readonly Reaction[] = REACTION_DATA.map(compile);
const BY_ID = new Map(REACTIONS.map((r) => [r.id, r]));

export function reaction(id: string): Reaction {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown reaction '${id}'`);
  return r;
}

/** Reactions that use a species as a reactant. */
export function reactionsOf(speciesId: string): Reaction[] {
  return REACTIONS.filter((r) => r.reactants.has(speciesId));
}

/** Fuels: the species a `burning` reaction burns (white phosphorus, sulfur, the candle's wax …). */
export const FUELS: ReadonlySet<string> = new Set(REACTIONS.filter((r) => r.rate.basis === 'burning').map((r) => r.rate.of!));

/** The burning reaction of a fuel. */
export function burningOf(fuel: string): Reaction | undefined {
  return REACTIONS.find((r) => r.rate.basis === 'burning' && r.rate.of === fuel);
}
