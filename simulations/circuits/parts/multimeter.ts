/**
 * The analog multimeter (多用电表, the MF-47 type of school labs): a red probe in the "+" jack, a black one in
 * "COM", and a rotary selector. DC volts (2.5, 10, 50 V; 20 kΩ/V), DC milliamps (10, 100 mA; 0.1 V burden) and
 * four Ω multipliers (×1 … ×1k) on one dial. On Ω the meter's own 1.5 V cell drives a test current out of the
 * black probe (its +) through what is measured and back in at the red one ("红进黑出"), behind the range's
 * internal resistance, which is the scale's centre mark × the multiplier. The Ω zero knob trims that resistance:
 * with the probes shorted the pointer must be turned onto the 0 Ω mark before measuring.
 * The scale laws are in ../engine/meters.ts (multimeterMode, ohmPointerFraction, ohmScaleReadingOhm).
 */
import type { PartDefinition } from '../../bench/part';
import { MULTIMETER_MODES } from '../engine/meters';

const k = (s: string) => `circuits.${s}`;

export const multimeter: PartDefinition = {
  kind: 'multimeter',
  bench: 'circuits',
  labelKey: k('part.multimeter'),
  idPrefix: 'MM',
  widthM: 0.1,
  heightM: 0.13,
  props: [
    { kind: 'choice', name: 'mode', labelKey: k('prop.mode'), options: MULTIMETER_MODES.map((m) => ({ value: m.id, labelKey: k(`selector.${m.id}`) })), default: 'off' },
    // Where the Ω zero knob stands: 0 is zero on the scale; a meter comes out of the box a little off.
    { kind: 'number', name: 'ohmZeroKnob', labelKey: k('prop.ohmZeroKnob'), unit: '', min: -1, max: 1, step: 0.01, default: 0.3 },
  ],
  terminals: [
    { name: '+', xM: 0.025, yM: 0.055, labelKey: k('terminal.redProbe'), polarity: '+' },
    { name: '-', xM: -0.025, yM: 0.055, labelKey: k('terminal.blackProbe'), polarity: '-' },
  ],
  liveProps: ['mode', 'ohmZeroKnob'],
};
