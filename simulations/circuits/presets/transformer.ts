/**
 * 探究变压器原、副线圈电压与匝数的关系 (人教版 高中物理 选择性必修第二册 第三章第3节 变压器): the demountable
 * transformer (可拆变压器) with its yoke on, the primary's posts 0 and 400 on the 学生电源's AC output (6 V,
 * switched off), a multimeter on AC 10 V across the primary (U₁) and another across the secondary's posts 0 and
 * 200 (U₂). Students switch on, read both, move the wires to other posts (the turns in use are the difference of
 * the two posts' numbers) and compare U₁/U₂ with n₁/n₂; then lift the yoke off and see U₂ fall; and wire the DC
 * output instead: the secondary shows a voltage only for the moment the supply is switched on.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const transformerPreset: BenchPreset = {
  id: 'circuit-transformer',
  version: '1',
  subject: 'physics',
  titleKey: k('transformer.title'),
  descriptionKey: k('transformer.description'),
  setup: circuitSetup(
    'Transformer: voltages and turns',
    [
      part('U1', 'student-supply', 0.16, 0.1, { voltageV: 6, on: false }),
      part('T1', 'demountable-transformer', 0.5, 0.3, { yoke: true }),
      part('MM1', 'multimeter', 0.14, 0.42, { mode: 'acv10' }),
      part('MM2', 'multimeter', 0.86, 0.42, { mode: 'acv10' }),
    ],
    wires(['U1.ac1', 'T1.p0'], ['U1.ac2', 'T1.p400'], ['MM1.-', 'T1.p0'], ['MM1.+', 'T1.p400'], ['MM2.-', 'T1.s0'], ['MM2.+', 'T1.s200']),
  ),
  params: [
    { name: 'voltageV', part: 'U1', prop: 'voltageV' },
    { name: 'powerOn', part: 'U1', prop: 'on' },
    { name: 'yoke', part: 'T1', prop: 'yoke' },
  ],
  measurements: [
    { name: 'primaryTurns', part: 'T1', value: 'primaryTurns', unit: '', labelKey: k('m.primaryTurns'), digits: 4 },
    { name: 'secondaryTurns', part: 'T1', value: 'secondaryTurns', unit: '', labelKey: k('m.secondaryTurns'), digits: 4 },
    { name: 'primaryVoltageV', part: 'MM1', value: 'readingV', unit: 'V', labelKey: k('m.primaryVoltageV'), digits: 3 },
    { name: 'secondaryVoltageV', part: 'MM2', value: 'readingV', unit: 'V', labelKey: k('m.secondaryVoltageV'), digits: 3 },
  ],
  recordDefaults: { params: ['yoke'], measurements: ['primaryTurns', 'secondaryTurns', 'primaryVoltageV', 'secondaryVoltageV'] },
};
