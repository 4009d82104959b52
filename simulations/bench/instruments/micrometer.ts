/**
 * A screw scale read like a micrometer (螺旋测微器, 千分尺): a sleeve with a millimetre line and half-millimetre
 * marks, and a thimble of 50 divisions that turns once per 0.5 mm of travel. A careful student reads the last
 * sleeve mark showing, adds the thimble division on the sleeve line, and estimates a tenth of a division:
 * resolution 0.01 mm, read to 0.001 mm (人教版 高中物理 必修第三册 第十一章第3节 "实验：导体电阻率的测量",
 * 螺旋测微器的读数). The measuring eyepiece (测量头) of the double-slit apparatus has the same screw.
 * A zero error (the reading with the jaws closed, or with the cross-hair at the scale's origin) is added to
 * every reading; the student subtracts it. Pure: knows nothing about what the screw moves.
 */

export interface ScrewScale {
  /** Travel per turn (0.5 mm). */
  pitchM: number;
  /** Divisions on the thimble (50). */
  divisions: number;
  /** Travel of the screw (0 … 25 mm for a 0–25 mm micrometer). */
  rangeM: number;
  /** The reading when the true position is 0 (positive: reads high). */
  zeroErrorM?: number;
}

export const MICROMETER_0_25: ScrewScale = { pitchM: 0.5e-3, divisions: 50, rangeM: 25e-3 };

export interface ScrewReading {
  /** What the scale shows, metres (true position + zero error), before any rounding. */
  shownM: number;
  /** The last sleeve mark uncovered: a multiple of the pitch (metres). */
  sleeveM: number;
  /** Whether that last mark is a half-millimetre mark (below the line on Chinese micrometers). */
  halfMark: boolean;
  /** Thimble division on the sleeve line, 0 … divisions (continuous). */
  thimble: number;
  /** What a careful student writes: sleeve + thimble estimated to a tenth of a division (0.001 mm). */
  readM: number;
  /** The value of one thimble division (0.01 mm). */
  leastCountM: number;
}

export function screwReading(positionM: number, scale: ScrewScale): ScrewReading {
  const shownM = Math.min(scale.rangeM, Math.max(0, positionM)) + (scale.zeroErrorM ?? 0);
  const turns = shownM / scale.pitchM;
  // A hair below a whole turn still shows the previous mark (the student sees the thimble edge not past it).
  const whole = Math.floor(turns + 1e-9);
  const sleeveM = whole * scale.pitchM;
  const thimble = Math.max(0, (turns - whole) * scale.divisions);
  const leastCountM = scale.pitchM / scale.divisions;
  const estimated = Math.round(thimble * 10) / 10;
  return {
    shownM,
    sleeveM,
    halfMark: whole % 2 === 1 && Math.abs(scale.pitchM - 0.5e-3) < 1e-12,
    thimble,
    readM: Number((sleeveM + estimated * leastCountM).toPrecision(12)),
    leastCountM,
  };
}
