/**
 * A gas syringe (注射器, 100 mL, divided in 1 mL) on the end of a delivery tube, for measuring the gas a reaction
 * gives off against time (人教版 化学 必修第二册 第六章第二节 "化学反应的速率", 实验活动7): the gas pushes the plunger
 * out; its scale reads the gas collected, to the division. Beyond 100 mL the plunger is at its stop and the gas
 * leaks past it. Its `dip` terminal is where the delivery tube joins it.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const SYRINGE_ML = 100;

export const gasSyringe: PartDefinition = {
  kind: 'gas-syringe',
  bench: 'wet',
  labelKey: k('part.gas-syringe'),
  idPrefix: 'G',
  widthM: 0.2,
  heightM: 0.03,
  props: [],
  terminals: [{ name: 'dip', xM: -0.1, yM: 0, labelKey: k('terminal.syringe') }],
};
