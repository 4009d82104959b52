/**
 * What moves on the mechanics bench: the cart rolling down the slope from rest and the stopwatch counting while
 * it runs. The cart: a = g (sin θ − μ_r cos θ), with μ_r = 0.005 the rolling resistance of a school cart on a
 * board (its wheels' bearings; small against sin θ for the slopes used), so s = ½ a t² until it strikes the
 * metal plate; t = √(2 s / a) (人教版 八年级上册 第一章第4节: the cart speeds up, so the average speed over the
 * whole way is more than over its first half).
 */
import type { SetupPart } from '../bench/setup';

export const CART_ROLLING_RESISTANCE = 0.005;

export function cartAccelerationMps2(slope: SetupPart, gMps2: number): number {
  const a = (Number(slope.props.angleDeg) * Math.PI) / 180;
  return Math.max(0, gMps2 * (Math.sin(a) - CART_ROLLING_RESISTANCE * Math.cos(a)));
}

/** The cart's way from its start to the plate, metres. */
export function cartPathM(slope: SetupPart): number {
  return Math.max(0, Number(slope.props.stopM) - Number(slope.props.startM));
}

/** Time from letting go to striking the plate, s. */
export function cartRunTimeS(slope: SetupPart, gMps2: number): number {
  const a = cartAccelerationMps2(slope, gMps2);
  return a > 0 ? Math.sqrt((2 * cartPathM(slope)) / a) : Infinity;
}

/** Where the cart is after rolling for `t` seconds, metres from its start (stopped at the plate). */
export function cartTravelM(slope: SetupPart, gMps2: number, t: number): number {
  return Math.min(cartPathM(slope), 0.5 * cartAccelerationMps2(slope, gMps2) * t * t);
}
