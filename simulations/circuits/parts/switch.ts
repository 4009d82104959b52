/** A single switch (开关): open or closed; a student flips it even when the teacher locked it in place. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const switchPart: PartDefinition = {
  kind: 'switch',
  bench: 'circuits',
  labelKey: k('part.switch'),
  idPrefix: 'S',
  widthM: 0.08,
  heightM: 0.035,
  props: [{ kind: 'boolean', name: 'closed', labelKey: k('prop.closed'), default: false }],
  terminals: [
    { name: 'a', xM: -0.045, yM: 0, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.045, yM: 0, labelKey: k('terminal.b') },
  ],
  liveProps: ['closed'],
};
