/** A dry cell (干电池): EMF and internal resistance (a new cell: 1.5 V, about 0.5 Ω). */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const cell: PartDefinition = {
  kind: 'cell',
  bench: 'circuits',
  labelKey: k('part.cell'),
  idPrefix: 'E',
  widthM: 0.09,
  heightM: 0.035,
  props: [
    { kind: 'number', name: 'emfV', labelKey: k('prop.emfV'), unit: 'V', min: 0.5, max: 2, step: 0.05, default: 1.5 },
    { kind: 'number', name: 'internalResistanceOhm', labelKey: k('prop.internalResistanceOhm'), unit: 'Ω', min: 0, max: 5, step: 0.05, default: 0.5 },
  ],
  terminals: [
    { name: '+', xM: 0.05, yM: 0, labelKey: k('terminal.plus'), polarity: '+' },
    { name: '-', xM: -0.05, yM: 0, labelKey: k('terminal.minus'), polarity: '-' },
  ],
};
