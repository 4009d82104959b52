/**
 * Removing the sand from coarse salt (粗盐中难溶性杂质的去除, 人教版 化学 九年级下册 第十一单元 实验活动8): the coarse
 * salt weighed on the balance and the water measured in the cylinder are tipped into a beaker and stirred (the
 * salt dissolves, ./chem/dissolving.ts; the sand does not), poured into a funnel with a filter paper, and the
 * filtrate boiled down in an evaporating dish. Every gram is accounted for: the salt ends in the dish, in the wet
 * paper, spattered out of the dish, or still in a vessel; nothing is scripted.
 *
 * Pouring: a beaker held above a funnel, a dish or another beaker (its bottom up to 6 cm above the other's rim,
 * within 5 cm sideways) pours into it everything it holds, liquid and sand together as a student tips it: along
 * a glass rod 0.3 mL/s, straight 3 mL/s; into a dish or beaker 3 mL/s.
 * Filtering: the paper cone holds 5 mL below its edge and lets 0.5 mL/s through (a fast qualitative paper, our
 * estimate for a 9 cm paper in a 6 cm funnel); the sand stays on an intact paper. Liquid above 5 mL is above the
 * paper's edge and runs down between paper and glass unfiltered, with its share of the sand (二低); a torn paper
 * lets the sand through with the liquid. What runs out goes into the vessel under the stem's tip (its rim up to
 * 4 cm below, within 3 cm sideways); with none there it is spilt. The wet paper and sand keep 0.8 mL of solution
 * (a 9 cm paper holds about 0.6–1 mL of water: our estimate), the textbook's first reason for a low yield.
 * Evaporating: a lamp's flame under the dish (its tip from 2 cm above the dish's bottom to 5 cm below) puts 80 W
 * into it (a porcelain dish over a spirit lamp, no gauze: more than a beaker gets through one); the water boils off
 * (./chem/heat.ts) and the salt crystallises as its solubility (39.8 g per 100 g water at 100 °C) is passed.
 * Once less than 1 g of water wets the crystals the paste spatters while still heated, throwing out 2 % of the
 * solids a second (迸溅: heating to dryness); stop when much solid has appeared (over half the salt crystallised)
 * and the dish's own heat dries the rest. The product is weighed dry: the salt and sand in the dish.
 */
import type { Setup, SetupPart } from '../bench/setup';
import { addInto, amountOf, changeAmount, liquidVolumeMl, massOfG, phaseOf, takeEverything, waterMassG, type Contents } from './chem/contents';
import { dissolveStep } from './chem/dissolving';
import { heatStep } from './chem/heat';
import { FLAME_TIP_Y_M } from './parts/alcohol-lamp';
import { DISH_BOTTOM_Y_M } from './parts/evaporating-dish';
import { FUNNEL_RIM_Y_M, FUNNEL_TIP_Y_M } from './parts/funnel';
import { worldPoint } from './pose';

export const ROD_POUR_ML_PER_S = 0.3;
export const STRAIGHT_POUR_ML_PER_S = 3;
export const PAPER_HOLDS_ML = 5;
export const FILTER_ML_PER_S = 0.5;
export const WET_PAPER_ML = 0.8;
export const DISH_FLAME_W = 80;
const DISH_LOSS_W_PER_K = 0.2;
const DISH_PORCELAIN_J_PER_K = 48;
export const SPATTER_BELOW_WATER_G = 1;
export const SPATTER_SHARE_PER_S = 0.02;

/** The rim's height of a vessel above its centre (negative y is up), metres. */
function rimY(p: SetupPart): number | null {
  if (p.kind === 'beaker') return p.yM - 0.0475;
  if (p.kind === 'funnel') return p.yM + FUNNEL_RIM_Y_M;
  if (p.kind === 'evaporating-dish') return p.yM - 0.015;
  return null;
}

/** What a beaker held above another vessel pours into. */
export function pourTarget(setup: Setup, beaker: SetupPart): SetupPart | undefined {
  if (beaker.kind !== 'beaker') return undefined;
  const bottom = beaker.yM + 0.0475;
  return setup.parts.find((t) => {
    const rim = t.id !== beaker.id ? rimY(t) : null;
    return rim !== null && Math.abs(t.xM - beaker.xM) < 0.05 && bottom <= rim + 0.002 && bottom >= rim - 0.06;
  });
}

/** What stands under a funnel's stem. */
export function underFunnel(setup: Setup, funnel: SetupPart): SetupPart | undefined {
  const tip = worldPoint(funnel, 0, FUNNEL_TIP_Y_M);
  return setup.parts.find((t) => {
    const rim = t.kind === 'beaker' || t.kind === 'evaporating-dish' ? rimY(t) : null;
    return rim !== null && Math.abs(t.xM - tip.x) < 0.03 && rim >= tip.y - 0.005 && rim <= tip.y + 0.04;
  });
}

export function pourRateMlPerS(setup: Setup, target: SetupPart): number {
  return target.kind === 'funnel' && target.props.pour !== 'straight' ? ROD_POUR_ML_PER_S : STRAIGHT_POUR_ML_PER_S;
}

/** Pour for dtS: the share of everything (liquid and sand alike) that goes with rate × dt of the liquid. */
export function pour(from: Contents, into: Contents, rateMlPerS: number, dtS: number): void {
  const v = liquidVolumeMl(from);
  if (!Object.keys(from.amounts).some((id) => amountOf(from, id) > 0)) return;
  const share = v > rateMlPerS * dtS ? (rateMlPerS * dtS) / v : 1;
  addInto(into, takeEverything(from, share));
}

export interface FunnelOutcome {
  /** Sand that went through or round the paper, g. */
  sandThroughG: number;
  /** Liquid above the paper's edge this step. */
  aboveEdge: boolean;
  spiltG: number;
}

/**
 * A funnel for dtS: liquid through the paper into `below` (null: spilt on the table), the sand held back by an
 * intact paper, carried by liquid above the paper's edge or through a torn paper.
 */
export function stepFunnel(c: Contents, paper: string, below: Contents | null, dtS: number): FunnelOutcome {
  const out: FunnelOutcome = { sandThroughG: 0, aboveEdge: false, spiltG: 0 };
  const v = liquidVolumeMl(c);
  if (v <= WET_PAPER_ML) return out;
  const sandBefore = massOfG(c, 'SiO2(s)');
  const overMl = Math.max(0, v - PAPER_HOLDS_ML);
  out.aboveEdge = overMl > 0;
  // Above the edge: straight down between paper and glass, with its share of everything (sand included).
  const around = overMl > 0 ? takeEverything(c, overMl / v) : null;
  // Through the paper: the liquid (and its salt) only, unless the paper is torn.
  const v2 = liquidVolumeMl(c);
  const throughMl = Math.min(FILTER_ML_PER_S * dtS, Math.max(0, v2 - WET_PAPER_ML));
  // Through the paper: the liquid's share of everything; an intact paper then keeps every grain back.
  const through = throughMl > 0 ? takeEverything(c, throughMl / v2) : null;
  if (through && paper !== 'torn') {
    // Every solid: the sand and salt crystals, and the precipitates of the crude salt's impurity ions (./crude-salt-ions.ts).
    for (const id of Object.keys(through.amounts)) {
      if (phaseOf(id) !== 's') continue;
      const n = amountOf(through, id);
      if (!(n > 0)) continue;
      changeAmount(c, id, n, through.grainM[id]);
      delete through.amounts[id];
      delete through.grainM[id];
    }
  }
  for (const part of [around, through]) {
    if (!part) continue;
    if (below) addInto(below, part);
    else out.spiltG += massOfG(part, 'NaCl(aq)') + massOfG(part, 'NaCl(s)');
  }
  out.sandThroughG = Math.max(0, sandBefore - massOfG(c, 'SiO2(s)'));
  return out;
}

/** Whether a lamp's flame is under a dish. */
export function dishHeated(setup: Setup, dish: SetupPart): boolean {
  const bottom = worldPoint(dish, 0, DISH_BOTTOM_Y_M);
  return setup.parts.some((l) => {
    if (l.kind !== 'alcohol-lamp' || l.props.lit !== true) return false;
    const tip = worldPoint(l, 0, FLAME_TIP_Y_M);
    return Math.abs(tip.x - bottom.x) < 0.04 && tip.y >= bottom.y - 0.02 && tip.y <= bottom.y + 0.05;
  });
}

export interface DishOutcome {
  spatteredG: number;
  boiling: boolean;
}

/** An evaporating dish for dtS: heat, boil, crystallise, and spatter when heated nearly dry. */
export function stepDish(c: Contents, heated: boolean, roomK: number, pressurePa: number, dtS: number): DishOutcome {
  const h = heatStep(c, { dtS, powerW: heated ? DISH_FLAME_W : 0, lossWPerK: DISH_LOSS_W_PER_K, roomK, glassJPerK: DISH_PORCELAIN_J_PER_K, pressurePa, open: true });
  dissolveStep(c, dtS, true);
  let spatteredG = 0;
  if (heated && amountOf(c, 'NaCl(s)') > 0 && waterMassG(c) < SPATTER_BELOW_WATER_G) {
    // The paste jumps out of the dish: salt (dissolved or not), sand and the little water with them.
    spatteredG = dryProductG(takeEverything(c, 1 - Math.exp(-SPATTER_SHARE_PER_S * dtS)));
  }
  return { spatteredG, boiling: h.changing.includes('H2O(l)') };
}

/** Salt in a vessel, dissolved or not, g. */
export const saltG = (c: Contents) => massOfG(c, 'NaCl(s)') + massOfG(c, 'NaCl(aq)');

/** What boils off with the water and leaves nothing in the dry product: hydrochloric acid goes with the steam (its azeotrope boils at 108.6 °C). */
const VOLATILE = new Set(['H2O(l)', 'HCl(aq)']);

/** The dry product in a dish (salt and any sand, and whatever else was dissolved or suspended and does not boil off), g. */
export function dryProductG(c: Contents): number {
  let g = 0;
  for (const id in c.amounts) if (!VOLATILE.has(id) && phaseOf(id) !== 'g') g += massOfG(c, id);
  return g;
}

/** Share of a dish's salt that has crystallised. */
export function crystallisedShare(c: Contents): number {
  const s = saltG(c);
  return s > 0 ? massOfG(c, 'NaCl(s)') / s : 0;
}
