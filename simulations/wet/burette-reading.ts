/**
 * A 50 mL burette (滴定管) as it is read (人教版 化学 选择性必修1 第三章第二节 "酸碱中和滴定"): the marks run from
 * 0.00 at the top to 50.00 at the bottom, divided in 0.1 mL, and a reading is written to 0.01 mL (估读到 0.01 mL)
 * at the bottom of the meniscus with the eye level with it. The graduated length of a 50 mL burette is about
 * 55 cm (ISO 385 class A), so its bore is about 1.1 cm across (0.91 cm² per cm of height).
 *
 * Parallax as the measuring cylinder's (../bench/instruments/measuring-cylinder.ts, same geometry: the meniscus
 * bottom on the axis, a radius behind the scale on the front of the glass, the eye 15° off level): the sight line
 * from above meets the scale higher than the meniscus. On a burette higher is a *smaller* number, so from above
 * (俯视) it reads low and from below (仰视) high, by π r³ tan 15° ≈ 0.13 mL. At the final reading of a titration,
 * reading from above makes the volume used too small and the concentration found too low (俯视终点读数, 结果偏低).
 *
 * The tap (活塞) lets the titrant out at the old titration lab's rates (simulations/titration/meta.ts: closed,
 * drop by drop 0.05 mL/s, slow 0.25 mL/s, fast 1 mL/s). Below the 50.00 mark there is no scale; the model stops
 * the flow there (the student refills before that).
 */
import { parallaxMl, type CylinderSpec, type EyePosition } from '../bench/instruments/measuring-cylinder';
import { readEstimated } from '../bench/instruments/scale-reading';
import { BURETTE_CAPACITY_ML, TAP_MODES, TAP_RATES_ML_S, type TapMode } from '../titration/meta';

export const BURETTE: CylinderSpec = { capacityMl: BURETTE_CAPACITY_ML, divisionMl: 0.1, innerRadiusM: 0.0054, firstMarkMl: 0, spareMl: 0 };
export { TAP_MODES, type TapMode };

/** How fast the tap lets titrant out, mL/s (an unknown setting is an error naming the allowed ones). */
export function tapRateMlPerS(tap: string): number {
  if (!TAP_MODES.includes(tap as TapMode)) throw new Error(`tap: '${tap}' is not allowed; allowed: ${TAP_MODES.join(' | ')}`);
  return TAP_RATES_ML_S[tap as TapMode];
}

/** Where the eye sees the meniscus on the burette's scale, mL (continuous): the true level less the parallax. */
export function buretteSeenMl(levelMl: number, eye: string): number {
  return levelMl - parallaxMl(eye as EyePosition, BURETTE);
}

/** What the student writes down: the seen level to 0.01 mL (a tenth of the 0.1 mL division). */
export function buretteReadingMl(levelMl: number, eye: string): number {
  return readEstimated(buretteSeenMl(levelMl, eye), BURETTE.divisionMl);
}

/** Titrant that can still run out before the level reaches the last mark, mL. */
export function buretteLeftMl(levelMl: number): number {
  return Math.max(0, BURETTE.capacityMl - levelMl);
}
