/**
 * What a vessel holds: amounts of species (mol), one temperature, and for each solid the size of its
 * grains (the surface a reaction or a solution works on). Plain JSON, so it travels in a bench's state.
 * Derived quantities (mass, volumes, concentrations, gas fractions, surface areas) and the operations that
 * move matter between vessels (add, take a share of the liquid, take everything) live here; reactions and
 * heat are in ./kinetics.ts and ./heat.ts.
 *
 * Volumes: a liquid occupies n·M/ρ; a dissolved species adds its apparent molar volume (NaCl 16.6 mL/mol at
 * infinite dilution, Millero 1970, Chem. Rev. 71:147); solids n·M/ρ. Surface of a solid of grains of
 * diameter d: 6·V/d (spheres or cubes), the grains shrinking as the solid is used, d ∝ n^(1/3).
 */
import { molarMassOf, species, type Phase } from './species';

export interface Contents {
  /** Amount of each species present, mol (absent or 0: none). */
  amounts: Record<string, number>;
  temperatureK: number;
  /** Grain diameter of each solid species present, metres (powder 1e-4, chips 5e-3, a ribbon's thickness …). */
  grainM: Record<string, number>;
  /** Indicator added, drops of each (`phenolphthalein`, `litmus`, `methyl-orange`): traces that only colour. */
  indicators?: Record<string, number>;
}

/** Amounts below this are dropped (a nanomole in a school vessel is nothing anyone sees). */
export const TRACE_MOL = 1e-12;
const DEFAULT_GRAIN_M = 1e-4;

export function emptyContents(temperatureK: number): Contents {
  return { amounts: {}, temperatureK, grainM: {} };
}

export function cloneContents(c: Contents): Contents {
  const out: Contents = { amounts: { ...c.amounts }, temperatureK: c.temperatureK, grainM: { ...c.grainM } };
  if (c.indicators) out.indicators = { ...c.indicators };
  return out;
}

/** Move a share of the indicator drops along with a share of the liquid. */
function shareIndicators(from: Contents, into: Contents, share: number): void {
  if (!from.indicators) return;
  for (const [id, drops] of Object.entries(from.indicators)) {
    into.indicators = { ...into.indicators, [id]: (into.indicators?.[id] ?? 0) + drops * share };
    from.indicators[id] = drops * (1 - share);
  }
}

export const phaseOf = (id: string): Phase => species(id).phase;

export function amountOf(c: Contents, id: string): number {
  return c.amounts[id] ?? 0;
}

export function massOfG(c: Contents, id: string): number {
  return amountOf(c, id) * molarMassOf(id);
}

/** Everything the vessel holds, grams (gas included). */
export function massG(c: Contents, phases?: readonly Phase[]): number {
  let m = 0;
  for (const id in c.amounts) if (!phases || phases.includes(phaseOf(id))) m += c.amounts[id] * molarMassOf(id);
  return m;
}

/** Volume of the liquid (pure liquids plus what is dissolved in them), mL. */
export function liquidVolumeMl(c: Contents): number {
  let v = 0;
  let liquid = false;
  // for…in, not Object.entries: these sums run for every vessel several times a step (no arrays made per call).
  for (const id in c.amounts) {
    const mol = c.amounts[id];
    const s = species(id);
    if (s.phase === 'l') {
      v += (mol * molarMassOf(id)) / (s.densityGPerMl ?? 1);
      liquid = true;
    } else if (s.phase === 'aq') v += mol * (s.molarVolumeMlPerMol ?? 0);
  }
  return liquid ? Math.max(0, v) : 0;
}

export function solidVolumeMl(c: Contents): number {
  let v = 0;
  for (const id in c.amounts) {
    const s = species(id);
    if (s.phase === 's') v += (c.amounts[id] * molarMassOf(id)) / (s.densityGPerMl ?? 2);
  }
  return v;
}

/** Liquid and solids together, mL: what fills the vessel from the bottom. */
export function condensedVolumeMl(c: Contents): number {
  return liquidVolumeMl(c) + solidVolumeMl(c);
}

/** Concentration of a dissolved species in the liquid, mol/L (0 without liquid). */
export function concentrationMolL(c: Contents, id: string): number {
  const n = amountOf(c, id);
  if (n === 0) return 0; // the liquid's volume is not summed for a species that is not there
  const v = liquidVolumeMl(c);
  return v > 0 ? (n / v) * 1000 : 0;
}

/** Mass of the solvent water, grams (for solubility in g per 100 g of water). */
export function waterMassG(c: Contents): number {
  return massOfG(c, 'H2O(l)');
}

/** Gases in the vessel, mol. */
export function gasAmount(c: Contents): number {
  let n = 0;
  for (const id in c.amounts) if (phaseOf(id) === 'g') n += c.amounts[id];
  return n;
}

/** Mole fraction of each gas in the vessel's gas (empty when there is none). */
export function gasFractions(c: Contents): Record<string, number> {
  const total = gasAmount(c);
  const out: Record<string, number> = {};
  if (total <= 0) return out;
  for (const id in c.amounts) if (phaseOf(id) === 'g') out[id] = c.amounts[id] / total;
  return out;
}

/** Surface of a solid's grains, m². */
export function surfaceM2(c: Contents, id: string): number {
  const s = species(id);
  const volumeM3 = (massOfG(c, id) / (s.densityGPerMl ?? 2)) * 1e-6;
  return volumeM3 > 0 ? (6 * volumeM3) / (c.grainM[id] ?? DEFAULT_GRAIN_M) : 0;
}

/** Heat capacity of the contents, J/K (gas included). */
export function heatCapacityJPerK(c: Contents): number {
  let cap = 0;
  for (const id in c.amounts) cap += c.amounts[id] * molarMassOf(id) * species(id).cpJPerGK;
  return cap;
}

/** Change a species' amount by `deltaMol` (clamped at zero, traces dropped); a solid's grains shrink or grow with it. */
export function changeAmount(c: Contents, id: string, deltaMol: number, newGrainM?: number): void {
  const before = c.amounts[id] ?? 0;
  const after = before + deltaMol;
  if (after <= TRACE_MOL) {
    delete c.amounts[id];
    delete c.grainM[id];
    return;
  }
  c.amounts[id] = after;
  if (phaseOf(id) !== 's') return;
  if (before <= TRACE_MOL) c.grainM[id] = newGrainM ?? c.grainM[id] ?? DEFAULT_GRAIN_M;
  else if (deltaMol < 0) c.grainM[id] = (c.grainM[id] ?? DEFAULT_GRAIN_M) * Math.cbrt(after / before);
  else if (newGrainM !== undefined) {
    // Grains of another size join: keep the total surface (6V/d summed), volume-weighted harmonic mean.
    const d0 = c.grainM[id] ?? DEFAULT_GRAIN_M;
    c.grainM[id] = after / (before / d0 + deltaMol / newGrainM);
  }
}

/**
 * Pour `from` into `into` (both change): amounts add, grains combine, and the temperature is the heat-capacity
 * weighted mean (phase changes that the mix implies, ice in warm water, are settled by the heat model).
 */
export function addInto(into: Contents, from: Contents): void {
  const capA = heatCapacityJPerK(into), capB = heatCapacityJPerK(from);
  if (capA + capB > 0) into.temperatureK = (capA * into.temperatureK + capB * from.temperatureK) / (capA + capB);
  else if (capB > 0 || Object.keys(into.amounts).length === 0) into.temperatureK = from.temperatureK;
  for (const [id, mol] of Object.entries(from.amounts)) changeAmount(into, id, mol, from.grainM[id]);
  shareIndicators(from, into, 1);
}

/** Grains finer than this stay suspended in a stirred liquid and pour with it (precipitates, powders). */
export const SUSPENDED_GRAIN_M = 2e-4;

/**
 * Take a share of a vessel's liquid (0 … 1) with what is dissolved in it and the fine solids suspended in it;
 * coarse solids (chips, granules, metal) and gases stay. Returns what was taken; `c` keeps the rest.
 */
export function takeLiquidShare(c: Contents, share: number): Contents {
  const f = Math.min(1, Math.max(0, share));
  const out = emptyContents(c.temperatureK);
  if (f === 0) return out;
  shareIndicators(c, out, f);
  for (const [id, mol] of Object.entries(c.amounts)) {
    const ph = phaseOf(id);
    const moves = ph === 'l' || ph === 'aq' || (ph === 's' && (c.grainM[id] ?? DEFAULT_GRAIN_M) <= SUSPENDED_GRAIN_M);
    if (!moves) continue;
    const taken = mol * f;
    changeAmount(out, id, taken, c.grainM[id]);
    changeAmount(c, id, -taken);
    if (ph === 's' && c.amounts[id]) c.grainM[id] = out.grainM[id];
  }
  return out;
}

/** Take a share of the condensed contents (liquid and every solid: the vessel turned out into another). */
export function takeEverything(c: Contents, share = 1): Contents {
  const f = Math.min(1, Math.max(0, share));
  const out = emptyContents(c.temperatureK);
  shareIndicators(c, out, f);
  for (const [id, mol] of Object.entries(c.amounts)) {
    if (phaseOf(id) === 'g') continue;
    const grain = c.grainM[id];
    changeAmount(out, id, mol * f, grain);
    changeAmount(c, id, -mol * f);
    if (c.amounts[id] && grain !== undefined) c.grainM[id] = grain;
  }
  return out;
}

/** Take a share of the gas (a jar's gas poured out, a tube's gas pushed along the delivery tube). */
export function takeGasShare(c: Contents, share: number): Contents {
  const f = Math.min(1, Math.max(0, share));
  const out = emptyContents(c.temperatureK);
  for (const [id, mol] of Object.entries(c.amounts)) {
    if (phaseOf(id) !== 'g') continue;
    changeAmount(out, id, mol * f);
    changeAmount(c, id, -mol * f);
  }
  return out;
}

/** Take an amount of one species (a spatula of solid from a bottle, drops of a pure liquid). */
export function takeSpecies(c: Contents, id: string, mol: number): Contents {
  const out = emptyContents(c.temperatureK);
  const taken = Math.min(mol, amountOf(c, id));
  if (taken <= 0) return out;
  changeAmount(out, id, taken, c.grainM[id]);
  const grain = c.grainM[id];
  changeAmount(c, id, -taken);
  if (c.amounts[id] && grain !== undefined) c.grainM[id] = grain;
  return out;
}

/** Species present, by phase. */
export function present(c: Contents, phase?: Phase): string[] {
  const out: string[] = [];
  for (const id in c.amounts) if ((c.amounts[id] ?? 0) > TRACE_MOL && (!phase || phaseOf(id) === phase)) out.push(id);
  return out;
}
