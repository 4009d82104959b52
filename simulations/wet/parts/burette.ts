/**
 * A 50 mL burette (滴定管, with a PTFE tap, so it holds acid or alkali) clamped upright on a stand, drawn with its
 * tip at the bottom: filled with a standard solution of sodium hydroxide of known concentration (标准液) and its
 * level set at the start (初读数). The tap is closed, drop by drop, slow or fast; what runs out goes into the
 * vessel whose mouth is under the tip, or onto the table. Where the eye is when it is read: level with the bottom
 * of the meniscus, from above (俯视) or from below (仰视) (../burette-reading.ts).
 */
import type { PartDefinition } from '../../bench/part';
import { TAP_MODES } from '../burette-reading';
import { EYE_POSITIONS } from './thermometer';

const k = (s: string) => `wet.${s}`;

/** The tip's place below the burette's centre, metres (the glass is drawn 30 cm long). */
export const BURETTE_TIP_Y_M = 0.15;

export const burette: PartDefinition = {
  kind: 'burette',
  bench: 'wet',
  labelKey: k('part.burette'),
  idPrefix: 'D',
  widthM: 0.03,
  heightM: 0.3,
  props: [
    { kind: 'number', name: 'naohMolL', labelKey: k('prop.naohMolL'), unit: 'mol/L', min: 0.01, max: 0.5, step: 0.0001, default: 0.1 },
    { kind: 'number', name: 'startMl', labelKey: k('prop.startMl'), unit: 'mL', min: 0, max: 10, step: 0.01, default: 0 },
    { kind: 'choice', name: 'tap', labelKey: k('prop.tap'), options: TAP_MODES.map((m) => ({ value: m, labelKey: k(`tap.${m}`) })), default: 'closed' },
    { kind: 'choice', name: 'eye', labelKey: k('prop.eye'), options: EYE_POSITIONS.map((e) => ({ value: e, labelKey: k(`buretteEye.${e}`) })), default: 'level' },
  ],
  terminals: [],
  liveProps: ['tap', 'eye'],
};
