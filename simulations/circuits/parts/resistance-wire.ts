/**
 * A resistance wire (金属丝) stretched along a board with a metre rule printed beside it, between a fixed clip
 * at post a and a clip that can be set anywhere along it (`lengthM`, the length in the circuit, read on the
 * rule), its lead to post b. Material and diameter as a wire has them; the diameter is measured with the
 * micrometer (螺旋测微器) shown up close under the table.
 */
import type { PartDefinition } from '../../bench/part';
import { MATERIALS } from '../engine/materials';

const k = (s: string) => `circuits.${s}`;

/** Where the fixed clip is on the board (its own metres), and the rule's length. */
export const WIRE_BOARD = { startXM: -0.26, ruleM: 0.5 } as const;

export const resistanceWire: PartDefinition = {
  kind: 'resistance-wire',
  bench: 'circuits',
  labelKey: k('part.resistance-wire'),
  idPrefix: 'RX',
  widthM: 0.6,
  heightM: 0.05,
  props: [
    { kind: 'choice', name: 'material', labelKey: k('prop.material'), options: MATERIALS.map((m) => ({ value: m.id, labelKey: m.labelKey })), default: 'nichrome' },
    { kind: 'number', name: 'diameterMm', labelKey: k('prop.diameterMm'), unit: 'mm', min: 0.1, max: 1.5, step: 0.01, default: 0.4 },
    { kind: 'number', name: 'lengthM', labelKey: k('prop.wireLengthM'), unit: 'm', min: 0.05, max: WIRE_BOARD.ruleM, step: 0.001, default: 0.5 },
  ],
  terminals: [
    { name: 'a', xM: -0.29, yM: 0.012, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.29, yM: 0.012, labelKey: k('terminal.b') },
  ],
  liveProps: ['lengthM'],
};
