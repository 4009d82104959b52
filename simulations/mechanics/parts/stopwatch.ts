/**
 * The stopwatch (停表): mechanical (0.1 s jumps, minute dial) or electronic (0.01 s). Its crown is pressed to
 * start, stop and return to zero (T on the part, or the field): the time is whatever the student's hand caught.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const stopwatch: PartDefinition = {
  kind: 'stopwatch',
  bench: 'mechanics',
  labelKey: k('part.stopwatch'),
  idPrefix: 'SW',
  widthM: 0.06,
  heightM: 0.07,
  props: [
    { kind: 'choice', name: 'crown', labelKey: k('prop.crown'), options: ['zero', 'running', 'stopped'].map((value) => ({ value, labelKey: k(`crown.${value}`) })), default: 'zero' },
    { kind: 'choice', name: 'type', labelKey: k('prop.watchType'), options: ['mechanical', 'electronic'].map((value) => ({ value, labelKey: k(`watch.${value}`) })), default: 'mechanical' },
  ],
  terminals: [],
  liveProps: ['crown'],
};
