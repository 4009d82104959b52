/**
 * Pouring from a test tube (人教版 必修第二册 第五章第一节 实验5-2: "在试管中加入 2 mL 实验5-1 中得到的溶液": the solution poured from one
 * tube into another), for any liquid in any open tube (no stopper, no delivery tube). A tube tipped with its mouth up at θ above the
 * horizontal holds, by the drawing's geometry (30 mL along its 18 cm, 1.46 cm across inside), the liquid below the horizontal through its
 * mouth's lower lip: V_hold = A (L − r cot θ) (26.6 mL at 20°, 23.1 mL at 10°, nothing below 2.3°): tip it until the liquid reaches the lip
 * and what is over pours out, at most 3 mL/s (the same straight pour as a beaker's, ../salt-purification.ts), with a time constant of
 * 0.3 s, so tipping further pours more and setting it upright stops the pour. (Steeper than 30° mouth down, the tube simply empties:
 * ./inverted-tube.ts.) What pours goes into the vessel under the mouth: an open, upright test tube whose mouth is within 1.5 cm sideways and
 * 0–6 cm below, or a beaker whose opening it is over; else it goes on the bench (spilt, and the bench says so).
 */
import type { SetupPart } from '../../bench/setup';
import { addInto, liquidVolumeMl, takeLiquidShare, type Contents } from '../chem/contents';
import { deliveryOf, type VesselState } from '../gas-train';
import { sealedTube } from '../parts/test-tube';
import { localPoint, worldPoint, type Point } from '../pose';
import { capacityMl } from '../reagents';
import { BEAKER_BOTTOM_M, BEAKER_INSIDE_HALF_M } from './places';
import type { Fire, WetBench } from './state';

/** The tube's inside: length (mouth at local x +0.09 m), radius from its 30 mL over that length. */
const TUBE_LENGTH_M = 0.18;
const TUBE_RADIUS_M = Math.sqrt(30e-6 / TUBE_LENGTH_M / Math.PI);
/** The fastest pour, mL/s, and how quickly what is over the lip runs out, s. */
export const TUBE_POUR_ML_PER_S = 3;
const POUR_TAU_S = 0.3;
/** Liquid spilt on the bench before the bench says so, mL. */
export const SPILT_NOTICED_ML = 0.05;

/** What an open test tube at this pose holds before it pours, mL (its capacity when upright). */
export function tubeHoldsMl(p: SetupPart): number {
  const mouth = worldPoint(p, 0.09, 0), bottom = worldPoint(p, -0.09, 0);
  const sin = (bottom.y - mouth.y) / TUBE_LENGTH_M;
  if (!(sin > 0)) return 0;
  const cos = Math.sqrt(Math.max(0, 1 - sin * sin));
  const lengthM = TUBE_LENGTH_M - (TUBE_RADIUS_M * cos) / sin;
  return Math.max(0, Math.min(capacityMl(p.kind), (capacityMl(p.kind) * lengthM) / TUBE_LENGTH_M));
}

/** The vessel a tipped tube's mouth pours into: an open upright tube's mouth just below it, or a beaker's opening. */
export function pourTargetOfTube(b: WetBench, tube: SetupPart): SetupPart | undefined {
  const lip: Point = worldPoint(tube, 0.09, 0);
  return b.setup.parts.find((t) => {
    const v = b.s.vessels[t.id];
    if (t.id === tube.id || !v || v.cracked) return false;
    if (t.kind === 'test-tube') {
      if (sealedTube(t) || deliveryOf(b.setup, t.id)) return false;
      const mouth = worldPoint(t, 0.09, 0), bottom = worldPoint(t, -0.09, 0);
      if (!(bottom.y - mouth.y > 0.09)) return false;
      return Math.abs(mouth.x - lip.x) <= 0.015 && mouth.y - lip.y >= 0 && mouth.y - lip.y <= 0.06;
    }
    if (t.kind === 'beaker') {
      const l = localPoint(t, lip);
      return Math.abs(l.x) < BEAKER_INSIDE_HALF_M && l.y < BEAKER_BOTTOM_M && l.y > -BEAKER_BOTTOM_M - 0.06;
    }
    return false;
  });
}

/** Pour for dtS what a tipped open tube holds over its lip (nothing to do when it is upright enough). */
export function pourFromTube(b: WetBench, p: SetupPart, v: VesselState, dtS: number, fire: Fire): void {
  const c: Contents = v.contents;
  const liquidMl = liquidVolumeMl(c);
  if (!(liquidMl > 0)) return;
  const overMl = liquidMl - tubeHoldsMl(p);
  if (!(overMl > 1e-9)) return;
  const ml = Math.min(overMl * (1 - Math.exp(-dtS / POUR_TAU_S)), TUBE_POUR_ML_PER_S * dtS, liquidMl);
  const poured = takeLiquidShare(c, ml / liquidMl);
  v.pouredMl = (v.pouredMl ?? 0) + ml;
  const target = pourTargetOfTube(b, p);
  const into = target ? b.s.vessels[target.id] : undefined;
  if (into) addInto(into.contents, poured);
  else v.spiltMl = (v.spiltMl ?? 0) + ml;
  fire('pours');
}
