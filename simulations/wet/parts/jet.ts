/**
 * A glass jet (尖嘴玻璃导管): the end of a generator's delivery tube drawn out to a fine tip, held upright with its tip at
 * the top. The generator's gas leaves into the room at the tip; a flame put to the tip meets it there
 * (../engine/outlet-flame.ts): hydrogen burns quietly at it once pure, and before that the flame runs back.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

/** The tip above the jet's centre, metres (the jet is 9 cm long). */
export const JET_TIP_Y_M = -0.045;

export const jet: PartDefinition = {
  kind: 'jet',
  bench: 'wet',
  labelKey: k('part.jet'),
  idPrefix: 'J',
  widthM: 0.008,
  heightM: 0.09,
  props: [],
  terminals: [{ name: 'dip', xM: 0, yM: 0.045, labelKey: k('terminal.jetIn') }],
};
