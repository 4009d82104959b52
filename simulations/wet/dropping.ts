/**
 * Adding a reagent by hand (../parts/dropper.ts, ../parts/spatula.ts): what a dropper's drops and a spatula's
 * powder are, and where they go. A point (the dropper's tip, the spatula's bowl) drops into the vessel whose mouth
 * is under it, by the burette's rule (./titration-stand.ts `vesselBelow`): a beaker's or flask's, or a test tube standing in
 * its rack whose mouth is at most 6 cm below the point or which the point is inside, down to its bottom. A
 * dropper's tip inside a tube and below the liquid's surface puts its drops straight into the liquid: no air
 * stirred in, an oil layer on top left whole (人教版 化学 必修第一册 第三章第一节, 实验3-3: 将吸有 NaOH 溶液的长胶头滴管
 * 插入 FeSO₄ 溶液液面下).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { changeAmount, condensedVolumeMl, emptyContents, type Contents } from './chem/contents';
import { molarMassOf } from './chem/species';
import { localPoint, type Point } from './pose';
import { addMolarSolution, addSolid, addSolution, BY_MASS_FRACTION, DILUTE_MASS_FRACTION, MAGENTA_MOL_L } from './reagents';
import { DROPPER_REAGENTS } from './parts/dropper';
import { OLEIC_SOLUTION_DROP_ML, OLEIC_SOLUTIONS } from './oil-film';
import { TEST_TUBE_ML } from './parts/test-tube';
import { TUBE_MOUTH, vesselBelow } from './titration-stand';

/** One drop from a school dropper, mL (20 drops to the millilitre). */
export const DROP_ML = 0.05;
/** One drop of a dropper's reagent, mL: the alcohol solution of oleic acid makes smaller drops than water (./oil-film.ts). */
export const dropMlOf = (reagent: string) => (reagent in OLEIC_SOLUTIONS ? OLEIC_SOLUTION_DROP_ML : DROP_ML);
/** Drops a squeezed dropper lets fall each second. */
export const DROPS_PER_S = 4;
/** A spatula's iron powder: grains of 0.1 mm (reduced iron powder, 还原铁粉). */
export const IRON_POWDER_GRAIN_M = 1e-4;
/** A piece of sodium the size of a mung bean (绿豆大小): about 3 mm across. */
export const SODIUM_PIECE_M = 3e-3;
/** The most sodium that is still "a mung bean" (绿豆大小, 3–4 mm: 0.03–0.06 g); a bigger piece spatters (../engine/mistakes.ts). */
export const SODIUM_MAX_G = 0.1;
/**
 * The share of a piece of sodium that reacts on wet paper before it reaches the water: the water-sodium row's rate (k 1 mol/(m²·s)
 * at 20 °C) over the lower half of a 3 mm piece's surface for the ~5 s of cutting and picking up: 1 × 0.5 × 6/(3 mm) × V × 5 s
 * per mole in V·ρ/M, about 12 % (an estimate).
 */
export const SODIUM_WET_PAPER_SHARE = 0.12;
/** Freshly made Tollens' reagent and iodine water, mol/L. */
export const TOLLENS_MOL_L = 0.08;
export const IODINE_WATER_MOL_L = 0.001;
/** Sodium carbonate saturated at 20 °C: 21.5 g in 121.5 g of solution. */
export const SATURATED_SODA_MASS_FRACTION = 21.5 / 121.5;
/** Saturated bromine water and acidified permanganate for the functional groups, mol/L. */
export const BROMINE_SATURATED_MOL_L = 0.2;
export const PERMANGANATE_MOL_L = 0.01;
/** Vegetable oil (ρ 0.915 g/mL). */
const OIL = 'C57H104O6(l)';

/** `ml` mL of a dropper's reagent at temperatureK. */
export function dropperReagent(reagent: string, ml: number, temperatureK: number): Contents {
  const c = emptyContents(temperatureK);
  switch (reagent) {
    case 'kscn':
      addMolarSolution(c, 'KSCN(aq)', ml, 0.1);
      break;
    // The equilibrium activity's stronger solutions (1 mol/L), a few drops of which shift Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, and dilute alkali (0.1 mol/L) that takes only part of the Fe³⁺ out.
    case 'fecl3Molar':
      addMolarSolution(c, 'FeCl3(aq)', ml, 1);
      break;
    case 'kscnMolar':
      addMolarSolution(c, 'KSCN(aq)', ml, 1);
      break;
    case 'naohDilute':
      addMolarSolution(c, 'NaOH(aq)', ml, 0.1);
      break;
    // For the complexes: 1 mol/L ammonia (NH₃·H₂O), 95 % ethanol (by volume), 0.1 mol/L silver nitrate.
    case 'ammonia':
      addMolarSolution(c, 'NH3(aq)', ml, 1);
      break;
    case 'ethanol95':
      changeAmount(c, 'C2H5OH(l)', (0.95 * ml * 0.789) / molarMassOf('C2H5OH(l)'));
      changeAmount(c, 'H2O(l)', (0.05 * ml * 0.998) / molarMassOf('H2O(l)'));
      break;
    case 'agno3':
      addMolarSolution(c, 'AgNO3(aq)', ml, 0.1);
      break;
    // The foam extinguisher's aluminium sulfate, 0.5 mol/L (its solubility, 36.4 g per 100 g of water at 20 °C (CRC), allows about 1 mol/L).
    case 'al2so43':
      addMolarSolution(c, 'Al2(SO4)3(aq)', ml, 0.5);
      break;
    // For the sugars: Tollens' reagent as made fresh from 2 % AgNO₃ and 2 % ammonia (about 0.08 mol/L of [Ag(NH₃)₂]OH), iodine water
    // (I₂ 1 mmol/L, about saturated), and the solutions by mass fraction (../reagents.ts BY_MASS_FRACTION).
    case 'tollens':
      addMolarSolution(c, 'Ag(NH3)2OH(aq)', ml, TOLLENS_MOL_L);
      break;
    case 'iodine':
      addMolarSolution(c, 'I2(aq)', ml, IODINE_WATER_MOL_L);
      break;
    case 'naohTen':
    case 'cuso4Five':
    case 'ammoniaTwo':
    case 'glucose':
    case 'acetaldehyde':
    case 'h2so4Dilute':
      addSolution(c, BY_MASS_FRACTION[reagent][0], ml, BY_MASS_FRACTION[reagent][1]);
      break;
    // Sulfur's oxidation states (人教版 必修第二册 实验活动5): 0.1 mol/L sodium sulfite and barium chloride.
    case 'na2so3':
      addMolarSolution(c, 'Na2SO3(aq)', ml, 0.1);
      break;
    // Magenta (品红) as the tubes hold it, 0.01 %: a drop or two into the SO₂ solution (实验5-1).
    case 'magenta':
      addMolarSolution(c, 'C20H20ClN3(aq)', ml, MAGENTA_MOL_L);
      break;
    case 'bacl2':
      addMolarSolution(c, 'BaCl2(aq)', ml, 0.1);
      break;
    // The crude salt's reagents (../crude-salt-ions.ts): 1 mol/L BaCl₂ (our choice), Na₂CO₃ saturated at 20 °C (21.5 g per 100 g of
    // water, 人教版 九年级下册 第九单元 and CRC: mass fraction 17.7 %, about 1.97 mol/L).
    case 'bacl2Molar':
      addMolarSolution(c, 'BaCl2(aq)', ml, 1);
      break;
    case 'na2co3Saturated':
      addSolution(c, 'Na2CO3(aq)', ml, SATURATED_SODA_MASS_FRACTION);
      break;
    case 'chlorineWater':
      addMolarSolution(c, 'Cl2(aq)', ml, 0.05);
      break;
    // Bromine water as strong as the chlorine water, 0.05 mol/L (saturated is about 0.2 mol/L, 3.4 g per 100 g of water at 20 °C, CRC), so
    // drop for drop they compare; 1 mol/L sodium hydroxide for the hydroxides of Mg and Al (人教版 必修第一册 第四章 实验活动3).
    case 'bromineWater':
      addMolarSolution(c, 'Br2(aq)', ml, 0.05);
      break;
    // The functional groups (人教版 选择性必修3 第三章 实验活动2): saturated bromine water (3.41 g Br₂ per 100 g of water at 20 °C, CRC:
    // 0.21 mol/L, taken as 0.2), 0.1 mol/L iron(III) chloride, and 0.01 mol/L KMnO₄ made acid with sulfuric acid to 0.5 mol/L.
    case 'bromineSaturated':
      addMolarSolution(c, 'Br2(aq)', ml, BROMINE_SATURATED_MOL_L);
      break;
    case 'fecl3Tenth':
      addMolarSolution(c, 'FeCl3(aq)', ml, 0.1);
      break;
    // 1-Bromobutane itself (CRC 1.276 g/mL), dilute nitric acid (2 mol/L), 1 mol/L sodium hydrogencarbonate.
    case 'bromobutane':
      changeAmount(c, 'C4H9Br(l)', (ml * 1.276) / molarMassOf('C4H9Br(l)'));
      break;
    // Carbon tetrachloride to take up the halogens (CRC 1.594 g/mL).
    case 'ccl4':
      changeAmount(c, 'CCl4(l)', (ml * 1.594) / molarMassOf('CCl4(l)'));
      break;
    case 'hno3Dilute':
      addMolarSolution(c, 'HNO3(aq)', ml, 2);
      break;
    case 'nahco3Molar':
      addMolarSolution(c, 'NaHCO3(aq)', ml, 1);
      break;
    case 'kmno4Acid':
      addMolarSolution(c, 'KMnO4(aq)', ml, PERMANGANATE_MOL_L);
      changeAmount(c, 'H2SO4(aq)', (0.5 * ml) / 1000);
      break;
    case 'naohMolar':
      addMolarSolution(c, 'NaOH(aq)', ml, 1);
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
      throw new Error(`dropper reagent must be one of ${DROPPER_REAGENTS.join(', ')}; got '${reagent}'`);
  }
  return c;
}

/** A spatula's `g` grams of its solid. */
export function spatulaSolid(solid: string, g: number, temperatureK: number): Contents {
  const c = emptyContents(temperatureK);
  if (solid === 'ironPowder') addSolid(c, 'Fe(s)', g, IRON_POWDER_GRAIN_M);
  else if (solid === 'sodium') addSolid(c, 'Na(s)', g, SODIUM_PIECE_M);
  // Sodium carbonate powder dissolves at once in the few millilitres of a tube (21.5 g per 100 g of water at 20 °C).
  else if (solid === 'soda') changeAmount(c, 'Na2CO3(aq)', g / molarMassOf('Na2CO3(aq)'));
  else throw new Error(`spatula solid must be one of ironPowder, sodium, soda; got '${solid}'`);
  return c;
}

/** Whether a vessel's liquid lies under an oil layer. */
export const oilLayer = (c: Contents) => (c.amounts[OIL] ?? 0) > 0;

export interface DropTarget {
  vessel: SetupPart;
  /** The point is inside the vessel below its liquid's surface. */
  underSurface: boolean;
}

/** What a test tube holds is drawn over 0.17 m of its length for its 30 mL, from its bottom at local x = −0.09 m. */
const TUBE_FILL = { bottomX: -0.09, lengthM: 0.17 };

/** The vessel a point drops into (none: onto the table). `contents(id)` gives a vessel's contents, for its level. */
export function dropTarget(setup: Setup, q: Point, contents: (id: string) => Contents | null): DropTarget | null {
  // Down into a standing tube as far as its bottom (a dropper's tip pushed below the surface).
  const vessel = vesselBelow(setup, q, TUBE_MOUTH.xM - TUBE_FILL.bottomX);
  if (!vessel) return null;
  if (vessel.kind !== 'test-tube') return { vessel, underSurface: false };
  const c = contents(vessel.id);
  const levelX = TUBE_FILL.bottomX + Math.min(1, c ? condensedVolumeMl(c) / TEST_TUBE_ML : 0) * TUBE_FILL.lengthM;
  return { vessel, underSurface: localPoint(vessel, q).x < levelX };
}
