/**
 * A micrometer screw gauge (螺旋测微器, 0–25 mm, 0.01 mm) held in the hand: the frame with its anvil, the
 * spindle turned by the ratchet until it closes on the specimen (one whose centre lies in HOLD_ZONE, the gap),
 * and a zero error (the reading with anvil and spindle closed, as small as a few thousandths of a millimetre).
 * Reading: ../length-gauges.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** The anvil's face, metres from the part's centre; the spindle's face is the opening to the right of it. */
export const MICROMETER_ANVIL_X_M = -0.039;
/** Where a specimen's centre must be to be held between anvil and spindle, in the part's own metres. */
export const MICROMETER_HOLD_ZONE = { left: MICROMETER_ANVIL_X_M - 0.005, right: MICROMETER_ANVIL_X_M + 0.03, top: -0.015, bottom: 0.015 };

export const micrometer: PartDefinition = {
  kind: 'micrometer',
  bench: 'mechanics',
  labelKey: k('part.micrometer'),
  idPrefix: 'MI',
  widthM: 0.13,
  heightM: 0.06,
  props: [{ kind: 'number', name: 'zeroErrorMm', labelKey: k('prop.zeroErrorMm'), unit: 'mm', min: -0.05, max: 0.05, step: 0.001, default: 0 }],
  terminals: [],
};
