/**
 * The oil film on the wet bench (../oil-film.ts): drops of oleic acid solution from a dropper go into a shallow tray's
 * water (the film) or a small cylinder (counted); the glass plate laid on the tray traces the outline as it is at that
 * moment and counts its squares by the textbook's half rule (多于半个的算一个，不足半个的舍去) once, when laid; the
 * student's d = V/S follows from what they counted: drops per mL from the cylinder, squares from the plate.
 */
import type { SetupPart } from '../../bench/setup';
import { readToDivision } from '../../bench/instruments/scale-reading';
import { countSquares, dropsPerMlCounted, GRID_M, moleculeSizeM, OLEIC_SOLUTION_DROP_ML, oilFilm, oleicFraction, type OilFilm, type Talc } from '../oil-film';
import { TRAY_D_M, TRAY_W_M, TRAY_WATER_Y_M } from '../parts/oil-tray';
import { SMALL_CYLINDER_DIVISION_ML, SMALL_CYLINDER_ML, SMALL_CYLINDER_MOUTH_Y_M } from '../parts/small-cylinder';
import { localPoint, type Point } from '../pose';
import type { Fire, WetBench } from './state';

/** A tray's film: solution and acid that fell on its water, when, where, and what the plate traced. */
export interface FilmState {
  solutionMl: number;
  acidMl: number;
  /** Seconds since the first drop landed. */
  sinceS: number;
  /** Where along the tray it landed, m from the tray's centre. */
  centreXM: number;
  /** The talc on the water when it landed. */
  talc: Talc;
  /** Seconds after the drop at which the plate was laid and the outline traced (null: not traced). */
  tracedSinceS: number | null;
  /** Squares counted on the traced outline, and the true area traced, m². */
  tracedSquares: number;
  tracedAreaM2: number;
}

/** A small cylinder's drops: the solution in it, mL. */
export interface DropCount {
  ml: number;
}

/** Where on the water the film's centre lies across the tray's depth (the drop is let fall a little off its middle line), m. */
export const DEPTH_OFFSET_M = 0.0037;
/** The film is spread once it has 99 % of its final area (../oil-film.ts `spreading`). */
export const freshFilm = (): FilmState => ({ solutionMl: 0, acidMl: 0, sinceS: 0, centreXM: 0, talc: 'thin', tracedSinceS: null, tracedSquares: NaN, tracedAreaM2: NaN });

/** The film's seed: where the drop landed, to the millimetre (every place gives another outline). */
const seedOf = (f: FilmState) => 1 + Math.abs(Math.round(f.centreXM * 1000));

/** The film a tray holds `atS` seconds after its drop (the model with the acid that fell, as one drop of it). */
export function filmAt(f: FilmState, atS: number): OilFilm {
  return oilFilm({ fraction: f.acidMl, dropsPerMl: 1, talc: f.talc, sinceDropS: atS, trayWM: TRAY_W_M, trayDM: TRAY_D_M, seed: seedOf(f) });
}

/** The plate's grid lines lie at whole centimetres of the tray; in the film's frame they are offset by where it landed. */
export function gridOffset(f: FilmState): { xM: number; yM: number } {
  return { xM: -f.centreXM, yM: -DEPTH_OFFSET_M };
}

/** Drops of the solution that fell as `ml`. */
const dropsOf = (ml: number) => Math.round(ml / OLEIC_SOLUTION_DROP_ML);

/**
 * `ml` of oleic solution from a dropper's tip at `tip`: onto a tray's water (no plate on it) or into a small cylinder
 * whose mouth is under the tip. Returns the part it went into (null: onto the table).
 */
export function dropOleic(b: WetBench, tip: Point, reagent: string, ml: number): string | null {
  for (const p of b.setup.parts) {
    const q = localPoint(p, tip);
    if (p.kind === 'oil-tray' && p.props.plate !== true && Math.abs(q.x) < TRAY_W_M / 2 - 0.01 && q.y > TRAY_WATER_Y_M - 0.12 && q.y < TRAY_WATER_Y_M + 0.01) {
      const films = (b.s.films ??= {});
      const f = (films[p.id] ??= freshFilm());
      if (f.solutionMl === 0) Object.assign(f, { centreXM: q.x, talc: String(p.props.talc) as Talc, sinceS: 0 });
      f.solutionMl += ml;
      f.acidMl += ml * oleicFraction(reagent);
      return p.id;
    }
    if (p.kind === 'small-cylinder' && Math.abs(q.x) < 0.008 && q.y > SMALL_CYLINDER_MOUTH_Y_M - 0.07 && q.y < SMALL_CYLINDER_MOUTH_Y_M + 0.01) {
      const counts = (b.s.dropCounts ??= {});
      const c = (counts[p.id] ??= { ml: 0 });
      c.ml = Math.min(SMALL_CYLINDER_ML, c.ml + ml);
      return p.id;
    }
  }
  return null;
}

/** A step of the trays: films spread; the plate laid traces and counts, taken off forgets. */
export function stepFilms(b: WetBench, dtS: number, fire: Fire): void {
  for (const p of b.setup.parts) {
    if (p.kind !== 'oil-tray') continue;
    const f = b.s.films?.[p.id];
    if (!f || f.solutionMl === 0) continue;
    f.sinceS += dtS;
    const now = filmAt(f, f.sinceS);
    if (!now.spreading && f.talc !== 'none') fire('filmSpread');
    if (p.props.plate !== true) {
      f.tracedSinceS = null;
      f.tracedSquares = NaN;
      f.tracedAreaM2 = NaN;
    } else if (f.tracedSinceS === null) {
      f.tracedSinceS = f.sinceS;
      f.tracedAreaM2 = now.areaM2;
      // Without talc the edge cannot be seen: nothing to trace, no squares.
      f.tracedSquares = now.visible ? countSquares(now.outline, GRID_M, gridOffset(f)).counted : 0;
      fire('traced');
    }
  }
}

/** The first small cylinder with drops in it: its drops and reading. */
function counted(b: WetBench): { drops: number; readingMl: number; trueMl: number } | null {
  for (const p of b.setup.parts) {
    const c = b.s.dropCounts?.[p.id];
    if (p.kind === 'small-cylinder' && c && c.ml > 0) return { drops: dropsOf(c.ml), readingMl: readToDivision(c.ml, SMALL_CYLINDER_DIVISION_ML), trueMl: c.ml };
  }
  return null;
}

/**
 * A tray's values: drops (fallen on its water), filmAreaCm2 (true, now), spreading (1/0), squares (counted on the traced
 * outline), countedAreaCm2, tracedAreaCm2 (true, when traced), moleculeNm (the student's d = V/S: V from the bottle's
 * dilution, the drops in the tray and the drops per mL counted in the cylinder; S from the squares), trueNm (V/S with the
 * true V and the true area traced). A small cylinder's: drops, readingMl (to 0.1 mL), trueMl, dropsPerMl (drops over reading).
 */
export function filmValue(b: WetBench, part: SetupPart, name: string): number {
  if (part.kind === 'small-cylinder') {
    const c = b.s.dropCounts?.[part.id];
    const ml = c?.ml ?? 0;
    const byName: Record<string, number> = { drops: dropsOf(ml), readingMl: readToDivision(ml, SMALL_CYLINDER_DIVISION_ML), trueMl: ml, dropsPerMl: dropsPerMlCounted(dropsOf(ml), readToDivision(ml, SMALL_CYLINDER_DIVISION_ML)) };
    return byName[name] ?? NaN;
  }
  const f = b.s.films?.[part.id];
  if (!f || f.solutionMl === 0) return name === 'drops' ? 0 : NaN;
  const fraction = f.acidMl / f.solutionMl;
  const count = counted(b);
  const perMl = count ? dropsPerMlCounted(count.drops, count.readingMl) : NaN;
  const byName: Record<string, () => number> = {
    drops: () => dropsOf(f.solutionMl),
    filmAreaCm2: () => filmAt(f, f.sinceS).areaM2 * 1e4,
    spreading: () => (filmAt(f, f.sinceS).spreading ? 1 : 0),
    squares: () => (f.tracedSinceS === null ? NaN : f.tracedSquares),
    countedAreaCm2: () => (f.tracedSinceS === null ? NaN : f.tracedSquares * GRID_M * GRID_M * 1e4),
    tracedAreaCm2: () => f.tracedAreaM2 * 1e4,
    moleculeNm: () => (f.tracedSinceS === null ? NaN : 1e9 * moleculeSizeM(fraction * dropsOf(f.solutionMl), perMl, f.tracedSquares)),
    trueNm: () => (1e9 * f.acidMl * 1e-6) / f.tracedAreaM2,
  };
  return byName[name]?.() ?? NaN;
}

type Say = (key: string, part: string, severity: 'info' | 'warning' | 'error', vars?: Record<string, string | number>) => void;

/** No talc (no edge to trace), too much (the film held back), traced before it spread, drops counted over less than 1 mL. */
export function filmMistakes(b: WetBench, p: SetupPart, d: Say): void {
  if (p.kind === 'small-cylinder') {
    const c = b.s.dropCounts?.[p.id];
    const tracedSomewhere = Object.values(b.s.films ?? {}).some((f) => f.tracedSinceS !== null);
    if (c && c.ml > 0 && tracedSomewhere && readToDivision(c.ml, SMALL_CYLINDER_DIVISION_ML) < 1) d('fewDropsCounted', p.id, 'warning', { drops: dropsOf(c.ml) });
    return;
  }
  const f = b.s.films?.[p.id];
  if (p.kind !== 'oil-tray' || !f || f.solutionMl === 0) return;
  if (f.talc === 'none') d('filmUnseen', p.id, 'warning');
  if (f.talc === 'thick') d('talcThick', p.id, 'warning');
  if (f.tracedSinceS !== null && f.talc !== 'none' && filmAt(f, f.tracedSinceS).spreading) d('tracedEarly', p.id, 'warning', { s: Math.round(f.tracedSinceS * 10) / 10 });
  if (dropsOf(f.solutionMl) > 1) d('moreThanOneDrop', p.id, 'info', { n: dropsOf(f.solutionMl) });
}
