/**
 * A step of the droppers and spatulas (../dropping.ts): a squeezed dropper lets its drops fall into the vessel
 * under its tip (or onto the table), and is filled again when let go; a tipped spatula drops its powder, and takes
 * another spoonful when put level. Drops that fall onto a liquid from above stir air into it for a few seconds (an
 * oil layer on it is broken meanwhile); a tip below the surface does not.
 */
import type { SetupPart } from '../../bench/setup';
import { addInto } from '../chem/contents';
import { holdsAcidSoluble } from '../crude-salt-ions';
import { DROPS_PER_S, dropMlOf, dropperReagent, dropTarget, SODIUM_WET_PAPER_SHARE, spatulaSolid } from '../dropping';
import { OLEIC_SOLUTIONS } from '../oil-film';
import { DROPPER_TIP_Y_M } from '../parts/dropper';
import { SPATULA_BOWL_X_M } from '../parts/spatula';
import { worldPoint } from '../pose';
import { dropOleic } from './film-step';
import type { AdderState, Fire, WetBench } from './state';

/** Seconds a breach made by drops falling through the surface stays open. */
export const AIR_STIRRED_S = 5;

/** The properties a dropper or spatula is filled by. */
export function adderCharge(p: SetupPart): string {
  return JSON.stringify(p.kind === 'dropper' ? [p.props.reagent, p.props.drops] : [p.props.solid, p.props.grams]);
}

export function freshAdder(p: SetupPart): AdderState {
  return { charge: adderCharge(p), left: p.kind === 'dropper' ? Number(p.props.drops) * dropMlOf(String(p.props.reagent)) : Number(p.props.grams), into: null, spilled: 0 };
}

export function stepAdder(b: WetBench, p: SetupPart, dtS: number, fire: Fire): void {
  const a = b.s.adders[p.id];
  if (!a) return;
  const dropper = p.kind === 'dropper';
  const active = dropper ? p.props.squeeze === true : p.props.tipped === true;
  if (!active) {
    Object.assign(a, freshAdder(p));
    return;
  }
  const amount = dropper ? Math.min(a.left, dropMlOf(String(p.props.reagent)) * DROPS_PER_S * dtS) : a.left;
  if (!(amount > 0)) return;
  a.left -= amount;
  const point = dropper ? worldPoint(p, 0, DROPPER_TIP_Y_M) : worldPoint(p, SPATULA_BOWL_X_M, 0);
  // Oleic acid solution goes onto a tray's water or into a small cylinder (./film-step.ts), anywhere else onto the table.
  if (dropper && String(p.props.reagent) in OLEIC_SOLUTIONS) {
    a.into = dropOleic(b, point, String(p.props.reagent), amount);
    if (!a.into) {
      a.spilled += amount;
      fire('spilled');
    }
    return;
  }
  const at = dropTarget(b.setup, point, (id) => b.s.vessels[id]?.contents ?? null);
  const v = at ? b.s.vessels[at.vessel.id] : undefined;
  a.into = v && !v.cracked ? at!.vessel.id : null;
  if (!v || v.cracked) {
    a.spilled += amount;
    fire('spilled');
    return;
  }
  const roomK = b.room.temperatureK;
  if (dropper && p.props.reagent === 'hcl' && holdsAcidSoluble(v.contents)) v.acidOnPrecipitate = true;
  // Sodium cut on wet paper: part of it has already reacted there and never reaches the vessel.
  const lost = !dropper && p.props.solid === 'sodium' && p.props.handling === 'wetPaper' ? SODIUM_WET_PAPER_SHARE : 0;
  addInto(v.contents, dropper ? dropperReagent(String(p.props.reagent), amount, roomK) : spatulaSolid(String(p.props.solid), amount * (1 - lost), roomK));
  if (!at!.underSurface) v.airStirredS = AIR_STIRRED_S;
}
