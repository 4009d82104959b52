/**
 * An electronic balance (电子天平) reading to 0.001 g: what lies on its pan (a metal strip or key put down with its
 * bottom end on the pan) is weighed, dry. Used to weigh a piece before and after plating.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const BALANCE_DIVISION_G = 0.001;
/** The pan: its top 2.5 cm above the balance's centre, 8 cm across. */
export const PAN_TOP_M = -0.025;
export const PAN_HALF_WIDTH_M = 0.04;

export const electronicBalance: PartDefinition = {
  kind: 'electronic-balance',
  bench: 'wet',
  labelKey: k('part.electronic-balance'),
  idPrefix: 'EB',
  widthM: 0.12,
  heightM: 0.05,
  props: [],
  terminals: [],
};
