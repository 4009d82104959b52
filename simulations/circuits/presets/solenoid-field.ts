/**
 * 4.2.9 探究通电螺线管外部磁场的方向 (人教版 九年级 第二十章第2节 "电生磁"): a solenoid with its soft-iron
 * core on a glass plate of iron filings, the DC supply, a switch and an ammeter in series, small compass needles
 * at both ends and beside it. Close the switch: the filings line up like a bar magnet's field and the needles
 * show its direction; swap the wires at the supply and every needle turns round. The right-hand rule (安培定则)
 * gives the north end from the current's direction in the turns.
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const solenoidFieldPreset: BenchPreset = {
  id: 'circuit-solenoid-field',
  version: '1',
  subject: 'physics',
  titleKey: k('solenoidField.title'),
  descriptionKey: k('solenoidField.description'),
  setup: circuitSetup(
    'The field outside a current-carrying solenoid',
    [
      part('P1', 'iron-filings', 0.62, 0.3),
      part('U1', 'dc-supply', 0.15, 0.12, { voltageV: 3 }),
      part('S1', 'switch', 0.42, 0.08, { closed: false }),
      part('A1', 'ammeter', 0.2, 0.42),
      part('N1', 'solenoid', 0.62, 0.3, { turns: 300, ironCore: true, winding: 'right' }),
      part('C1', 'compass', 0.52, 0.3),
      part('C2', 'compass', 0.72, 0.3),
      part('C3', 'compass', 0.62, 0.24),
      part('C4', 'compass', 0.62, 0.37),
    ],
    wires(['U1.+', 'S1.a'], ['S1.b', 'A1.3'], ['A1.-', 'N1.a'], ['N1.b', 'U1.-']),
  ),
  params: [
    { name: 'supplyVoltageV', part: 'U1', prop: 'voltageV' },
    { name: 'turns', part: 'N1', prop: 'turns' },
    { name: 'ironCore', part: 'N1', prop: 'ironCore' },
    { name: 'winding', part: 'N1', prop: 'winding' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'currentA', part: 'A1', value: 'readingA', unit: 'A', labelKey: k('m.ammeterReadingA') },
    { name: 'bearing1Deg', part: 'C1', value: 'bearingDeg', unit: '°', labelKey: k('m.bearing1Deg'), digits: 3 },
    { name: 'bearing2Deg', part: 'C2', value: 'bearingDeg', unit: '°', labelKey: k('m.bearing2Deg'), digits: 3 },
    { name: 'bearing3Deg', part: 'C3', value: 'bearingDeg', unit: '°', labelKey: k('m.bearing3Deg'), digits: 3 },
    { name: 'bearing4Deg', part: 'C4', value: 'bearingDeg', unit: '°', labelKey: k('m.bearing4Deg'), digits: 3 },
  ],
  recordDefaults: { params: ['switchClosed'], measurements: ['currentA', 'bearing1Deg', 'bearing2Deg', 'bearing3Deg', 'bearing4Deg'] },
};
