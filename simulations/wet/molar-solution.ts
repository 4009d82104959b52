/**
 * Making a solution of a given amount concentration in a volumetric flask (配制一定物质的量浓度的溶液, 人教版 化学
 * 必修第一册 第二章第三节 and 实验活动1): the salt weighed on the tray balance is dissolved in a beaker, the solution
 * poured into the flask down the glass rod, the beaker and rod rinsed two or three times into the flask, and water
 * added to the mark. The concentration is exactly c = n/V: n the sodium chloride that reached the flask, V the
 * volume of the solution in it.
 *
 * What goes wrong, as the textbook's error analysis has it (误差分析):
 *  - a wet film stays on the beaker's wall and the rod after pouring, about 1 mL (an estimate for a 100 mL beaker
 *    and a rod drained for a few seconds); without rinsing its salt is lost (未洗涤烧杯和玻璃棒 → c 偏低). Each rinse
 *    with 10 mL of water carries all but 1/11 of what is left into the flask;
 *  - salt not yet dissolved stays in the beaker (only the liquid is poured);
 *  - making up to the mark: the mark is a ring on the neck and the meniscus' bottom is on the axis, a radius r
 *    behind the ring's front. An eye 15° above the mark (俯视) sees the meniscus touch the mark while it is still
 *    r·tan 15° below it: too little water, V small, c high (俯视 → 偏高); from below (仰视) too much water, c low.
 *    The volume is off by π r³ tan 15° (the same geometry as ../bench/instruments/measuring-cylinder.ts). Neck
 *    bores after ISO 1042: 100 mL flask 13 mm, 250 mL 15 mm.
 */
import { addInto, changeAmount, liquidVolumeMl, takeLiquidShare, type Contents } from './chem/contents';
import { molarMassOf, species } from './chem/species';

/** Solution left as a film on the beaker's wall and the glass rod after pouring, mL. */
export const FILM_ML = 1;
/** Water per rinse of the beaker and rod, mL. */
export const RINSE_ML = 10;
const EYE_ANGLE_DEG = 15;

/** The neck's inner radius, metres. */
export function neckRadiusM(sizeMl: number): number {
  return sizeMl >= 250 ? 0.0075 : 0.0065;
}

/** How far the volume made up is from the mark's volume, mL (俯视 negative, 仰视 positive). */
export function makeUpErrorMl(sizeMl: number, eye: string): number {
  const r = neckRadiusM(sizeMl);
  const dv = Math.PI * r ** 3 * Math.tan((EYE_ANGLE_DEG * Math.PI) / 180) * 1e6;
  return eye === 'above' ? -dv : eye === 'below' ? dv : 0;
}

/** Pour a beaker's liquid into the flask, leaving the film behind (and any undissolved solid). */
export function pourInto(flask: Contents, beaker: Contents): void {
  const v = liquidVolumeMl(beaker);
  if (!(v > FILM_ML)) return;
  addInto(flask, takeLiquidShare(beaker, (v - FILM_ML) / v));
}

/** Rinse the beaker and rod with water and pour the rinsings into the flask. */
export function rinseInto(flask: Contents, beaker: Contents): void {
  changeAmount(beaker, 'H2O(l)', (RINSE_ML * (species('H2O(l)').densityGPerMl ?? 1)) / molarMassOf('H2O(l)'));
  pourInto(flask, beaker);
}

/** Add water to the flask until its solution fills `targetMl` (nothing when it already does). */
export function makeUpTo(flask: Contents, targetMl: number): void {
  const short = targetMl - liquidVolumeMl(flask);
  if (short > 0) changeAmount(flask, 'H2O(l)', (short * (species('H2O(l)').densityGPerMl ?? 1)) / molarMassOf('H2O(l)'));
}

/** What has been done to a volumetric flask so far. */
export interface VolumetricProgress {
  /** The size it was filled for (a new size: a fresh, empty flask). */
  charge: string;
  contents: Contents;
  transferred: boolean;
  rinses: number;
  madeUp: boolean;
  /** The beaker it took its solution from. */
  from: string | null;
}

export function emptyVolumetric(sizeMl: string, roomK: number): VolumetricProgress {
  return { charge: sizeMl, contents: { amounts: {}, temperatureK: roomK, grainM: {} }, transferred: false, rinses: 0, madeUp: false, from: null };
}

/**
 * Do what the flask's properties say has been done and is not yet: pour the beaker's solution in, rinse as many
 * times as asked, make up to the mark from where the eye is. Rinsing once the flask is made up is not done (the
 * flask would overfill); the engine says so.
 */
export function stepVolumetric(flask: { props: Record<string, unknown> }, g: VolumetricProgress, beaker: { id: string; contents: Contents } | null): void {
  if (flask.props.transferred === true && !g.transferred && beaker) {
    pourInto(g.contents, beaker.contents);
    g.transferred = true;
    g.from = beaker.id;
  }
  while (g.transferred && !g.madeUp && beaker && g.rinses < Number(flask.props.rinses)) {
    rinseInto(g.contents, beaker.contents);
    g.rinses++;
  }
  if (flask.props.madeUp === true && !g.madeUp && g.transferred) {
    const size = Number(flask.props.sizeMl);
    makeUpTo(g.contents, size + makeUpErrorMl(size, String(flask.props.eye)));
    g.madeUp = true;
  }
}
