/**
 * A glass tube from an oxygen cylinder or an air pump (通气导管), drawn upright with its end at the bottom
 * (local y +0.07 m). With the gas flowing and its end under water, bubbles of oxygen (or air) reach what lies
 * within 2.5 cm of it: the textbook's oxygen blown onto white phosphorus under hot water (./combustion.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const TUBE_GASES = ['oxygen', 'air'] as const;
/** Where the tube's end is, below its centre, metres. */
export const GAS_TUBE_END_Y_M = 0.07;

export const gasTube: PartDefinition = {
  kind: 'gas-tube',
  bench: 'wet',
  labelKey: k('part.gas-tube'),
  idPrefix: 'G',
  widthM: 0.006,
  heightM: 0.14,
  props: [
    { kind: 'choice', name: 'gas', labelKey: k('prop.gas'), options: TUBE_GASES.map((g) => ({ value: g, labelKey: k(`gas.${g}`) })), default: 'oxygen' },
    { kind: 'boolean', name: 'flowing', labelKey: k('prop.flowing'), default: false },
  ],
  terminals: [],
  liveProps: ['flowing'],
};
