/** A small bulb (小灯泡) in its holder, rated as printed on it ("2.5 V 0.3 A": 0.75 W). */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const bulb: PartDefinition = {
  kind: 'bulb',
  bench: 'circuits',
  labelKey: k('part.bulb'),
  idPrefix: 'L',
  widthM: 0.06,
  heightM: 0.06,
  props: [
    { kind: 'number', name: 'ratedVoltageV', labelKey: k('prop.ratedVoltageV'), unit: 'V', min: 1, max: 12, step: 0.1, default: 2.5 },
    { kind: 'number', name: 'ratedPowerW', labelKey: k('prop.ratedPowerW'), unit: 'W', min: 0.1, max: 10, step: 0.05, default: 0.75 },
  ],
  terminals: [
    { name: 'a', xM: -0.035, yM: 0.02, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.035, yM: 0.02, labelKey: k('terminal.b') },
  ],
};
