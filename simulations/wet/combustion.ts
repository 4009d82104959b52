/**
 * The conditions for burning (燃烧的条件, 人教版 化学 九年级上册 第七单元 课题1 实验7-1): pieces of phosphorus
 * (./parts/phosphorus.ts) and where they lie decide whether they burn; nothing is scripted. A piece catches fire
 * when all three hold: it is a fuel (its burning reaction is in the data table), the gas around it has at least
 * the reaction's least oxygen fraction, and the piece has reached the reaction's ignition temperature (white
 * phosphorus 40 °C, red 240 °C, ./chem/reaction-data.ts). Once alight it keeps burning while there is fuel and
 * oxygen (its own flame keeps it hot) and goes out when either is gone: a piece pushed under water goes out.
 *
 * Where a piece is (its centre), first match:
 *  - on a copper plate (within the plate's width, up to 1.2 cm above its top): the plate's temperature, air;
 *  - in a beaker's water: the water's temperature; oxygen only from a gas tube (./parts/gas-tube.ts) whose end is
 *    under the same water within 2.5 cm of it, flowing: oxygen (fraction 1) or air (0.21); else none (the oxygen
 *    dissolved in hot water, a few mg per litre, is not counted);
 *  - elsewhere: the room's air and temperature.
 * A piece follows its surroundings' temperature with a first-order lag (τ 4 s on copper, 3 s in water, 30 s in
 * air: a 5 mm piece, our estimate). A plate lying on a beaker's mouth (within 4 cm of its axis, its underside
 * within 8 mm of the rim) warms towards room + 0.85 × (water − room) with τ 15 s (steam condensing under it
 * heats it, the air above cools it: an assumption, which puts a plate over 80 °C water at about 71 °C, between
 * the two ignition temperatures as the demonstration needs); over a lit lamp's flame (its tip from 2 cm above
 * the plate to 6 cm below, as the outer flame meets a gauze) towards 300 °C (a thin copper sheet in a
 * spirit-lamp flame, the textbook's 乒乓球碎片/滤纸碎片 step); else towards the room.
 *
 * Burning runs the reaction engine (./chem/kinetics.ts, `burning` basis): 4P + 5O₂ = 2P₂O₅ by the balanced
 * coefficients, so the white smoke's mass is 283.9/123.9 of the phosphorus burnt.
 */
import type { Setup, SetupPart } from '../bench/setup';
import { amountOf, changeAmount, emptyContents, massOfG, type Contents } from './chem/contents';
import { reactStep } from './chem/kinetics';
import { burningOf } from './chem/reactions';
import { molarMassOf } from './chem/species';
import { FLAME_TIP_Y_M } from './parts/alcohol-lamp';
import { COPPER_PLATE_W_M } from './parts/copper-plate';
import { GAS_TUBE_END_Y_M } from './parts/gas-tube';
import { worldPoint, type Point } from './pose';

export const FUEL_OF: Record<string, string> = { white: 'P:white(s)', red: 'P:red(s)' };
const PIECE_GRAIN_M = 5e-3;
const TAU_S = { plate: 4, water: 3, air: 30 } as const;
const PLATE_TAU_S = 15;
const PLATE_SHARE_OF_WATER = 0.85;
const PLATE_IN_FLAME_C = 300;
const TUBE_REACH_M = 0.025;

export type Place = 'plate' | 'water' | 'air';

export interface PieceState {
  /** The piece and what its burning made (P₂O₅ as the smoke's mass). */
  contents: Contents;
  temperatureC: number;
  burning: boolean;
  startG: number;
  place: Place;
  charge: string;
}

export interface PlateState {
  temperatureC: number;
}

/** What the engine tells about a point in a beaker's water (null: not under water). */
export type WaterAt = (q: Point) => { beakerId: string; temperatureC: number } | null;

export interface Surroundings {
  place: Place;
  temperatureC: number;
  o2Fraction: number;
}

export interface CombustionEvents {
  ignited: { part: string; place: Place }[];
  wentOut: string[];
}

const fuelOf = (p: SetupPart) => FUEL_OF[String(p.props.variety)] ?? FUEL_OF.white;

export function newPiece(p: SetupPart, roomC: number): PieceState {
  const contents = emptyContents(roomC + 273.15);
  changeAmount(contents, fuelOf(p), Number(p.props.massG) / molarMassOf(fuelOf(p)), PIECE_GRAIN_M);
  return { contents, temperatureC: roomC, burning: false, startG: Number(p.props.massG), place: 'air', charge: JSON.stringify(p.props) };
}

/** The plate under a piece, if it lies on one. */
export function plateUnder(setup: Setup, piece: SetupPart): SetupPart | undefined {
  return setup.parts.find((c) => c.kind === 'copper-plate' && Math.abs(piece.xM - c.xM) <= COPPER_PLATE_W_M / 2 && piece.yM <= c.yM && piece.yM >= c.yM - 0.012);
}

/** The beaker whose mouth a plate lies on. */
export function beakerUnder(setup: Setup, plate: SetupPart): SetupPart | undefined {
  return setup.parts.find((b) => b.kind === 'beaker' && Math.abs(b.xM - plate.xM) < 0.04 && Math.abs(plate.yM + 0.0015 - (b.yM - 0.0475)) < 0.008);
}

/** The temperature a plate warms towards, °C. */
export function plateTargetC(setup: Setup, plate: SetupPart, roomC: number, waterC: (beakerId: string) => number | null): number {
  const flame = setup.parts.some((l) => {
    if (l.kind !== 'alcohol-lamp' || l.props.lit !== true) return false;
    const tip = worldPoint(l, 0, FLAME_TIP_Y_M);
    return Math.abs(tip.x - plate.xM) < COPPER_PLATE_W_M / 2 && tip.y >= plate.yM - 0.02 && tip.y <= plate.yM + 0.06;
  });
  if (flame) return PLATE_IN_FLAME_C;
  const b = beakerUnder(setup, plate);
  const w = b ? waterC(b.id) : null;
  return w === null ? roomC : roomC + PLATE_SHARE_OF_WATER * (w - roomC);
}

/** What a piece's surroundings are now. */
export function surroundingsOf(setup: Setup, piece: SetupPart, plates: Record<string, PlateState>, roomC: number, waterAt: WaterAt): Surroundings {
  const plate = plateUnder(setup, piece);
  if (plate) return { place: 'plate', temperatureC: plates[plate.id]?.temperatureC ?? roomC, o2Fraction: 0.21 };
  const here = { x: piece.xM, y: piece.yM };
  const w = waterAt(here);
  if (w) {
    const tube = setup.parts.find((g) => {
      if (g.kind !== 'gas-tube' || g.props.flowing !== true) return false;
      const end = worldPoint(g, 0, GAS_TUBE_END_Y_M);
      return Math.hypot(end.x - here.x, end.y - here.y) <= TUBE_REACH_M && waterAt(end)?.beakerId === w.beakerId;
    });
    return { place: 'water', temperatureC: w.temperatureC, o2Fraction: !tube ? 0 : tube.props.gas === 'air' ? 0.21 : 1 };
  }
  return { place: 'air', temperatureC: roomC, o2Fraction: 0.21 };
}

/** The gas around a piece as contents the reaction engine can draw oxygen from (plenty: it is renewed each step). */
function gasAround(o2Fraction: number): Contents {
  const g = emptyContents(293.15);
  changeAmount(g, 'O2(g)', o2Fraction);
  changeAmount(g, 'N2(g)', 1 - o2Fraction);
  return g;
}

/**
 * One step of a piece: temperature towards its surroundings, catching fire or going out by the three
 * conditions, burning by the reaction's rate law. Returns 'ignited', 'out' or null.
 */
export function stepPiece(s: PieceState, fuel: string, around: Surroundings, pressurePa: number, dtS: number): 'ignited' | 'out' | null {
  s.place = around.place;
  s.temperatureC = around.temperatureC + (s.temperatureC - around.temperatureC) * Math.exp(-dtS / TAU_S[around.place]);
  const r = burningOf(fuel);
  if (!r) return null;
  const ignitionC = r.conditions.ignitionC ?? Infinity, minO2 = r.conditions.minO2Fraction ?? 0;
  const hasFuel = amountOf(s.contents, fuel) > 0;
  let change: 'ignited' | 'out' | null = null;
  if (!s.burning && hasFuel && around.o2Fraction >= minO2 && around.o2Fraction > 0 && s.temperatureC >= ignitionC) {
    s.burning = true;
    change = 'ignited';
  } else if (s.burning && (!hasFuel || around.o2Fraction < minO2 || around.o2Fraction <= 0)) {
    s.burning = false;
    change = 'out';
  }
  if (s.burning) {
    reactStep(s.contents, { gas: gasAround(around.o2Fraction), pressurePa, burning: new Set([fuel]) }, dtS);
    if (!(amountOf(s.contents, fuel) > 0)) {
      s.burning = false;
      change = change ?? 'out';
    }
  }
  return change;
}

/** Step a plate's temperature towards its target. */
export function stepPlate(s: PlateState, targetC: number, dtS: number): void {
  s.temperatureC = targetC + (s.temperatureC - targetC) * Math.exp(-dtS / PLATE_TAU_S);
}

/** A piece's values: burning (1/0), temperatureC, leftG, burnedG, smokeG (P₂O₅ made). */
export function pieceValue(s: PieceState, fuel: string, name: string): number {
  switch (name) {
    case 'burning':
      return s.burning ? 1 : 0;
    case 'temperatureC':
      return s.temperatureC;
    case 'leftG':
      return massOfG(s.contents, fuel);
    case 'burnedG':
      return s.startG - massOfG(s.contents, fuel);
    case 'smokeG':
      return massOfG(s.contents, 'P2O5(s)');
    default:
      return NaN;
  }
}

export { fuelOf };
