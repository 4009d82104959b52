/**
 * An electrolytic capacitor (电解电容器) on its stand: capacitance as printed on it, + and − leads (the −
 * side marked by the stripe). It keeps its charge when the circuit changes; it charges and discharges through
 * whatever joins its leads.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const capacitor: PartDefinition = {
  kind: 'capacitor',
  bench: 'circuits',
  labelKey: k('part.capacitor'),
  idPrefix: 'C',
  widthM: 0.06,
  heightM: 0.05,
  props: [{ kind: 'number', name: 'capacitanceUF', labelKey: k('prop.capacitanceUF'), unit: 'µF', min: 10, max: 4700, step: 10, default: 1000 }],
  terminals: [
    { name: '+', xM: 0.025, yM: 0.018, labelKey: k('terminal.plus'), polarity: '+' },
    { name: '-', xM: -0.025, yM: 0.018, labelKey: k('terminal.minus'), polarity: '-' },
  ],
};
