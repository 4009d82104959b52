/**
 * A step of the simple cells (../cell.ts): for each beaker, the metal strips dipped in its liquid; two of them joined
 * outside (a wire from clip to clip, or through the meter's terminals) drive a current; zinc dissolves by its own
 * reaction with the acid (hydrogen on the zinc) and by the cell's (hydrogen on the other strip), both from the
 * reaction table (../chem/reaction-data.ts `zinc-h2so4`, `zinc-copper-cell`).
 */
import type { SetupPart } from '../../bench/setup';
import { amountOf, changeAmount, cloneContents } from '../chem/contents';
import { reactStep } from '../chem/kinetics';
import { molarMassOf } from '../chem/species';
import { cellCurrent } from '../cell';
import { METER_RESISTANCE_OHM } from '../parts/galvanometer';
import { STRIP_HALF_M, STRIP_VOLUME_CM3 } from '../parts/metal-strip';
import { worldPoint } from '../pose';
import { inBeaker } from './places';
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
}

export interface MeterState {
  /** Current through it, A (positive: in at its + terminal). */
  currentA: number;
}

const SPECIES: Record<string, string> = { zinc: 'Zn(s)', copper: 'Cu(s)' };
const DENSITY: Record<string, number> = { zinc: 7.14, copper: 8.96 };
/** A quarter of the strip (2 of its 8 cm) is under the liquid: its two faces, 4 cm², as grains of the same surface. */
const DIPPED_SHARE = 0.25;
const DIPPED_GRAIN_M = 1.5e-3;

export function freshStrip(p: SetupPart): StripState {
  const metal = String(p.props.metal);
  return { charge: metal, metalMol: (STRIP_VOLUME_CM3 * DENSITY[metal]) / molarMassOf(SPECIES[metal]), h2Mol: 0, dippedIn: null };
}

/** What a strip's clip is wired to: the parts and terminals at the other ends of its links. */
function wiredTo(b: WetBench, partId: string): { part: string; terminal: string }[] {
  const out: { part: string; terminal: string }[] = [];
  for (const l of b.setup.links) {
    if (l.from.part === partId && l.from.terminal === 'clip') out.push(l.to);
    if (l.to.part === partId && l.to.terminal === 'clip') out.push(l.from);
  }
  return out;
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
    const at = inBeaker(b, worldPoint(p, 0, STRIP_HALF_M - 0.002));
    s.strips[p.id].dippedIn = at?.inLiquid ? at.beaker.id : null;
    s.strips[p.id].h2MolPerS = 0;
  }
  for (const beaker of setup.parts.filter((p) => p.kind === 'beaker')) {
    const v = s.vessels[beaker.id];
    const dipped = strips.filter((p) => s.strips[p.id].dippedIn === beaker.id);
    if (!v || !dipped.length) continue;
    // The first two strips dipped here, if joined outside, make the cell.
    const [x, y] = dipped;
    const link = x && y ? joined(b, x, y) : null;
    const drive = link ? cellCurrent(String(x.props.metal), String(y.props.metal), v.contents, link.ohm) : { currentA: 0, negative: null };
    const negative = drive.negative === 'a' ? x : drive.negative === 'b' ? y : null;
    const positive = negative === x ? y : negative === y ? x : null;
    if (link?.meter && positive) {
      s.meters[link.meter].currentA = (positive === x) === link.xAtPlus ? drive.currentA : -drive.currentA;
      if (drive.currentA > 1e-3) fire('pointerMoves');
    }
    for (const p of dipped) {
      const st = s.strips[p.id];
      const metal = SPECIES[String(p.props.metal)];
      if (!metal || st.metalMol <= 0) continue;
      // The strip's dipped part meets the liquid; the cell's current flows only from the negative strip.
      const work = cloneContents(v.contents);
      changeAmount(work, metal, st.metalMol * DIPPED_SHARE, DIPPED_GRAIN_M);
      const current = p === negative ? drive.currentA : 0;
      const r = reactStep(work, { gas: 'air', pressurePa: b.room.pressurePa, burning: new Set(), currentA: { 'zinc-copper-cell': current } }, dtS);
      st.metalMol -= st.metalMol * DIPPED_SHARE - amountOf(work, metal);
      changeAmount(work, metal, -amountOf(work, metal));
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
