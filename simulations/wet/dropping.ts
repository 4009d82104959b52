/**
 * Adding a reagent by hand (../parts/dropper.ts, ../parts/spatula.ts): what a dropper's drops and a spatula's
 * powder are, and where they go. A point (the dropper's tip, the spatula's bowl) drops into the vessel whose mouth
 * is under it: a beaker's or flask's (the burette's rule, ./titration-stand.ts), or a test tube standing in its rack
 * (mouth up, within 30° of upright) whose mouth is at most 6 cm below the point or which the point is inside. A
 * dropper's tip inside a tube and below the liquid's surface puts its drops straight into the liquid: no air
 * stirred in, an oil layer on top left whole (人教版 化学 必修第一册 第三章第一节, 实验3-3: 将吸有 NaOH 溶液的长胶头滴管
 * 插入 FeSO₄ 溶液液面下).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { changeAmount, condensedVolumeMl, emptyContents, type Contents } from './chem/contents';
import { molarMassOf } from './chem/species';
import { localPoint, type Point } from './pose';
import { addMolarSolution, addSolid, addSolution, DILUTE_MASS_FRACTION } from './reagents';
import { TEST_TUBE_ML } from './parts/test-tube';
import { MOUTHS } from './titration-stand';

/** One drop from a school dropper, mL (20 drops to the millilitre). */
export const DROP_ML = 0.05;
/** Drops a squeezed dropper lets fall each second. */
export const DROPS_PER_S = 4;
/** A spatula's iron powder: grains of 0.1 mm (reduced iron powder, 还原铁粉). */
export const IRON_POWDER_GRAIN_M = 1e-4;
/** Vegetable oil (ρ 0.915 g/mL). */
const OIL = 'C57H104O6(l)';

/** `ml` mL of a dropper's reagent at temperatureK. */
export function dropperReagent(reagent: string, ml: number, temperatureK: number): Contents {
  const c = emptyContents(temperatureK);
  switch (reagent) {
    case 'kscn':
      addMolarSolution(c, 'KSCN(aq)', ml, 0.1);
      break;
    case 'chlorineWater':
      addMolarSolution(c, 'Cl2(aq)', ml, 0.05);
      break;
    case 'h2o2':
      addSolution(c, 'H2O2(aq)', ml, 0.03);
      break;
    case 'hcl':
      addSolution(c, 'HCl(aq)', ml, DILUTE_MASS_FRACTION);
      break;
    case 'naoh':
      addSolution(c, 'NaOH(aq)', ml, DILUTE_MASS_FRACTION);
      break;
    case 'oil':
      changeAmount(c, OIL, (ml * 0.915) / molarMassOf(OIL));
      break;
    default:
      throw new Error(`dropper reagent must be one of kscn, chlorineWater, h2o2, hcl, naoh, oil; got '${reagent}'`);
  }
  return c;
}

/** A spatula's `g` grams of its solid. */
export function spatulaSolid(solid: string, g: number, temperatureK: number): Contents {
  const c = emptyContents(temperatureK);
  if (solid !== 'ironPowder') throw new Error(`spatula solid must be ironPowder; got '${solid}'`);
  addSolid(c, 'Fe(s)', g, IRON_POWDER_GRAIN_M);
  return c;
}

/** Whether a vessel's liquid lies under an oil layer. */
export const oilLayer = (c: Contents) => (c.amounts[OIL] ?? 0) > 0;

export interface DropTarget {
  vessel: SetupPart;
  /** The point is inside the vessel below its liquid's surface. */
  underSurface: boolean;
}

/** A test tube along its length (drawn lying): bottom −0.09, mouth +0.09, what it holds drawn over 0.17 m for its 30 mL; half its bore. */
const TUBE = { mouthX: 0.09, bottomX: -0.09, fillM: 0.17, halfM: 0.009 };

/** The vessel a point drops into (none: onto the table). `contents(id)` gives a vessel's contents, for its level. */
export function dropTarget(setup: Setup, q: Point, contents: (id: string) => Contents | null): DropTarget | null {
  for (const p of setup.parts) {
    if (p.kind === 'test-tube') {
      const l = localPoint(p, q);
      // Upright, mouth up: the tube's +x axis points up the table (rotation 270° ± 30°).
      const rot = ((p.rotDeg % 360) + 360) % 360;
      if (rot < 240 || rot > 300 || Math.abs(l.y) > TUBE.halfM || l.x < TUBE.bottomX || l.x > TUBE.mouthX + 0.06) continue;
      const c = contents(p.id);
      const levelX = TUBE.bottomX + Math.min(1, c ? condensedVolumeMl(c) / TEST_TUBE_ML : 0) * TUBE.fillM;
      return { vessel: p, underSurface: l.x < levelX };
    }
    const mouth = MOUTHS[p.kind];
    if (!mouth || p.rotDeg % 360 !== 0) continue;
    const l = localPoint(p, q);
    if (Math.abs(l.x) <= mouth.halfM && l.y > mouth.yM - 0.06 && l.y < mouth.yM + 0.02) return { vessel: p, underSurface: false };
  }
  return null;
}
