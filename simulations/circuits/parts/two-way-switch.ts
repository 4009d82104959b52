/** A two-way switch (单刀双掷开关): the common terminal joins a or b. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const twoWaySwitch: PartDefinition = {
  kind: 'two-way-switch',
  bench: 'circuits',
  labelKey: k('part.two-way-switch'),
  idPrefix: 'S',
  widthM: 0.08,
  heightM: 0.06,
  props: [
    {
      kind: 'choice',
      name: 'position',
      labelKey: k('prop.position'),
      options: [
        { value: 'a', labelKey: k('position.a') },
        { value: 'b', labelKey: k('position.b') },
      ],
      default: 'a',
    },
  ],
  terminals: [
    { name: 'common', xM: -0.045, yM: 0, labelKey: k('terminal.common') },
    { name: 'a', xM: 0.045, yM: -0.02, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.045, yM: 0.02, labelKey: k('terminal.b') },
  ],
  liveProps: ['position'],
};
