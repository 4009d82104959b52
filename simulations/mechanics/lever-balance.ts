/**
 * The lever's balance (杠杆的平衡条件 F₁l₁ = F₂l₂, 人教版 八年级下册 第十二章第1节): the weights hung in the holes
 * either side give moments about the pivot; the balance nuts at the ends move the beam's own centre of mass.
 * The school lever is pivoted a little above its centre of mass, so an unbalanced moment tilts it until the
 * beam's own weight balances it: tan θ = M / (m_b g d); θ stops at the stand's ±12°. A student judges it
 * balanced when it rests level (within a quarter of a degree, what the eye sees against the stand's mark).
 */
import type { SetupPart } from '../bench/setup';
import { LEVER_HOLE_SPACING_M, LEVER_HOLES } from './parts/lever';

/** The two balance nuts (20 g together) and the beam (150 g, pivot 2 cm above its centre of mass). */
export const LEVER_NUT_KG = 0.02;
export const LEVER_BEAM_KG = 0.15;
export const LEVER_PIVOT_ABOVE_M = 0.02;
export const LEVER_STOP_DEG = 12;

export interface LeverSide {
  forceN: number;
  /** The arm of the resultant (Σ F l / Σ F), metres; NaN with nothing hung. */
  armM: number;
  momentNm: number;
}

export interface LeverState {
  left: LeverSide;
  right: LeverSide;
  /** The beam's own moment from the nuts (+ turns the left end down), N·m. */
  nutMomentNm: number;
  tiltDeg: number;
  balanced: boolean;
}

export function leverState(p: SetupPart, forceAtHoleN: (hole: string) => number, gMps2: number): LeverState {
  const side = (s: 'L' | 'R'): LeverSide => {
    let f = 0, m = 0;
    for (let i = 1; i <= LEVER_HOLES; i++) {
      const fi = forceAtHoleN(`${s}${i}`);
      f += fi;
      m += fi * i * LEVER_HOLE_SPACING_M;
    }
    return { forceN: f, armM: f > 0 ? m / f : NaN, momentNm: m };
  };
  const left = side('L'), right = side('R');
  // Nuts out to the right (+) by more than this lever needs turn its right end down.
  const nutMomentNm = -LEVER_NUT_KG * gMps2 * ((Number(p.props.nutMm) - Number(p.props.offsetMm)) / 1000);
  const net = left.momentNm - right.momentNm + nutMomentNm;
  const restoring = LEVER_BEAM_KG * gMps2 * LEVER_PIVOT_ABOVE_M;
  const tiltDeg = Math.max(-LEVER_STOP_DEG, Math.min(LEVER_STOP_DEG, (Math.atan(net / restoring) * 180) / Math.PI));
  return { left, right, nutMomentNm, tiltDeg, balanced: Math.abs(tiltDeg) <= 0.25 };
}
