/**
 * The long board with a pulley at one end and a ticker timer at the other (一端带滑轮的长木板, 打点计时器), the cart
 * on it trailing its paper tape through the timer, and the thread from the cart over the pulley ending in a hook
 * where hooked weights are hung. `tiltDeg`: how far the timer end is raised (to balance the resistance);
 * `cartMassG`: the cart with any weights put in it; `start` (T on the part): held, let go, or given a push.
 * Motion and tape: ../cart-track.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { CART_STARTS } from '../cart-track';

const k = (s: string) => `mechanics.${s}`;

export const CART_TRACK_LENGTH_M = 1.0;
/** The pulley's centre, metres from the part's centre (at the board's right end, over the table's edge). */
export const PULLEY_X_M = 0.5;
export const PULLEY_Y_M = -0.01;
export const PULLEY_R_M = 0.012;

export const cartTrack: PartDefinition = {
  kind: 'cart-track',
  bench: 'mechanics',
  labelKey: k('part.cart-track'),
  idPrefix: 'CT',
  widthM: 1.06,
  heightM: 0.08,
  props: [
    { kind: 'number', name: 'tiltDeg', labelKey: k('prop.tiltDeg'), unit: '°', min: 0, max: 5, step: 0.01, default: 0 },
    { kind: 'number', name: 'cartMassG', labelKey: k('prop.cartMassG'), unit: 'g', min: 200, max: 1000, step: 50, default: 400 },
    { kind: 'choice', name: 'start', labelKey: k('prop.cartStart'), options: CART_STARTS.map((value) => ({ value, labelKey: k(`cartStart.${value}`) })), default: 'held' },
  ],
  terminals: [{ name: 'hook', xM: PULLEY_X_M + PULLEY_R_M, yM: 0.035, labelKey: k('terminal.threadHook'), hang: 'hook' }],
  liveProps: ['start', 'tiltDeg'],
};
