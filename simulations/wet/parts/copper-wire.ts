/**
 * A copper wire with its end coiled (铜丝, 螺旋状), held upright by its straight end with the coil at the bottom: put
 * in the alcohol lamp's outer flame it turns black, plunged hot into ethanol it is red and bright again
 * (../copper-wire.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

/** The coil's centre below the wire's centre, metres (the wire is 16 cm long, the coil its last 2 cm). */
export const COIL_Y_M = 0.07;

export const copperWire: PartDefinition = {
  kind: 'copper-wire',
  bench: 'wet',
  labelKey: k('part.copper-wire'),
  idPrefix: 'W',
  widthM: 0.012,
  heightM: 0.16,
  props: [],
  terminals: [],
};
