/**
 * A centre-zero demonstration current meter (演示电流计): the pointer swings towards the terminal the current comes
 * in at, full scale ±100 mA, its coil and shunt 5 Ω (../cell.ts). Terminals `+` and `−`.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const METER_FULL_SCALE_MA = 100;
export const METER_RESISTANCE_OHM = 5;

export const galvanometer: PartDefinition = {
  kind: 'galvanometer',
  bench: 'wet',
  labelKey: k('part.galvanometer'),
  idPrefix: 'A',
  widthM: 0.09,
  heightM: 0.07,
  props: [],
  terminals: [
    { name: '+', xM: 0.025, yM: 0.03, labelKey: k('terminal.plus') },
    { name: '-', xM: -0.025, yM: 0.03, labelKey: k('terminal.minus') },
  ],
};
