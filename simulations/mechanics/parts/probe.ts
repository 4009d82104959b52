/**
 * The pressure probe (压强计的探头, a small box closed by a rubber membrane) on its rubber tube, held in the
 * hand: put it into a liquid and turn the membrane down, sideways or up; the tube carries the pressure to a
 * U-tube manometer.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const probe: PartDefinition = {
  kind: 'probe',
  bench: 'mechanics',
  labelKey: k('part.probe'),
  idPrefix: 'P',
  widthM: 0.026,
  heightM: 0.026,
  props: [
    {
      kind: 'choice',
      name: 'facing',
      labelKey: k('prop.facing'),
      options: ['down', 'side', 'up'].map((value) => ({ value, labelKey: k(`facing.${value}`) })),
      default: 'down',
    },
  ],
  terminals: [{ name: 'tube', xM: 0, yM: -0.013, labelKey: k('terminal.tube') }],
  liveProps: ['facing'],
};
