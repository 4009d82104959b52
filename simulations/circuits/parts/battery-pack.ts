/** A battery pack (电池组): n dry cells in series in a holder; E = n·E₁, r = n·r₁. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const batteryPack: PartDefinition = {
  kind: 'battery-pack',
  bench: 'circuits',
  labelKey: k('part.battery-pack'),
  idPrefix: 'B',
  widthM: 0.12,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'cellCount', labelKey: k('prop.cellCount'), unit: '', min: 1, max: 4, step: 1, default: 2 },
    { kind: 'number', name: 'cellEmfV', labelKey: k('prop.cellEmfV'), unit: 'V', min: 0.5, max: 2, step: 0.05, default: 1.5 },
    { kind: 'number', name: 'cellInternalResistanceOhm', labelKey: k('prop.cellInternalResistanceOhm'), unit: 'Ω', min: 0, max: 5, step: 0.05, default: 0.5 },
  ],
  terminals: [
    { name: '+', xM: 0.065, yM: 0, labelKey: k('terminal.plus'), polarity: '+' },
    { name: '-', xM: -0.065, yM: 0, labelKey: k('terminal.minus'), polarity: '-' },
  ],
};
