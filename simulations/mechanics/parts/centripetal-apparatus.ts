/**
 * The centripetal-force apparatus (向心力演示器), from the front: the crank and the right tower pulley, the belt to
 * the left tower on a chosen pair of steps, the two arms with their balls in slots, and the two striped columns.
 * T on the part turns the crank (at `crankRps`) or stops it. Physics: ../centripetal.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;
const opts = (name: string, values: string[]) => values.map((value) => ({ value, labelKey: k(`${name}.${value}`) }));

export const centripetalApparatus: PartDefinition = {
  kind: 'centripetal-apparatus',
  bench: 'mechanics',
  labelKey: k('part.centripetal-apparatus'),
  idPrefix: 'CF',
  widthM: 0.5,
  heightM: 0.3,
  props: [
    { kind: 'choice', name: 'crank', labelKey: k('prop.crank'), options: opts('crank', ['still', 'turning']), default: 'still' },
    { kind: 'choice', name: 'belt', labelKey: k('prop.belt'), options: opts('belt', ['1:1', '2:1', '3:1']), default: '1:1' },
    { kind: 'choice', name: 'leftBall', labelKey: k('prop.leftBall'), options: opts('ball', ['steel', 'aluminium']), default: 'steel' },
    { kind: 'choice', name: 'leftSlot', labelKey: k('prop.leftSlot'), options: opts('slot', ['A', 'B']), default: 'A' },
    { kind: 'choice', name: 'rightBall', labelKey: k('prop.rightBall'), options: opts('ball', ['steel', 'aluminium']), default: 'steel' },
    { kind: 'number', name: 'crankRps', labelKey: k('prop.crankRps'), unit: 'r/s', min: 0.2, max: 2, step: 0.1, default: 1 },
  ],
  terminals: [],
  liveProps: ['crank'],
};
