/**
 * A light gate (光电门): a fork clamped on the cart's board, its infrared beam across the gap at the height of
 * the cart's shading strip; put down near the board it snaps onto it, its distance along read on the board's
 * scale. Its cable goes to the digital timer. Blocking times: ../light-gates.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { GATE_MOUNT } from './cart-track';

const k = (s: string) => `mechanics.${s}`;

export const lightGate: PartDefinition = {
  kind: 'light-gate',
  bench: 'mechanics',
  labelKey: k('part.light-gate'),
  idPrefix: 'LG',
  widthM: 0.024,
  heightM: 0.06,
  props: [],
  terminals: [],
  mountsOn: GATE_MOUNT,
};
