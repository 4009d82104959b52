/**
 * 4.2.3 探究液体压强与哪些因素有关 (人教版 八年级下册 第九章第2节): the probe of a U-tube manometer let into a tank
 * of water at different depths, turned down, sideways and up, then in salt water; the height difference of the
 * manometer's limbs shows the pressure (Δh = ρ_liquid h / ρ_manometer). Headless: the liquid and its depth in;
 * the manometer's reading out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const PRESSURE_ID = 'mechanics-pressure';

export const pressurePreset: BenchPreset = {
  id: PRESSURE_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('pressure.title'),
  descriptionKey: k('pressure.description'),
  setup: mechanicsSetup(
    PRESSURE_ID,
    'Pressure in a liquid',
    [part('T1', 'tank', 0.2, 0.4, { liquid: 'water', liquidDepthM: 0.2 }), part('P1', 'probe', 0.2, 0.35), part('U1', 'manometer', 0.5, 0.4)],
    [{ id: 'tube', from: { part: 'P1', terminal: 'tube' }, to: { part: 'U1', terminal: 'tube' } }],
    { hiddenMeasurements: ['depthM'] },
  ),
  params: [
    { name: 'liquidDepthM', part: 'T1', prop: 'liquidDepthM' },
    { name: 'liquid', part: 'T1', prop: 'liquid' },
    { name: 'facing', part: 'P1', prop: 'facing' },
  ],
  measurements: [
    { name: 'readingMm', part: 'U1', value: 'readingMm', unit: 'mm', labelKey: k('m.readingMm'), resolution: 1 },
    { name: 'depthM', part: 'P1', value: 'depthM', unit: 'm', labelKey: k('m.depthM'), resolution: 0.001 },
  ],
  recordDefaults: { params: ['facing'], measurements: ['readingMm'] },
};
