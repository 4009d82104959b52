/**
 * A thin copper plate (薄铜片, 11 cm × 0.3 mm): laid on a beaker's mouth over hot water it warms towards the
 * water's temperature; on a tripod over a lit lamp the flame heats it. What lies on it takes its temperature
 * (./combustion.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const COPPER_PLATE_W_M = 0.11;

export const copperPlate: PartDefinition = {
  kind: 'copper-plate',
  bench: 'wet',
  labelKey: k('part.copper-plate'),
  idPrefix: 'Cu',
  widthM: COPPER_PLATE_W_M,
  heightM: 0.003,
  props: [],
  terminals: [],
};
