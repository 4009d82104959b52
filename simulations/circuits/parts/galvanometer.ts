/**
 * The sensitive galvanometer (灵敏电流计) of induction experiments: zero in the middle of the scale, the
 * pointer swinging right when current enters at + and left when it enters at −. Its moving coil has inertia
 * and damping, so a brief current throws the pointer and it swings back to zero.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/**
 * Two ranges chosen by its selector, "30–0–30" and "300–0–300" µA, each numbered every third of the scale with
 * 10 small divisions between numbers; coil resistance 50 Ω (the same on both ranges, a simplification); free
 * swing period 1 s, damping ratio 0.5 (the pointer overshoots zero a little on its way back).
 */
export const GALVANOMETER = { majorDivisions: 3, minorPerMajor: 10, resistanceOhm: 50, periodS: 1, dampingRatio: 0.5 } as const;

/** Full scale of the range a galvanometer is set to, A. */
export function galvanometerFullScaleA(props: Record<string, unknown>): number {
  return Number(props.rangeUA ?? '30') * 1e-6;
}

export const galvanometer: PartDefinition = {
  kind: 'galvanometer',
  bench: 'circuits',
  labelKey: k('part.galvanometer'),
  idPrefix: 'G',
  widthM: 0.11,
  heightM: 0.1,
  props: [
    {
      kind: 'choice',
      name: 'rangeUA',
      labelKey: k('prop.rangeUA'),
      options: [
        { value: '30', labelKey: k('range.30uA') },
        { value: '300', labelKey: k('range.300uA') },
      ],
      default: '30',
    },
  ],
  terminals: [
    { name: '-', xM: -0.03, yM: 0.04, labelKey: k('terminal.minus'), polarity: '-' },
    { name: '+', xM: 0.03, yM: 0.04, labelKey: k('terminal.plus'), polarity: '+' },
  ],
};
