/**
 * An iron stand with a ticker timer (打点计时器) clamped high on it and a pad on its base; a weight clamped to a
 * paper tape that runs up through the timer, held by the tape's top end until let go (T on the part). `massG`:
 * the weight; `resistanceN`: the tape's rub in the timer and the air's drag together (the loss that makes ΔEk
 * a little less than ΔEp); `dot`: which dot the student is reading (its neighbours give the speed there).
 * Motion and tape: ../free-fall-tape.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { DEFAULT_TAPE_RESISTANCE_N } from '../free-fall-tape';

const k = (s: string) => `mechanics.${s}`;

/** The weight's top when held, and the pad's top, metres from the part's centre. */
export const DROP_START_Y_M = -0.36;

export const dropTimer: PartDefinition = {
  kind: 'drop-timer',
  bench: 'mechanics',
  labelKey: k('part.drop-timer'),
  idPrefix: 'DT',
  widthM: 0.24,
  heightM: 1.0,
  props: [
    { kind: 'choice', name: 'start', labelKey: k('prop.dropStart'), options: ['held', 'released'].map((value) => ({ value, labelKey: k(`dropStart.${value}`) })), default: 'held' },
    { kind: 'number', name: 'massG', labelKey: k('prop.dropMassG'), unit: 'g', min: 50, max: 500, step: 50, default: 200 },
    { kind: 'number', name: 'resistanceN', labelKey: k('prop.resistanceN'), unit: 'N', min: 0, max: 0.2, step: 0.005, default: DEFAULT_TAPE_RESISTANCE_N },
    { kind: 'number', name: 'dot', labelKey: k('prop.dot'), unit: '', min: 1, max: 19, step: 1, default: 10 },
  ],
  terminals: [],
  liveProps: ['start'],
};
