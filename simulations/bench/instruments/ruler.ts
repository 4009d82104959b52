/**
 * The ruler (刻度尺, smallest division 1 mm) as students are taught (人教版 八年级上册 第一章第1节 "长度和
 * 时间的测量"): lay it along the length with the graduated edge against the object, read each end with the eye
 * square to the mark and estimate one more digit (估读到分度值的下一位: 0.1 mm on a mm scale); the length is
 * the difference (the zero need not be at an end, a worn zero is avoided this way).
 *
 * Parallax: the marks are on the ruler's face, a gap above (or beside) the object's edge; an eye off to one
 * side by angle α sees the edge against a mark gap·tan α away. The module reads positions along the ruler;
 * where the object's ends are is the bench's business. Pure.
 */

import { readEstimated } from './scale-reading';

export interface RulerSpec {
  lengthM: number;
  divisionM: number;
  /** Between the marks' plane and the object's edge, metres (the ruler's thickness when laid flat). */
  gapM: number;
}

export const RULERS: Record<string, RulerSpec> = {
  '20': { lengthM: 0.2, divisionM: 0.001, gapM: 0.0015 },
  '30': { lengthM: 0.3, divisionM: 0.001, gapM: 0.0015 },
  '100': { lengthM: 1, divisionM: 0.001, gapM: 0.002 },
};

export type RulerEye = 'square' | 'left' | 'right';

/** The eye's angle from the perpendicular, degrees (+ = toward the ruler's larger numbers). */
export const RULER_EYE_DEG: Record<RulerEye, number> = { square: 0, left: -30, right: 30 };

export interface RulerReading {
  /** Where the edge appears on the scale, metres from the zero mark (continuous). */
  seenM: number;
  /** What the student writes, metres, to a tenth of a division; NaN off the scale. */
  readM: number;
}

/**
 * Read the mark an edge lies against. `positionM` is the edge's true position along the ruler from its zero
 * mark. The marks are a gap nearer the eye than the edge, so an eye off to the right (toward the larger
 * numbers) sees the edge against a mark gap·tan α further right, and reads too much.
 */
export function readRuler(positionM: number, eye: RulerEye, spec: RulerSpec): RulerReading {
  const seenM = positionM + spec.gapM * Math.tan((RULER_EYE_DEG[eye] * Math.PI) / 180);
  const on = seenM >= -1e-9 && seenM <= spec.lengthM + 1e-9;
  return { seenM, readM: on ? readEstimated(seenM, spec.divisionM) : NaN };
}

/** A length between two edges, as written: the difference of the two readings (each with its estimate). */
export function readLength(leftM: number, rightM: number, eye: RulerEye, spec: RulerSpec): number {
  const a = readRuler(leftM, eye, spec).readM, b = readRuler(rightM, eye, spec).readM;
  return Number((b - a).toPrecision(12));
}
