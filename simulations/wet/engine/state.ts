/**
 * What the wet bench's engine keeps between steps, part by part: each vessel's contents and history
 * (../gas-train.ts `VesselState`), splints, thermometers, burettes, volumetric flasks, electrolysers, pieces of
 * phosphorus, copper plates, and the tallies of funnels and dishes; which events have happened. Plain JSON (it
 * travels in a saved experiment). An edit of the setup keeps what each part holds unless the properties it was
 * filled from changed (`carryOver`); a vessel is then filled afresh (`fillVessel`).
 */
import type { Setup, SetupPart } from '../../bench/setup';
import { emptyContents } from '../chem/contents';
import type { SplintState } from '../chem/gas-tests';
import { fillWithAir } from '../chem/gases';
import { ZERO_CELSIUS_K } from '../chem/species';
import { newPiece, type PieceState, type PlateState } from '../combustion';
import { noArmGas, type ArmGas } from '../electrolysis';
import type { Room, VesselState } from '../gas-train';
import { emptyVolumetric, type VolumetricProgress } from '../molar-solution';
import { GAS_JAR_ML } from '../parts/gas-jar';
import { startingContents } from '../reagents';
import { pourIn } from '../solution-prep';
import { adderCharge, freshAdder } from './adding';
import { freshStrip, type MeterState, type StripState } from './cell-step';
import { freshWire, type WireState } from '../copper-wire';
import type { DropCount, FilmState } from './film-step';
import { buretteCharge, fillBurette, type BuretteState } from '../titration-stand';

/** Parts that hold contents. */
export const VESSELS: ReadonlySet<string> = new Set(['test-tube', 'conical-flask', 'beaker', 'gas-jar', 'gas-syringe', 'funnel', 'evaporating-dish']);

export interface SplintNow {
  prop: string;
  state: SplintState;
  inJar: string | null;
}

export interface ThermometerNow {
  bulbC: number;
  inLiquid: boolean;
}

/** Funnels and dishes: what went where (../salt-purification.ts). */
export interface Tally {
  pouredIn: boolean;
  aboveEdge: boolean;
  sandThroughG: number;
  spiltG: number;
  spatteredG: number;
}

/** A dropper or spatula: what is still in it (mL of drops, g of powder), where it went last, what fell on the table. */
export interface AdderState {
  charge: string;
  left: number;
  into: string | null;
  spilled: number;
}

export interface WetState {
  vessels: Record<string, VesselState>;
  electrolysers: Record<string, ArmGas>;
  splints: Record<string, SplintNow>;
  thermometers: Record<string, ThermometerNow>;
  burettes: Record<string, BuretteState>;
  volumetric: Record<string, VolumetricProgress>;
  pieces: Record<string, PieceState>;
  plates: Record<string, PlateState>;
  tallies: Record<string, Tally>;
  /** Droppers and spatulas (./adding.ts). */
  adders: Record<string, AdderState>;
  /** Metal strips, the meter of simple cells and the ammeter of supplies (./cell-step.ts, ./plating-step.ts). */
  strips: Record<string, StripState>;
  meters: Record<string, MeterState>;
  /** Copper wires (../copper-wire.ts); absent in older saves. */
  wires?: Record<string, WireState>;
  /** Oil films on trays and drops counted in small cylinders (./film-step.ts); absent in older saves. */
  films?: Record<string, FilmState>;
  dropCounts?: Record<string, DropCount>;
  fired: string[];
}

/** The bench as a step sees it: the setup, the state and the room. */
export interface WetBench {
  readonly setup: Setup;
  readonly s: WetState;
  readonly room: Room;
}

/** Announce an event (once per run). */
export type Fire = (event: string) => void;

export const newTally = (): Tally => ({ pouredIn: false, aboveEdge: false, sandThroughG: 0, spiltG: 0, spatteredG: 0 });

export const emptyWetState = (): WetState => ({ vessels: {}, electrolysers: {}, splints: {}, thermometers: {}, burettes: {}, volumetric: {}, pieces: {}, plates: {}, tallies: {}, adders: {}, strips: {}, meters: {}, fired: [] });

export const celsius = (k: number) => k - ZERO_CELSIUS_K;

/** A vessel as its properties fill it: a gas jar with water or air by how it collects, a beaker with what was weighed and measured. */
export function fillVessel(setup: Setup | null, p: SetupPart, charge: string, room: Room): VesselState {
  const contents = p.kind === 'gas-jar' ? emptyContents(room.temperatureK) : startingContents(p, room.temperatureK, room.pressurePa);
  if (p.kind === 'beaker' && p.props.mixIn === true && setup) pourIn(contents, setup.parts.filter((q) => q.kind === 'balance'), setup.parts.filter((q) => q.kind === 'cylinder'));
  const water = p.kind === 'gas-jar' && p.props.collection === 'water';
  if (p.kind === 'gas-jar' && !water) fillWithAir(contents, GAS_JAR_ML, room.temperatureK, room.pressurePa);
  return { contents, charge, waterLeftMl: water ? GAS_JAR_ML : 0, cracked: false, madeMol: {}, outMl: 0, outRateMlPerS: 0, outAirShare: 1, drawnBackMl: 0, bareFlameS: 0 };
}

/** The properties a vessel is filled from: all but a test tube's stopper, which is put in and taken out with what the tube holds kept. */
function fillingProps(p: SetupPart): Record<string, unknown> {
  if (p.kind !== 'test-tube' || !('stopper' in p.props)) return p.props;
  const { stopper: _stopper, ...rest } = p.props;
  return rest;
}

/** The state for an edited setup: what each part held, unless the properties it was filled from changed. */
export function carryOver(setup: Setup, old: WetState, room: Room): WetState {
  const vessels: Record<string, VesselState> = {};
  for (const p of setup.parts) {
    if (!VESSELS.has(p.kind)) continue;
    const charge = JSON.stringify([p.kind, p.kind === 'gas-jar' ? p.props.collection : fillingProps(p)]);
    const was = old.vessels[p.id];
    vessels[p.id] = was && was.charge === charge ? was : fillVessel(setup, p, charge, room);
  }
  const splints: Record<string, SplintNow> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'splint')) {
    const was = old.splints[p.id], prop = String(p.props.flame);
    splints[p.id] = was && was.prop === prop ? was : { prop, state: prop === 'out' ? 'out' : (prop as SplintState), inJar: null };
  }
  const thermometers: Record<string, ThermometerNow> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'thermometer')) thermometers[p.id] = old.thermometers[p.id] ?? { bulbC: celsius(room.temperatureK), inLiquid: false };
  const electrolysers: Record<string, ArmGas> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'hofmann')) electrolysers[p.id] = old.electrolysers[p.id] ?? noArmGas();
  const burettes: Record<string, BuretteState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'burette')) {
    const was = old.burettes[p.id];
    burettes[p.id] = was && was.charge === buretteCharge(p) ? was : fillBurette(p);
  }
  const volumetric: Record<string, VolumetricProgress> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'volumetric-flask')) {
    const was = old.volumetric[p.id];
    volumetric[p.id] = was && was.charge === String(p.props.sizeMl) ? was : emptyVolumetric(String(p.props.sizeMl), room.temperatureK);
  }
  const pieces: Record<string, PieceState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'phosphorus')) {
    const was = old.pieces?.[p.id];
    pieces[p.id] = was && was.charge === JSON.stringify(p.props) ? was : newPiece(p, celsius(room.temperatureK));
  }
  const plates: Record<string, PlateState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'copper-plate')) plates[p.id] = old.plates?.[p.id] ?? { temperatureC: NaN };
  const tallies: Record<string, Tally> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'funnel' || q.kind === 'evaporating-dish')) tallies[p.id] = (vessels[p.id] === old.vessels[p.id] && old.tallies?.[p.id]) || newTally();
  const adders: Record<string, AdderState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'dropper' || q.kind === 'spatula')) {
    const was = old.adders?.[p.id];
    // Let go (or put level), it is full again at once.
    const active = p.props.squeeze === true || p.props.tipped === true;
    adders[p.id] = was && active && was.charge === adderCharge(p) ? was : freshAdder(p);
  }
  const strips: Record<string, StripState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'metal-strip')) {
    const was = old.strips?.[p.id];
    strips[p.id] = was && was.charge === String(p.props.metal) ? was : freshStrip(p);
  }
  const meters: Record<string, MeterState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'galvanometer' || q.kind === 'dc-supply')) meters[p.id] = old.meters?.[p.id] ?? { currentA: 0 };
  const wires: Record<string, WireState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'copper-wire')) wires[p.id] = old.wires?.[p.id] ?? freshWire(room.temperatureK);
  const films: Record<string, FilmState> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'oil-tray')) if (old.films?.[p.id]) films[p.id] = old.films[p.id];
  const dropCounts: Record<string, DropCount> = {};
  for (const p of setup.parts.filter((q) => q.kind === 'small-cylinder')) if (old.dropCounts?.[p.id]) dropCounts[p.id] = old.dropCounts[p.id];
  return { vessels, electrolysers, splints, thermometers, burettes, volumetric, pieces, plates, tallies, adders, strips, meters, wires, films, dropCounts, fired: old.fired };
}

/** A saved state read back (parts missing in older saves start empty). */
export function restoredState(state: unknown): WetState | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Partial<WetState>;
  return { vessels: s.vessels ?? {}, electrolysers: s.electrolysers ?? {}, splints: s.splints ?? {}, thermometers: s.thermometers ?? {}, burettes: s.burettes ?? {}, volumetric: s.volumetric ?? {}, pieces: s.pieces ?? {}, plates: s.plates ?? {}, tallies: s.tallies ?? {}, adders: s.adders ?? {}, strips: s.strips ?? {}, meters: s.meters ?? {}, wires: s.wires ?? {}, films: s.films ?? {}, dropCounts: s.dropCounts ?? {}, fired: s.fired ?? [] };
}
