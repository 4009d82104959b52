/**
 * A step of the simple cells (../cell.ts): for each beaker, the metal strips dipped in its liquid; two of them joined
 * outside (a wire from clip to clip, or through the meter's terminals) drive a current; zinc dissolves by its own
 * reaction with the acid (hydrogen on the zinc) and by the cell's (hydrogen on the other strip), both from the
 * reaction table (../chem/reaction-data.ts `zinc-h2so4`, `zinc-copper-cell`). Two strips wired to a supply's posts
 * instead are electrodes of an electrolytic cell (./plating-step.ts); a strip dipped in hot alkali loses its oil, and
 * lifted out of the liquid it drops the copper that did not hold (../electroplating.ts).
 */
import type { SetupPart } from '../../bench/setup';
import { amountOf, changeAmount, cloneContents } from '../chem/contents';
import { reactStep } from '../chem/kinetics';
import { molarMassOf } from '../chem/species';
import { cellCurrent, DIPPED_AREA_M2, STRIP_GAP_M } from '../cell';
import { greaseAfter } from '../electroplating';
import { fuelCellStep, sulfateOhm } from '../fuel-cell';
import { METER_RESISTANCE_OHM } from '../parts/galvanometer';
import { STRIP_HALF_M, STRIP_VOLUME_CM3 } from '../parts/metal-strip';
import { worldPoint } from '../pose';
import { inBeaker, wiredTo } from './places';
import { stepPlating, suppliedCell } from './plating-step';
import type { Fire, WetBench } from './state';

export interface StripState {
  charge: string;
  /** Metal left in the strip, mol. */
  metalMol: number;
  /** Hydrogen given off at its surface, mol. */
  h2Mol: number;
  /** The beaker it is dipped in now (null: in the air). */
  dippedIn: string | null;
  /** Hydrogen coming off it in the last step, mol/s. */
  h2MolPerS?: number;
  /** Copper plated onto it that holds, and that lies loose on its oily share (falls off when it is lifted out), mol. */
  platedMol?: number;
  looseMol?: number;
  /** Loose copper it has dropped on being lifted out, mol. */
  flakedMol?: number;
  /** A graphite rod: hydrogen and oxygen held in its pores, mol (../fuel-cell.ts); oxygen given off as bubbles. */
  h2HeldMol?: number;
  o2HeldMol?: number;
  o2Mol?: number;
  o2MolPerS?: number;
  /** Share of its surface still oily (an iron piece before degreasing: 1). */
  greaseLeft?: number;
}

export interface MeterState {
  /** Current through it, A (positive: in at its + terminal). */
  currentA: number;
  /** Charge that has passed through it, C. */
  chargeC?: number;
}

/** The metal of each strip; zinc and copper also react with what they are dipped in (iron's displacement coating is left out). */
export const STRIP_SPECIES: Record<string, string> = { zinc: 'Zn(s)', copper: 'Cu(s)', iron: 'Fe(s)', graphite: 'C(s)' };
const REACTING: Record<string, string> = { zinc: 'Zn(s)', copper: 'Cu(s)' };
const DENSITY: Record<string, number> = { zinc: 7.14, copper: 8.96, iron: 7.87, graphite: 2.2 };
/** A quarter of the strip (2 of its 8 cm) is under the liquid: its two faces, 4 cm², as grains of the same surface. */
const DIPPED_SHARE = 0.25;
const DIPPED_GRAIN_M = 1.5e-3;
/** An iron piece as it comes (a key from the pocket, a sheet from the store): oil over most of its surface. */
export const FRESH_IRON_OILY_SHARE = 0.6;

export function freshStrip(p: SetupPart): StripState {
  const metal = String(p.props.metal);
  const fresh: StripState = { charge: metal, metalMol: (STRIP_VOLUME_CM3 * DENSITY[metal]) / molarMassOf(STRIP_SPECIES[metal]), h2Mol: 0, dippedIn: null };
  // An iron piece comes oily (a key from the pocket, a sheet from the store): degrease it before plating.
  return metal === 'iron' ? { ...fresh, greaseLeft: FRESH_IRON_OILY_SHARE } : fresh;
}

/** A strip's mass, g: its metal and the copper on it. */
export function stripMassG(p: SetupPart, st: StripState): number {
  return st.metalMol * molarMassOf(STRIP_SPECIES[String(p.props.metal)]) + ((st.platedMol ?? 0) + (st.looseMol ?? 0)) * molarMassOf('Cu(s)');
}

/** The share of the copper deposited on a strip that did not hold (loose on it, or dropped), %. */
export function looseSharePct(st: StripState): number {
  const loose = (st.looseMol ?? 0) + (st.flakedMol ?? 0), all = loose + (st.platedMol ?? 0);
  return all > 0 ? (100 * loose) / all : 0;
}

/**
 * Two graphite rods joined outside: the rod holding hydrogen is the negative pole, the one holding oxygen the positive
 * (whichever way round gives the larger EMF); the meter's reading signed by which post the current comes in at.
 */
function stepFuelCell(b: WetBench, x: SetupPart, y: SetupPart, link: { ohm: number; meter: string | null; xAtPlus: boolean }, temperatureK: number, dtS: number, fire: Fire): void {
  const sx = b.s.strips[x.id], sy = b.s.strips[y.id];
  const ohm = link.ohm + sulfateOhm(STRIP_GAP_M, DIPPED_AREA_M2);
  const xy = fuelCellStep(sx.h2HeldMol ?? 0, sy.o2HeldMol ?? 0, temperatureK, ohm, dtS);
  const yx = fuelCellStep(sy.h2HeldMol ?? 0, sx.o2HeldMol ?? 0, temperatureK, ohm, dtS);
  const xNegative = xy.currentA >= yx.currentA;
  const r = xNegative ? xy : yx;
  if (xNegative) [sx.h2HeldMol, sy.o2HeldMol] = [r.h2Mol, r.o2Mol];
  else [sy.h2HeldMol, sx.o2HeldMol] = [r.h2Mol, r.o2Mol];
  if (!link.meter || !(r.currentA > 0)) return;
  // Outside, the current leaves the positive (oxygen) rod: into the meter at the post that rod is wired to.
  const m = b.s.meters[link.meter];
  m.currentA = xNegative === link.xAtPlus ? -r.currentA : r.currentA;
  m.chargeC = (m.chargeC ?? 0) + r.currentA * dtS;
  if (r.currentA > 1e-3) fire('pointerMoves');
}

/** How two strips are joined outside the liquid: a wire, the meter (which way round), or not at all. */
function joined(b: WetBench, x: SetupPart, y: SetupPart): { ohm: number; meter: string | null; xAtPlus: boolean } | null {
  const ax = wiredTo(b, x.id), ay = wiredTo(b, y.id);
  if (ax.some((e) => e.part === y.id && e.terminal === 'clip')) return { ohm: 0, meter: null, xAtPlus: false };
  for (const e of ax) {
    const meter = b.setup.parts.find((p) => p.id === e.part && p.kind === 'galvanometer');
    if (meter && ay.some((f) => f.part === meter.id && f.terminal !== e.terminal)) return { ohm: METER_RESISTANCE_OHM, meter: meter.id, xAtPlus: e.terminal === '+' };
  }
  return null;
}

export function stepCells(b: WetBench, dtS: number, fire: Fire): void {
  const { setup, s } = b;
  const strips = setup.parts.filter((p) => p.kind === 'metal-strip' && s.strips[p.id]);
  for (const m of Object.values(s.meters)) m.currentA = 0;
  for (const p of strips) {
    const st = s.strips[p.id];
    const at = inBeaker(b, worldPoint(p, 0, STRIP_HALF_M - 0.002));
    const was = st.dippedIn;
    st.dippedIn = at?.inLiquid ? at.beaker.id : null;
    st.h2MolPerS = 0;
    st.o2MolPerS = 0;
    // Lifted out, the loose copper stays behind on the beaker's bottom.
    if (was && !st.dippedIn && (st.looseMol ?? 0) > 0) {
      const left = s.vessels[was];
      if (left) changeAmount(left.contents, 'Cu(s)', st.looseMol ?? 0, DIPPED_GRAIN_M);
      st.flakedMol = (st.flakedMol ?? 0) + (st.looseMol ?? 0);
      st.looseMol = 0;
    }
    if (at?.inLiquid && st.greaseLeft) st.greaseLeft = greaseAfter(st.greaseLeft, at.v.contents, dtS);
  }
  for (const beaker of setup.parts.filter((p) => p.kind === 'beaker')) {
    const v = s.vessels[beaker.id];
    const dipped = strips.filter((p) => s.strips[p.id].dippedIn === beaker.id);
    if (!v || !dipped.length) continue;
    // The first two strips dipped here, if joined outside, make the cell.
    const [x, y] = dipped;
    const supplied = x && y ? suppliedCell(b, x, y) : null;
    if (supplied) {
      stepPlating(b, supplied, v, dtS, fire);
      continue;
    }
    const link = x && y ? joined(b, x, y) : null;
    if (link && x.props.metal === 'graphite' && y.props.metal === 'graphite') {
      stepFuelCell(b, x, y, link, v.contents.temperatureK, dtS, fire);
      continue;
    }
    const drive = link ? cellCurrent(String(x.props.metal), String(y.props.metal), v.contents, link.ohm) : { currentA: 0, negative: null };
    const negative = drive.negative === 'a' ? x : drive.negative === 'b' ? y : null;
    const positive = negative === x ? y : negative === y ? x : null;
    if (link?.meter && positive) {
      s.meters[link.meter].currentA = (positive === x) === link.xAtPlus ? drive.currentA : -drive.currentA;
      if (drive.currentA > 1e-3) fire('pointerMoves');
    }
    for (const p of dipped) {
      const st = s.strips[p.id];
      const metal = REACTING[String(p.props.metal)];
      if (!metal || st.metalMol <= 0) continue;
      // The strip's dipped part meets the liquid; the cell's current flows only from the negative strip.
      const work = cloneContents(v.contents);
      // Only the strip's own metal reacts here (copper fallen off a plated piece lies on the bottom, apart).
      const lying = amountOf(work, metal);
      changeAmount(work, metal, st.metalMol * DIPPED_SHARE - lying, DIPPED_GRAIN_M);
      const current = p === negative ? drive.currentA : 0;
      const r = reactStep(work, { gas: 'air', pressurePa: b.room.pressurePa, burning: new Set(), currentA: { 'zinc-copper-cell': current } }, dtS);
      st.metalMol -= st.metalMol * DIPPED_SHARE - amountOf(work, metal);
      changeAmount(work, metal, lying - amountOf(work, metal));
      v.contents.amounts = work.amounts;
      const own = r.rates.get('zinc-h2so4') ?? 0, cell = r.rates.get('zinc-copper-cell') ?? 0;
      st.h2Mol += own * dtS;
      st.h2MolPerS = (st.h2MolPerS ?? 0) + own;
      if (positive) {
        s.strips[positive.id].h2Mol += cell * dtS;
        s.strips[positive.id].h2MolPerS = (s.strips[positive.id].h2MolPerS ?? 0) + cell;
      }
    }
    for (const p of dipped) if (p.props.metal === 'copper' && s.strips[p.id].h2Mol > 2e-6) fire('bubblesOnCopper');
  }
}
