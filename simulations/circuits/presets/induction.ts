/**
 * 4.2.10 探究导体在磁场中运动时产生感应电流的条件 (人教版 九年级 第二十章第5节 "磁生电"): a U magnet lying
 * on its side with the N pole on top, a copper rod AB beside its gap, joined through a switch to a sensitive
 * galvanometer. Move the rod through the gap across the field (the pointer swings), along its own length or
 * up and down along the field lines (it does not), with the switch open (it does not); reverse the motion or
 * turn the magnet over and the pointer swings the other way.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const inductionPreset: BenchPreset = {
  id: 'circuit-induction',
  version: '1',
  subject: 'physics',
  titleKey: k('induction.title'),
  descriptionKey: k('induction.description'),
  setup: circuitSetup(
    'When a moving conductor makes a current',
    [
      part('M1', 'u-magnet', 0.4, 0.3, { northPole: 'up', remanenceT: 0.5 }),
      part('AB1', 'conductor-rod', 0.6, 0.3, {}, 90),
      part('S1', 'switch', 0.75, 0.12, { closed: true }),
      part('G1', 'galvanometer', 0.82, 0.42),
    ],
    wires(['AB1.a', 'S1.a'], ['S1.b', 'G1.+'], ['G1.-', 'AB1.b']),
  ),
  params: [
    { name: 'remanenceT', part: 'M1', prop: 'remanenceT' },
    { name: 'northPole', part: 'M1', prop: 'northPole' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [{ name: 'galvanometerUA', part: 'G1', value: 'readingUA', unit: 'µA', labelKey: k('m.galvanometerUA') }],
  recordDefaults: { params: ['northPole', 'switchClosed'], measurements: ['galvanometerUA'] },
  fixedDtS: 0.01,
};
