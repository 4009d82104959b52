/**
 * Reactions going in one vessel over a time step: which reactions can go (their reactants there, their
 * conditions met), how fast (the rate law of ./reaction-data.ts at the contents' temperature), and the
 * amounts that change, by the balanced coefficients exactly (heating 15.8 g of KMnO₄ to completion gives
 * 1.6 g of O₂ because the coefficients say so, not because a number was typed in).
 *
 * Gases: a reaction's gaseous reactants and products belong to the gas around the contents: the vessel's own
 * (a flask's, a jar's), another vessel's (a spoon of sulfur lowered into a jar of oxygen), or the room's
 * (`'air'`: oxygen without limit, products let go). Integration: every rate is evaluated, and the step is cut
 * into sub-steps so that no reactant changes by more than 5 % in one (explicit Euler on a fine grid; at most
 * 64 sub-steps, beyond which a reaction is fast enough to be taken to completion within the step). `instant`
 * reactions (ions meeting in solution) go to completion at once, limited by whichever reactant runs out.
 */
import { amountOf, changeAmount, concentrationMolL, gasAmount, liquidVolumeMl, phaseOf, surfaceM2, type Contents } from './contents';
import { REACTIONS, type Reaction } from './reactions';
import { AIR, GAS_CONSTANT, molarMassOf, species, STANDARD_PRESSURE_PA } from './species';

/** Faraday constant, C/mol (CODATA 2018). */
export const FARADAY = 96485.33212;

export interface ReactionEnv {
  /** Where gases come from and go: a vessel's contents, or the room. */
  gas: Contents | 'air';
  pressurePa: number;
  /** Fuels alight in these contents. */
  burning: ReadonlySet<string>;
  /** Current driven through the contents by electrodes, A (electrolysis, a cell's external circuit), per reaction id. */
  currentA?: Readonly<Record<string, number>>;
  /** Surface of a burning liquid (a dish of ethanol), m². */
  liquidSurfaceM2?: number;
  /** Reactions not to run here (a cell's electrode reaction when the circuit is open …). */
  exclude?: ReadonlySet<string>;
  /** The vessel sits in a lamp's flame (heated at one spot, its liquid churning), not in a bath or on a gauze. */
  overFlame?: boolean;
  /** How freely air meets the liquid's surface, 0 … 1 (default 1; an oil layer on top: a few hundredths). */
  surfaceContact?: number;
}

export interface StepOutcome {
  /** Heat given out into the contents by the reactions, J (negative: they took it in). Burning's heat is apart. */
  heatJ: number;
  /** Heat of burning, J (goes mostly to the flame and the room). */
  flameHeatJ: number;
  /** Mean rate of each reaction that went, mol of reaction per second. */
  rates: Map<string, number>;
  /** Gases made into the room (when env.gas is 'air'), mol. */
  releasedMol: Record<string, number>;
}

const SUBSTEP_SHARE = 0.05;
const MAX_SUBSTEPS = 64;

function arrhenius(r: Reaction, temperatureK: number): number {
  const k = r.rate.k ?? 0;
  const ea = r.rate.eaKJPerMol ?? 0;
  if (!ea) return k;
  const refK = (r.rate.refC ?? 25) + 273.15;
  return k * Math.exp((-ea * 1000) / GAS_CONSTANT * (1 / temperatureK - 1 / refK));
}

/** Mole fraction of a gas around the contents. */
function gasFraction(env: ReactionEnv, id: string): number {
  if (env.gas === 'air') return AIR[id] ?? 0;
  const total = gasAmount(env.gas);
  return total > 0 ? amountOf(env.gas, id) / total : 0;
}

function available(c: Contents, env: ReactionEnv, id: string): number {
  if (phaseOf(id) === 'g') return env.gas === 'air' ? (AIR[id] ? Infinity : 0) : amountOf(env.gas, id);
  return amountOf(c, id);
}

function activity(c: Contents, env: ReactionEnv, id: string): number {
  const ph = phaseOf(id);
  if (ph === 'aq') return concentrationMolL(c, id);
  if (ph === 'g') return (gasFraction(env, id) * env.pressurePa) / STANDARD_PRESSURE_PA;
  return 1;
}

/** A liquid's share of the liquid's volume (pure liquids by n·M/ρ, as ./contents.ts counts them). */
function liquidShare(c: Contents, id: string): number {
  const all = liquidVolumeMl(c);
  return all > 0 ? (amountOf(c, id) * molarMassOf(id)) / (species(id).densityGPerMl ?? 1) / all : 0;
}

/** Whether a reaction can go here now (reactants, catalyst, solvent, fire, current). */
export function canGo(r: Reaction, c: Contents, env: ReactionEnv): boolean {
  if (env.exclude?.has(r.id)) return false;
  for (const id of r.reactants.keys()) if (!(available(c, env, id) > 0)) return false;
  for (const id of r.conditions.needs ?? []) if (!(amountOf(c, id) > 0)) return false;
  for (const id of r.conditions.absent ?? []) if (amountOf(c, id) > 0) return false;
  for (const [id, share] of Object.entries(r.conditions.minLiquidShare ?? {})) if (!(liquidShare(c, id) >= share)) return false;
  if (r.conditions.catalyst && !(amountOf(c, r.conditions.catalyst) > 0)) return false;
  if (r.conditions.minC !== undefined && c.temperatureK - 273.15 < r.conditions.minC) return false;
  if (r.conditions.maxC !== undefined && c.temperatureK - 273.15 > r.conditions.maxC) return false;
  if (r.conditions.overFlame !== undefined && r.conditions.overFlame !== (env.overFlame ?? false)) return false;
  if (r.rate.basis === 'current') return (env.currentA?.[r.id] ?? 0) > 0;
  if (r.rate.basis === 'burning') return env.burning.has(r.rate.of!) && gasFraction(env, 'O2(g)') >= (r.conditions.minO2Fraction ?? 0);
  if (r.id === 'hydrogen-burns') return false; // set off only by a flame (./gas-tests.ts), never by itself
  return true;
}

/** Rate now, mol of reaction per second (Infinity for instant reactions). */
export function rateOf(r: Reaction, c: Contents, env: ReactionEnv): number {
  const law = r.rate;
  let basis: number;
  switch (law.basis) {
    case 'instant':
      return Infinity;
    case 'current':
      return (env.currentA?.[r.id] ?? 0) / (FARADAY * (law.electrons ?? 1));
    case 'surface':
      basis = surfaceM2(c, law.of!);
      break;
    case 'volume':
      basis = liquidVolumeMl(c) / 1000;
      break;
    case 'amount':
      basis = available(c, env, law.of!);
      break;
    case 'burning': {
      const fuel = law.of!;
      const area = phaseOf(fuel) === 's' ? surfaceM2(c, fuel) : env.liquidSurfaceM2 ?? 1e-4;
      return (law.k ?? 0) * area * gasFraction(env, 'O2(g)');
    }
  }
  let rate = arrhenius(r, c.temperatureK) * basis * (law.throughSurface ? (env.surfaceContact ?? 1) : 1);
  for (const [id, order] of Object.entries(law.orders ?? {})) if (order) rate *= activity(c, env, id) ** order;
  return Number.isFinite(rate) && rate > 0 ? rate : 0;
}

/** Most extent the reactants allow, mol of reaction. */
function limit(r: Reaction, c: Contents, env: ReactionEnv): number {
  let most = Infinity;
  for (const [id, nu] of r.reactants) most = Math.min(most, available(c, env, id) / nu);
  return most;
}

function apply(r: Reaction, extent: number, c: Contents, env: ReactionEnv, out: StepOutcome): void {
  if (!(extent > 0)) return;
  for (const [id, nu] of r.reactants) {
    if (phaseOf(id) === 'g') {
      if (env.gas !== 'air') changeAmount(env.gas, id, -nu * extent);
    } else changeAmount(c, id, -nu * extent);
  }
  for (const [id, nu] of r.products) {
    if (phaseOf(id) === 'g') {
      if (env.gas === 'air') out.releasedMol[id] = (out.releasedMol[id] ?? 0) + nu * extent;
      else changeAmount(env.gas, id, nu * extent);
    } else changeAmount(c, id, nu * extent, r.productGrainM[id]);
  }
  const heat = -r.enthalpyKJ * 1000 * extent;
  if (r.rate.basis === 'burning') out.flameHeatJ += heat;
  else out.heatJ += heat;
  out.rates.set(r.id, (out.rates.get(r.id) ?? 0) + extent);
}

/** Run the vessel's reactions for dtS seconds. */
/**
 * Each reaction with its reactants that are not gases: a vessel without one of them cannot run it, whatever canGo's
 * other conditions say. Most of the 54 reactions fail there; telling it from the amounts alone, before canGo looks
 * up phases, gases and conditions, halves a 30-vessel bench's reaction step.
 */
const BY_CONDENSED_REACTANTS = REACTIONS.map((r) => ({ r, condensed: [...r.reactants.keys()].filter((id) => phaseOf(id) !== 'g') }));
function holdsAll(c: Contents, ids: readonly string[]): boolean {
  for (const id of ids) if (!((c.amounts[id] ?? 0) > 0)) return false;
  return true;
}

export function reactStep(c: Contents, env: ReactionEnv, dtS: number): StepOutcome {
  const out: StepOutcome = { heatJ: 0, flameHeatJ: 0, rates: new Map(), releasedMol: {} };
  let left = dtS;
  for (let sub = 0; left > 1e-12 && sub < MAX_SUBSTEPS; sub++) {
    const going: { r: Reaction; rate: number }[] = [];
    for (const { r, condensed } of BY_CONDENSED_REACTANTS) {
      if (!holdsAll(c, condensed) || !canGo(r, c, env)) continue;
      if (r.rate.basis === 'instant') {
        apply(r, limit(r, c, env), c, env, out);
        continue;
      }
      const rate = rateOf(r, c, env);
      if (rate > 0) going.push({ r, rate });
    }
    if (!going.length) break;
    // The longest sub-step in which no reactant changes by more than SUBSTEP_SHARE of what there is.
    let h = left;
    for (const { r, rate } of going) {
      for (const [id, nu] of r.reactants) {
        const n = available(c, env, id);
        if (Number.isFinite(n)) h = Math.min(h, (SUBSTEP_SHARE * n) / (nu * rate));
      }
    }
    const lastChance = sub === MAX_SUBSTEPS - 1;
    h = lastChance ? left : Math.max(h, dtS / MAX_SUBSTEPS);
    for (const { r, rate } of going) apply(r, Math.min(rate * h, limit(r, c, env)), c, env, out);
    left -= h;
  }
  for (const [id, extent] of out.rates) out.rates.set(id, extent / dtS);
  return out;
}
