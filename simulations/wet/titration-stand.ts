/**
 * A burette over a flask (酸碱中和滴定, 人教版 化学 选择性必修1 第三章第二节 and 实验活动2): what the tap lets out
 * goes into the vessel whose mouth is under the tip (a flask, a beaker, a test tube standing in the rack), or, with nothing there, onto the table (spilt, and the bench
 * says so). The flask's liquid is taken as swirled: the titrant mixes at once, the neutralisation
 * NaOH + HCl = NaCl + H₂O goes to completion as the drops arrive (./chem/reaction-data.ts), and the pH is the
 * exact charge balance of what is left (./chem/acidity.ts, the titration lab's solver), so the indicator's colour
 * and the pH meter follow the same curve as the titration lab (simulations/titration).
 *
 * The end point a student sees: the indicator's colour half-way between its acid and base colours (the middle of
 * its range: phenolphthalein pH 9.1, colourless to pink; methyl orange pH 3.75, red to orange), reached as the
 * titrant runs in.
 */
import type { Setup, SetupPart } from '../bench/setup';
import { findIndicator } from '../titration/indicators';
import { addInto, emptyContents, type Contents } from './chem/contents';
import { BURETTE_TIP_Y_M } from './parts/burette';
import { buretteLeftMl, tapRateMlPerS } from './burette-reading';
import { localPoint, worldPoint, type Point } from './pose';
import { addMolarSolution } from './reagents';

export interface BuretteState {
  /** Properties it was filled with (a change of them fills it afresh). */
  charge: string;
  /** Where the meniscus is on the scale, mL (true). */
  levelMl: number;
  /** Titrant run onto the table, mL. */
  spilledMl: number;
  /** The vessel the tip was over at the last step (null: none). */
  into: string | null;
  /** Flowing now, mL/s. */
  flowMlPerS: number;
}

/** The properties a burette is filled by (the tap and the eye change nothing in it). */
export function buretteCharge(b: SetupPart): string {
  return JSON.stringify([b.props.naohMolL, b.props.startMl]);
}

export function fillBurette(b: SetupPart): BuretteState {
  return { charge: buretteCharge(b), levelMl: Number(b.props.startMl), spilledMl: 0, into: null, flowMlPerS: 0 };
}

/** Vessel mouths, in the vessel's own frame: half-width, and the mouth's height (metres). */
export const MOUTHS: Record<string, { halfM: number; yM: number }> = {
  'conical-flask': { halfM: 0.013, yM: -0.07 },
  beaker: { halfM: 0.0335, yM: -0.0475 },
};

/** A test tube standing mouth up in the rack (turned 270°: its mouth, 9 mm across inside, at its local x = +0.09 m). */
export const TUBE_MOUTH = { halfM: 0.009, xM: 0.09 };

/**
 * The vessel whose mouth a point is over: at most 6 cm above the mouth, or `intoTubeM` down into a test tube
 * standing in the rack (2 cm, as into a flask's neck, unless said otherwise: a dropper's tip goes down to the liquid).
 */
export function vesselBelow(setup: Setup, point: Point, intoTubeM = 0.02): SetupPart | undefined {
  return setup.parts.find((p) => {
    if (p.kind === 'test-tube') {
      if (((p.rotDeg % 360) + 360) % 360 !== 270) return false;
      const q = localPoint(p, point);
      // Mouth up: above the mouth is local +x, across it local y.
      return Math.abs(q.y) <= TUBE_MOUTH.halfM && q.x < TUBE_MOUTH.xM + 0.06 && q.x > TUBE_MOUTH.xM - intoTubeM;
    }
    const mouth = MOUTHS[p.kind];
    if (!mouth || p.rotDeg % 360 !== 0) return false;
    const q = localPoint(p, point);
    return Math.abs(q.x) <= mouth.halfM && q.y > mouth.yM - 0.06 && q.y < mouth.yM + 0.02;
  });
}

/** The vessel whose mouth is under a burette's tip (the tip at most 6 cm above the mouth or 2 cm into the neck). */
export function vesselUnderTip(setup: Setup, burette: SetupPart): SetupPart | undefined {
  return vesselBelow(setup, worldPoint(burette, 0, BURETTE_TIP_Y_M));
}

/** The indicator in a vessel: a flask's chosen one, or the drops put into a test tube ('none' without). */
export function indicatorIn(vessel: SetupPart, c: Contents): string {
  if (vessel.props.indicator !== undefined) return String(vessel.props.indicator);
  return Object.keys(c.indicators ?? {})[0] ?? 'none';
}

/** `ml` mL of the burette's standard sodium hydroxide solution at temperatureK. */
export function titrant(b: SetupPart, ml: number, temperatureK: number): Contents {
  const c = emptyContents(temperatureK);
  addMolarSolution(c, 'NaOH(aq)', ml, Number(b.props.naohMolL));
  return c;
}

/**
 * Run the tap for dtS: the titrant goes into `into` (a vessel's contents) or onto the table. Returns the volume
 * that ran out, mL, and whether the burette reached its last mark in this step.
 */
export function runTap(b: SetupPart, s: BuretteState, into: Contents | null, roomK: number, dtS: number): { ml: number; emptied: boolean } {
  const left = buretteLeftMl(s.levelMl);
  const ml = Math.min(tapRateMlPerS(String(b.props.tap)) * dtS, left);
  s.flowMlPerS = dtS > 0 ? ml / dtS : 0;
  if (!(ml > 0)) return { ml: 0, emptied: false };
  s.levelMl += ml;
  if (into) addInto(into, titrant(b, ml, roomK));
  else s.spilledMl += ml;
  return { ml, emptied: buretteLeftMl(s.levelMl) <= 1e-9 };
}

/** The pH at which an indicator shows its end point (the middle of its range); NaN without one. */
export function endPointPH(indicator: string): number {
  const ind = indicator === 'none' ? undefined : findIndicator(indicator);
  return ind ? (ind.rangePH[0] + ind.rangePH[1]) / 2 : NaN;
}
