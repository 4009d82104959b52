/**
 * A vernier caliper (游标卡尺, 0–150 mm) held in the hand: a 10-, 20- or 50-division vernier (0.1, 0.05,
 * 0.02 mm), outside jaws, inside jaws and a depth rod (which of them takes the specimen: T on the part), and
 * a zero error (the reading with the jaws closed). A specimen held in its jaws is one whose centre lies in
 * HOLD_ZONE (between the outside jaws, below the beam). Reading: ../length-gauges.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { CALIPER_JAWS } from '../length-gauges';

const k = (s: string) => `mechanics.${s}`;

/** The main scale's zero (the fixed jaws' inner face), metres from the part's centre. */
export const CALIPER_ZERO_X_M = -0.085;
/** Where a specimen's centre must be to be held in the jaws, in the part's own metres. */
export const CALIPER_HOLD_ZONE = { left: CALIPER_ZERO_X_M - 0.005, right: CALIPER_ZERO_X_M + 0.06, top: -0.02, bottom: 0.035 };

export const vernierCaliper: PartDefinition = {
  kind: 'vernier-caliper',
  bench: 'mechanics',
  labelKey: k('part.vernier-caliper'),
  idPrefix: 'VC',
  widthM: 0.21,
  heightM: 0.07,
  props: [
    { kind: 'choice', name: 'jaws', labelKey: k('prop.jaws'), options: CALIPER_JAWS.map((value) => ({ value, labelKey: k(`jaws.${value}`) })), default: 'outside' },
    { kind: 'choice', name: 'divisions', labelKey: k('prop.vernierDivisions'), options: ['10', '20', '50'].map((value) => ({ value, labelKey: k(`vernier.${value}`) })), default: '20' },
    { kind: 'number', name: 'zeroErrorMm', labelKey: k('prop.zeroErrorMm'), unit: 'mm', min: -0.5, max: 0.5, step: 0.02, default: 0 },
  ],
  terminals: [],
  liveProps: ['jaws'],
};
