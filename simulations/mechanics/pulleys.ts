/**
 * Fixed and movable pulleys (定滑轮、动滑轮; 人教版 八年级下册 第十二章第2节 "滑轮", 第3节 "机械效率"), lifted
 * steadily with a spring gauge on the rope. Pure.
 *
 *   fixed:   F = G (1 + f)             (it only turns the pull round; its own weight rests on the axle)
 *   movable: F = (G + G₀)(1 + f) / 2   (two ropes carry the load and the pulley's own weight G₀)
 * with f the pulley's friction as a fraction of the rope's pull (a documented assumption, 0.04 by default: a
 * school pulley on a plain axle), and the efficiency η = W_useful / W_total = G h / (F s), s = h (fixed) or 2h
 * (movable): below 1 by the friction and, for the movable pulley, by lifting the pulley itself.
 */
export type PulleyType = 'fixed' | 'movable';
export const PULLEY_TYPES: PulleyType[] = ['fixed', 'movable'];
export const DEFAULT_PULLEY_FRICTION = 0.04;

/** The pull on the rope to lift a load of weight `loadN` steadily, N. */
export function pulleyPullN(type: PulleyType, loadN: number, ownN: number, friction: number): number {
  if (!(friction >= 0)) throw new Error(`friction: ${friction} is not ≥ 0`);
  return type === 'fixed' ? loadN * (1 + friction) : ((loadN + ownN) * (1 + friction)) / 2;
}

/** The efficiency G h / (F s), with s = h or 2h; NaN with nothing pulled. */
export function pulleyEfficiency(type: PulleyType, loadN: number, pullN: number): number {
  return pullN > 0 ? loadN / (pullN * (type === 'fixed' ? 1 : 2)) : NaN;
}
