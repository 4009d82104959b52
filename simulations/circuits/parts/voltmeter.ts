/** The school voltmeter (电压表): posts "−", "3" and "15"; in parallel with what it measures. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const voltmeter: PartDefinition = {
  kind: 'voltmeter',
  bench: 'circuits',
  labelKey: k('part.voltmeter'),
  idPrefix: 'V',
  widthM: 0.11,
  heightM: 0.1,
  props: [{ kind: 'boolean', name: 'noise', labelKey: k('prop.noise'), default: false }],
  terminals: [
    { name: '-', xM: -0.035, yM: 0.04, labelKey: k('terminal.minus'), polarity: '-' },
    { name: '3', xM: 0, yM: 0.04, labelKey: k('terminal.range3V'), polarity: '+' },
    { name: '15', xM: 0.035, yM: 0.04, labelKey: k('terminal.range15V'), polarity: '+' },
  ],
};
