/**
 * A coiled copper wire and ethanol (人教版 化学 必修第二册 第七章第三节 实验7-5 乙醇的催化氧化; 实验活动9): the coil heated in
 * the alcohol lamp's outer flame turns black, 2Cu + O₂ = 2CuO (the table's `copper-heated-in-air` on the coil's
 * surface, the air's oxygen at 0.21 atm); plunged while hot into ethanol it is red and bright again at once,
 * CuO + CH₃CH₂OH = Cu + CH₃CHO + H₂O (`ethanol-copper-oxide`), and the tube smells of acetaldehyde. Over and over, the
 * copper is not used up: a catalyst of 2CH₃CH₂OH + O₂ → 2CH₃CHO + 2H₂O. Amounts follow the table's coefficients
 * (./chem/reaction-data.ts, checked by the balancer); a black coil dipped cold changes only slowly (the rate's
 * Arrhenius factor: the textbook's 趁热插入).
 *
 * The coil is a lumped body (copper 0.385 J/(g·K)): it tends to the flame's temperature, the room's in air, or the
 * liquid's it is in, each with its own time constant (estimates of the right size: a thin wire glows in a few
 * seconds and cools in tens of seconds in air, in under a second in a liquid); what it gives a liquid warms that
 * liquid. The wire is 1 g of 0.5 mm copper (57 cm, most of it in the coil); its surface (4V/d for a wire) is taken as
 * 6V/d′ with d′ = 0.75 mm, the contents' grain model (./chem/contents.ts).
 */
import { amountOf, changeAmount, emptyContents, heatCapacityJPerK, phaseOf, present, type Contents } from './chem/contents';
import { reactStep } from './chem/kinetics';
import { reaction } from './chem/reactions';
import { molarMassOf, species } from './chem/species';

export const WIRE_G = 1;
export const WIRE_GRAIN_M = 7.5e-4;
/** What the coil reaches in the outer flame, °C: it glows dull red (an estimate: an alcohol flame is 500–700 °C). */
export const FLAME_WIRE_C = 600;
const TAU_FLAME_S = 3;
const TAU_AIR_S = 10;
const TAU_LIQUID_S = 0.3;
/** A film of oxide this thick looks black all over, m (a fraction of a micrometre: copper's temper colours come first). */
const BLACK_FILM_M = 3e-7;
const WIRE_SPECIES: ReadonlySet<string> = new Set(['Cu(s)', 'CuO(s)']);

export interface WireState {
  /** The coil: Cu(s) and the CuO(s) film on it, at the coil's temperature. */
  contents: Contents;
  /** The vessel whose liquid the coil is in, and how many times it has been plunged into a liquid. */
  inLiquid: string | null;
  dips: number;
  /** It has been black (so turning bright again is news). */
  wasBlack: boolean;
  /** Gas it has made in liquids, mol by species (acetaldehyde). */
  madeMol: Record<string, number>;
}

export type WirePlace =
  | { kind: 'flame' }
  | { kind: 'air' }
  | { kind: 'liquid'; id: string; contents: Contents; glassJPerK: number };

export function freshWire(roomK: number): WireState {
  const contents = emptyContents(roomK);
  changeAmount(contents, 'Cu(s)', WIRE_G / molarMassOf('Cu(s)'), WIRE_GRAIN_M);
  return { contents, inLiquid: null, dips: 0, wasBlack: false, madeMol: {} };
}

/** The oxide film's thickness, m: its volume over the coil's surface. */
export function filmThicknessM(w: WireState): number {
  const cuo = species('CuO(s)'), cu = species('Cu(s)');
  const filmM3 = ((amountOf(w.contents, 'CuO(s)') * molarMassOf('CuO(s)')) / cuo.densityGPerMl!) * 1e-6;
  const wireM3 = (WIRE_G / cu.densityGPerMl!) * 1e-6;
  return filmM3 / ((6 * wireM3) / WIRE_GRAIN_M);
}

/** How black the coil looks, 0 (bright copper) … 1 (black all over). */
export const blackness = (w: WireState) => Math.min(1, filmThicknessM(w) / BLACK_FILM_M);

/** Copper in the wire, as metal and in the oxide, g (what a balance would find after the oxide is reduced again). */
export const copperG = (w: WireState) => (amountOf(w.contents, 'Cu(s)') + amountOf(w.contents, 'CuO(s)')) * molarMassOf('Cu(s)');

/** The coil for dtS seconds where it is: it warms or cools, reacts with the air or with the liquid it is in. */
export function stepWire(w: WireState, place: WirePlace, roomK: number, pressurePa: number, dtS: number): void {
  const c = w.contents;
  const liquid = place.kind === 'liquid' ? place : null;
  if (liquid && w.inLiquid !== liquid.id) w.dips++;
  w.inLiquid = liquid?.id ?? null;
  // The liquid's species meet the coil's surface at the coil's temperature: they are lent to it for the step.
  if (liquid) {
    for (const id of present(liquid.contents)) {
      const ph = phaseOf(id);
      if (ph !== 'l' && ph !== 'aq') continue;
      changeAmount(c, id, amountOf(liquid.contents, id));
      changeAmount(liquid.contents, id, -amountOf(liquid.contents, id));
    }
  }
  // Under the liquid no air reaches the coil; the gas it makes there rises into the vessel.
  const madeGas = emptyContents(c.temperatureK);
  const r = reactStep(c, { gas: liquid ? madeGas : 'air', pressurePa, burning: new Set() }, dtS);
  for (const [id, rate] of r.rates) for (const [sp, nu] of reaction(id).products) if (phaseOf(sp) === 'g') w.madeMol[sp] = (w.madeMol[sp] ?? 0) + nu * rate * dtS;
  if (liquid) {
    for (const id of present(madeGas)) changeAmount(liquid.contents, id, amountOf(madeGas, id));
    for (const id of present(c)) {
      if (WIRE_SPECIES.has(id)) continue;
      changeAmount(liquid.contents, id, amountOf(c, id), c.grainM[id]);
      changeAmount(c, id, -amountOf(c, id));
    }
  }
  // Heat: the reaction's into the coil (in the air) or the liquid; then the coil tends to where it is.
  const cap = heatCapacityJPerK(c);
  const targetK = place.kind === 'flame' ? FLAME_WIRE_C + 273.15 : liquid ? liquid.contents.temperatureK : roomK;
  const tau = place.kind === 'flame' ? TAU_FLAME_S : liquid ? TAU_LIQUID_S : TAU_AIR_S;
  const before = c.temperatureK + (liquid ? 0 : r.heatJ / cap);
  c.temperatureK = targetK + (before - targetK) * Math.exp(-dtS / tau);
  if (liquid) liquid.contents.temperatureK += (cap * (before - c.temperatureK) + r.heatJ) / (heatCapacityJPerK(liquid.contents) + liquid.glassJPerK);
  if (blackness(w) >= 0.5) w.wasBlack = true;
}
