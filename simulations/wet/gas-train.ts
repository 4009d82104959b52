/**
 * Where a vessel's gas goes along a delivery tube (a link from its `stopper` terminal to another part's `dip`
 * terminal or to another vessel) and what comes back when the vessel's gas shrinks:
 *  - into a gas jar: over water the gas pushes the jar's water out (排水法); by displacement of air it mixes
 *    with the jar's air and the jar's mix leaves at the mouth (./chem/gases.ts `receive`); a jar covered with
 *    its glass plate takes nothing;
 *  - into a liquid (the tube's end dipped into limewater): the gas bubbles through it and reacts with what is
 *    dissolved (CO₂ + Ca(OH)₂), the rest goes into the room;
 *  - a shrinking gas (the lamp taken away) draws back whatever is at the tube's end: water when the end is under
 *    water (倒吸), air otherwise.
 * The gas cools to the room's temperature on its way along the tube.
 */
import type { Setup, SetupLink, SetupPart } from '../bench/setup';
import { addInto, changeAmount, gasAmount, liquidVolumeMl, type Contents } from './chem/contents';
import { gasVolumeMl, overflow, receive } from './chem/gases';
import { reactStep } from './chem/kinetics';
import { AIR } from './chem/species';
import { GAS_JAR_ML } from './parts/gas-jar';
import { SYRINGE_ML } from './parts/gas-syringe';

export interface VesselState {
  contents: Contents;
  /** The properties it was filled from (refilled when they change). */
  charge: string;
  /** A gas jar over water: water still in it, mL. */
  waterLeftMl: number;
  cracked: boolean;
  /** Gas made by reactions in it, mol by species. */
  madeMol: Record<string, number>;
  /** Gas that has left it along its delivery tube, mL at the room's temperature and pressure. */
  outMl: number;
  /** Smoothed rate of gas leaving, mL/s, and the share of air in it. */
  outRateMlPerS: number;
  outAirShare: number;
  /** Water drawn back up the delivery tube from under water, mL (the tube holds DELIVERY_TUBE_ML). */
  drawnBackMl: number;
  /** A flame met hydrogen mixed with air in it (a jar, a generator): it exploded (the bench says so). */
  exploded?: boolean;
  /** A generator: a flame at its outlet set off a pop of hydrogen mixed with air; hydrogen burning quietly at its outlet now. */
  poppedAtOutlet?: boolean;
  outletFlame?: boolean;
  /** Seconds a beaker has stood over a bare flame. */
  bareFlameS: number;
  /** Seconds left of air stirred in by drops falling onto the liquid (through an oil layer, a breach in it). */
  airStirredS?: number;
  /** Hydrochloric acid was dropped onto precipitates it dissolves again (the crude salt's, before filtering: ../crude-salt-ions.ts). */
  acidOnPrecipitate?: boolean;
  /** SO₂ sent along the delivery tube that came out of the liquid at its end into the room, and what NaOH-soaked cotton at that tube's mouth took up, mol (absent: none). */
  so2EscapedMol?: number;
  so2AbsorbedMol?: number;
  /** Liquid that fell out of a tube lifted out of the water mouth down without its stopper, mL (absent: none; ./engine/inverted-tube.ts). */
  fellOutMl?: number;
  /** Liquid poured out of a tipped test tube (../engine/pouring.ts), mL, and how much of it missed every vessel and went on the bench. */
  pouredMl?: number;
  spiltMl?: number;
  /** A liquid of ethanol, acetic acid or ester boiling off (../engine/ester-step.ts); absent in older saves. */
  distil?: DistilState;
}

export interface DistilState {
  /** Condensate sent along the delivery tube (or lost from an open tube), mL. */
  distilledMl: number;
  /** Vapour that left the delivery tube uncondensed, mL as liquid (absent in older saves). */
  escapedMl?: number;
  /** Smoothed rate, mL/min. */
  rateMlPerMin: number;
  /** Seconds boiling since the last bump (no broken porcelain: 暴沸), and how many bumps. */
  superheatS: number;
  bumps: number;
  /** It boiled: its gas space is full of vapour, which condenses when the heating falters. */
  vapourFilled: boolean;
  /** The receiver's liquid ran back into it (倒吸), mL. */
  suckedBackMl: number;
}

/** A delivery tube's inside: 50 cm of 3.5 mm bore, mL. Water drawn back beyond it reaches the vessel. */
export const DELIVERY_TUBE_ML = 4.8;

export interface Room {
  temperatureK: number;
  pressurePa: number;
}

/** The link carrying a vessel's gas away (from its stopper), and the part and terminal at the other end. */
export function deliveryOf(setup: Setup, vesselId: string): { link: SetupLink; to: { part: string; terminal: string } } | null {
  for (const l of setup.links) {
    if (l.from.part === vesselId && l.from.terminal === 'stopper') return { link: l, to: l.to };
    if (l.to.part === vesselId && l.to.terminal === 'stopper') return { link: l, to: l.from };
  }
  return null;
}

/**
 * Whether the delivery tube's end is under water (a jar collecting over water stands in a trough; a dip into a liquid),
 * not when it is held in a test tube's mouth above the liquid (`terminal` 'mouth').
 */
export function endUnderWater(target: SetupPart | undefined, state: VesselState | undefined, terminal?: string): boolean {
  if (!target || !state || terminal === 'mouth') return false;
  if (target.kind === 'gas-jar') return target.props.collection === 'water';
  return liquidVolumeMl(state.contents) > 0;
}

export interface Delivered {
  /** Gas that went on into the room, mol. */
  toRoomMol: number;
  jarFilled: boolean;
}

/** Send gas (taken out of a vessel) to the part at the delivery tube's end. */
export function deliver(gas: Contents, target: SetupPart | undefined, state: VesselState | undefined, room: Room, dtS: number, terminal?: string): Delivered {
  gas.temperatureK = room.temperatureK;
  const none: Delivered = { toRoomMol: gasAmount(gas), jarFilled: false };
  if (!target || !state || state.cracked || gasAmount(gas) <= 0) return none;
  if (target.kind === 'gas-jar') {
    if (target.props.covered === true || target.props.collecting === false) return none;
    const water = target.props.collection === 'water' ? state.waterLeftMl : 0;
    const r = receive(state.contents, gas, GAS_JAR_ML, water, room.temperatureK, room.pressurePa);
    if (target.props.collection === 'water') state.waterLeftMl = Math.max(0, state.waterLeftMl - r.waterDisplacedMl);
    return { toRoomMol: gasAmount(r.escaped), jarFilled: target.props.collection === 'water' && state.waterLeftMl <= 1e-9 };
  }
  if (target.kind === 'gas-syringe') {
    // The plunger moves out as the gas comes in; past its stop the gas leaks out.
    addInto(state.contents, gas);
    const { out } = overflow(state.contents, SYRINGE_ML, room.temperatureK, room.pressurePa);
    return { toRoomMol: gasAmount(out), jarFilled: false };
  }
  if (liquidVolumeMl(state.contents) > 0 && terminal !== 'mouth') {
    reactStep(state.contents, { gas, pressurePa: room.pressurePa, burning: new Set() }, dtS);
    return { toRoomMol: gasAmount(gas), jarFilled: false };
  }
  addInto(state.contents, gas);
  const { out } = overflow(state.contents, 30, room.temperatureK, room.pressurePa);
  return { toRoomMol: gasAmount(out), jarFilled: false };
}

/** Room air drawn back into a vessel whose gas shrank, when the tube's end is in air. */
export function drawAir(c: Contents, mol: number): void {
  for (const [id, x] of Object.entries(AIR)) changeAmount(c, id, mol * x);
}

/** Update a vessel's outflow figures with the gas that left it in a step. */
export function countOutflow(s: VesselState, gas: Contents, room: Room, dtS: number): void {
  const n = gasAmount(gas);
  const ml = gasVolumeMl(n, room.temperatureK, room.pressurePa);
  s.outMl += ml;
  const k = 1 - Math.exp(-dtS / 1);
  s.outRateMlPerS += (ml / dtS - s.outRateMlPerS) * k;
  if (n > 0) s.outAirShare += ((gas.amounts['N2(g)'] ?? 0) / n / AIR['N2(g)'] - s.outAirShare) * k;
}
