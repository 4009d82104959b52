/**
 * The long board with a pulley at one end and a ticker timer at the other (一端带滑轮的长木板, 打点计时器), the cart
 * on it trailing its paper tape through the timer, and the thread from the cart over the pulley ending in a hook
 * where hooked weights are hung. `tiltDeg`: how far the timer end is raised (to balance the resistance);
 * `cartMassG`: the cart with any weights put in it; `start` (T on the part): held, let go, or given a push;
 * `stripMm`: the width of the shading strip (遮光条) on the cart, for light gates clamped along the board (its
 * track: a gate's distance along it is from where the strip's centre starts). Motion and tape: ../cart-track.ts;
 * gates: ../light-gates.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { CART_RUN_M, CART_STARTS } from '../cart-track';

const k = (s: string) => `mechanics.${s}`;

export const CART_TRACK_LENGTH_M = 1.0;
/** The pulley's centre, metres from the part's centre (at the board's right end, over the table's edge). */
export const PULLEY_X_M = 0.5;
export const PULLEY_Y_M = -0.01;
export const PULLEY_R_M = 0.012;
/** The cart's centre at its start (its back 5 cm from the timer), and its size, metres in the part's frame (y down from the board's top). */
export const CART_START_X_M = -CART_TRACK_LENGTH_M / 2 + 0.1;
export const CART_WIDTH_M = 0.1;
/** The shading strip stands on the cart's top (y = −0.022) up to this height; a gate's beam crosses it half-way. */
export const STRIP_TOP_Y_M = -0.034;
export const GATE_BEAM_Y_M = -0.028;
/** What rides on the board's track: light gates. */
export const GATE_MOUNT = 'cart-gate';

/** Where a point of the board's frame (u along it, v down from its top) is drawn with the timer end raised by `tiltDeg` (turned about the pulley end). */
export function onTiltedBoard(u: number, v: number, tiltDeg: number): { x: number; y: number } {
  const a = (tiltDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a), half = CART_TRACK_LENGTH_M / 2;
  return { x: half + (u - half) * c - v * s, y: (u - half) * s + v * c };
}

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
    { kind: 'number', name: 'stripMm', labelKey: k('prop.stripMm'), unit: 'mm', min: 2, max: 40, step: 0.1, default: 10 },
    { kind: 'choice', name: 'start', labelKey: k('prop.cartStart'), options: CART_STARTS.map((value) => ({ value, labelKey: k(`cartStart.${value}`) })), default: 'held' },
  ],
  terminals: [{ name: 'hook', xM: PULLEY_X_M + PULLEY_R_M, yM: 0.035, labelKey: k('terminal.threadHook'), hang: 'hook' }],
  liveProps: ['start', 'tiltDeg'],
  // The strip's centre from its start to where the hand stops the cart, at the beam's height.
  track: { x0M: CART_START_X_M, y0M: GATE_BEAM_Y_M, x1M: CART_START_X_M + CART_RUN_M, y1M: GATE_BEAM_Y_M, holds: GATE_MOUNT },
};
