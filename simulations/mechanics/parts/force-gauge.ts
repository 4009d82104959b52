/**
 * A spring force gauge (弹簧测力计) held by its ring: what hangs from its hook (a hooked weight, a sample on its
 * thread) pulls the spring; a thread from its hook to a block pulls the block along a board. `zeroN` is where the
 * pointer rests unloaded (its zero error; the student turns the zero screw until it is 0), `pull` how the hand
 * pulls a block along a board. Reading rules: bench/instruments/force-gauge.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** The zero mark, metres below the gauge's centre; the scale runs down from it. */
export const GAUGE_ZERO_Y_M = -0.06;

export const forceGauge: PartDefinition = {
  kind: 'force-gauge',
  bench: 'mechanics',
  labelKey: k('part.force-gauge'),
  idPrefix: 'F',
  widthM: 0.032,
  heightM: 0.2,
  props: [
    { kind: 'choice', name: 'range', labelKey: k('prop.range'), options: ['2.5', '5', '10'].map((value) => ({ value, labelKey: k(`range.${value}`) })), default: '5' },
    { kind: 'number', name: 'zeroN', labelKey: k('prop.zeroN'), unit: 'N', min: -0.4, max: 0.4, step: 0.02, default: 0 },
    {
      kind: 'choice',
      name: 'pull',
      labelKey: k('prop.pull'),
      options: [
        { value: 'none', labelKey: k('pull.none') },
        { value: 'steady', labelKey: k('pull.steady') },
        { value: 'faster', labelKey: k('pull.faster') },
      ],
      default: 'none',
    },
  ],
  terminals: [
    { name: 'ring', xM: 0, yM: -0.1, labelKey: k('terminal.ring'), hang: 'ring' },
    { name: 'hook', xM: 0, yM: 0.1, labelKey: k('terminal.hook'), hang: 'hook' },
  ],
  liveProps: ['zeroN', 'pull'],
};
