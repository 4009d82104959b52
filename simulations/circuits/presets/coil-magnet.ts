/**
 * 探究影响感应电流方向的因素（感应电流产生的条件）(人教版 高中物理 选择性必修第二册 第二章第1节 "楞次定律"):
 * a coil joined to the galvanometer, a bar magnet on the table with its N end towards the coil. Push the N
 * end in, hold it still, pull it out; then the S end; note which way the pointer swings each time and, from
 * the way the coil is wound (drawn on it), which way the current runs and which end of the coil becomes a
 * north pole: the induced current's field opposes the change of flux (Lenz).
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const coilMagnetPreset: BenchPreset = {
  id: 'circuit-coil-magnet',
  version: '1',
  subject: 'physics',
  titleKey: k('coilMagnet.title'),
  descriptionKey: k('coilMagnet.description'),
  setup: circuitSetup(
    'What decides the direction of an induced current',
    [
      part('L1', 'coil', 0.42, 0.28, { turns: 50, winding: 'right' }),
      part('M1', 'bar-magnet', 0.72, 0.28, { remanenceT: 0.3 }, 180),
      part('G1', 'galvanometer', 0.42, 0.48, { rangeUA: '300' }),
    ],
    wires(['L1.a', 'G1.+'], ['G1.-', 'L1.b']),
  ),
  params: [
    { name: 'remanenceT', part: 'M1', prop: 'remanenceT' },
    { name: 'turns', part: 'L1', prop: 'turns' },
    { name: 'winding', part: 'L1', prop: 'winding' },
  ],
  measurements: [{ name: 'galvanometerUA', part: 'G1', value: 'readingUA', unit: 'µA', labelKey: k('m.galvanometerUA') }],
  recordDefaults: { params: ['turns'], measurements: ['galvanometerUA'] },
};
