/**
 * 4.2.11 探究串联电路和并联电路中电流、电压的特点 (人教版 九年级 第十五章第5节, 第十六章第2节): two
 * different bulbs in series with the ammeter, a voltmeter across each. Students move the meters, and
 * rewire the bulbs side by side, to find I = I₁ = I₂ and U = U₁ + U₂ in series, I = I₁ + I₂ and U = U₁ = U₂
 * in parallel.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const seriesParallelPreset: BenchPreset = {
  id: 'circuit-series-parallel',
  version: '1',
  subject: 'physics',
  titleKey: k('seriesParallel.title'),
  descriptionKey: k('seriesParallel.description'),
  setup: circuitSetup(
    'Current and voltage in series and parallel circuits',
    [
      part('B1', 'battery-pack', 0.15, 0.1, { cellCount: 3 }),
      part('S1', 'switch', 0.42, 0.1, { closed: true }),
      part('L1', 'bulb', 0.6, 0.3, { ratedVoltageV: 2.5, ratedPowerW: 0.75 }),
      part('L2', 'bulb', 0.82, 0.3, { ratedVoltageV: 3.8, ratedPowerW: 1.14 }),
      part('A1', 'ammeter', 0.3, 0.42),
      part('V1', 'voltmeter', 0.6, 0.5),
      part('V2', 'voltmeter', 0.85, 0.5),
    ],
    wires(['B1.+', 'S1.a'], ['S1.b', 'L1.a'], ['L1.b', 'L2.a'], ['L2.b', 'A1.0.6'], ['A1.-', 'B1.-'], ['L1.a', 'V1.3'], ['L1.b', 'V1.-'], ['L2.a', 'V2.15'], ['L2.b', 'V2.-']),
  ),
  params: [
    { name: 'cellCount', part: 'B1', prop: 'cellCount' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
    { name: 'voltage1V', part: 'V1', value: 'readingV', unit: 'V', labelKey: k('m.voltmeter1ReadingV') },
    { name: 'voltage2V', part: 'V2', value: 'readingV', unit: 'V', labelKey: k('m.voltmeter2ReadingV') },
  ],
  recordDefaults: { params: [], measurements: ['currentA', 'voltage1V', 'voltage2V'] },
};
