/**
 * A student power supply (学生电源) for electrolysis and electroplating: set to a current with its knob, read on its
 * ammeter to 0.01 A, switched on and off on the part. Terminals `+` (正极, to the anode) and `−` (负极, to the
 * cathode). It drives the set current through any liquid that conducts (../electroplating.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

/** Its ammeter's division, A. */
export const SUPPLY_AMMETER_DIVISION_A = 0.01;

export const dcSupply: PartDefinition = {
  kind: 'dc-supply',
  bench: 'wet',
  labelKey: k('part.dc-supply'),
  idPrefix: 'U',
  widthM: 0.11,
  heightM: 0.07,
  props: [
    { kind: 'number', name: 'currentA', labelKey: k('prop.currentA'), unit: 'A', min: 0.05, max: 1, step: 0.05, default: 0.3 },
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: false },
  ],
  terminals: [
    { name: '+', xM: 0.03, yM: -0.035, labelKey: k('terminal.plus') },
    { name: '-', xM: -0.03, yM: -0.035, labelKey: k('terminal.minus') },
  ],
  liveProps: ['on'],
};
