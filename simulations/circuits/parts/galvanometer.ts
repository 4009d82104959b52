/**
 * The sensitive galvanometer (灵敏电流计) of induction experiments: zero in the middle of the scale, the
 * pointer swinging right when current enters at + and left when it enters at −. Its moving coil has inertia
 * and damping, so a brief current throws the pointer and it swings back to zero.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/**
 * A "30–0–30" scale: ±30 µA, numbered every 10 µA, 1 µA per small division; coil resistance 50 Ω; free
 * swing period 1 s, damping ratio 0.5 (the pointer overshoots zero a little on its way back).
 */
export const GALVANOMETER = { fullScaleA: 30e-6, majorDivisions: 3, minorPerMajor: 10, resistanceOhm: 50, periodS: 1, dampingRatio: 0.5 } as const;

export const galvanometer: PartDefinition = {
  kind: 'galvanometer',
  bench: 'circuits',
  labelKey: k('part.galvanometer'),
  idPrefix: 'G',
  widthM: 0.11,
  heightM: 0.1,
  props: [],
  terminals: [
    { name: '-', xM: -0.03, yM: 0.04, labelKey: k('terminal.minus'), polarity: '-' },
    { name: '+', xM: 0.03, yM: 0.04, labelKey: k('terminal.plus'), polarity: '+' },
  ],
};
