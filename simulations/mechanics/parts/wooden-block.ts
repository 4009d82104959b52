/** A wooden block (木块, 200 g) with a hook on its end for the gauge's thread; weights can stand on it. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const woodenBlock: PartDefinition = {
  kind: 'wooden-block',
  bench: 'mechanics',
  labelKey: k('part.wooden-block'),
  idPrefix: 'K',
  widthM: 0.1,
  heightM: 0.05,
  props: [{ kind: 'number', name: 'massG', labelKey: k('prop.massG'), unit: 'g', min: 50, max: 500, step: 10, default: 200 }],
  terminals: [{ name: 'hook', xM: 0.05, yM: 0, labelKey: k('terminal.hook') }],
  rests: true,
  surfaces: ['top'],
};
