/**
 * Pouring liquid from one vessel into another, as property changes of both (one undoable step on the bench):
 * a student pours about so much (the hand is not a pipette: what went in is read on the cylinder, what left is
 * weighed). Refused: pouring from an empty vessel, into one holding another liquid, or more than the source has.
 */
import type { ParamValue } from '../core/params';
import type { SetupPart } from '../bench/setup';

export type PourResult = { ok: true; changes: { partId: string; prop: string; value: ParamValue }[] } | { ok: false; reason: 'empty' | 'otherLiquid' | 'notVessel' };

const VESSELS = new Set(['beaker', 'measuring-cylinder']);

export function pour(from: SetupPart, to: SetupPart, amountMl: number): PourResult {
  if (!VESSELS.has(from.kind) || !VESSELS.has(to.kind)) return { ok: false, reason: 'notVessel' };
  const have = Number(from.props.liquidMl), there = Number(to.props.liquidMl);
  if (!(have > 0) || !(amountMl > 0)) return { ok: false, reason: 'empty' };
  if (there > 0 && to.props.liquid !== from.props.liquid) return { ok: false, reason: 'otherLiquid' };
  const moved = Math.min(have, Math.round(amountMl));
  return {
    ok: true,
    changes: [
      { partId: from.id, prop: 'liquidMl', value: have - moved },
      { partId: to.id, prop: 'liquidMl', value: there + moved },
      { partId: to.id, prop: 'liquid', value: from.props.liquid as ParamValue },
    ],
  };
}
