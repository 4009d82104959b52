/**
 * A sliding rheostat (滑动变阻器): a coil of resistance wire between ends a and b, and a slider (terminal
 * c, on the bar) touching it. Wired "one up, one down" (一上一下) it is a variable resistor: between a and c
 * the resistance is the slider fraction × the whole.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const rheostat: PartDefinition = {
  kind: 'rheostat',
  bench: 'circuits',
  labelKey: k('part.rheostat'),
  idPrefix: 'RP',
  widthM: 0.16,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'resistanceOhm', labelKey: k('prop.maxResistanceOhm'), unit: 'Ω', min: 1, max: 200, step: 1, default: 20 },
    { kind: 'number', name: 'sliderFraction', labelKey: k('prop.sliderFraction'), unit: '', min: 0, max: 1, step: 0.01, default: 1 },
  ],
  terminals: [
    { name: 'a', xM: -0.085, yM: 0.015, labelKey: k('terminal.endA') },
    { name: 'b', xM: 0.085, yM: 0.015, labelKey: k('terminal.endB') },
    { name: 'c', xM: 0.085, yM: -0.02, labelKey: k('terminal.slider') },
  ],
  liveProps: ['sliderFraction'],
};
