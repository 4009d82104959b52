/**
 * 4.1.2 测量固体和液体的密度 (人教版 八年级上册 第六章第3节): the stone weighed on the balance (m), a measuring
 * cylinder with water read before (V₁) and after the stone is let down into it (V₂): ρ = m / (V₂ − V₁). For a
 * liquid: the beaker of salt water weighed (m₁), some poured into the cylinder and read (V), the rest weighed
 * (m₂): ρ = (m₁ − m₂) / V. Headless: the stone's material and volume and the water in the cylinder in; the
 * balance reading and the cylinder reading out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';
import { weightBox } from './balance';

const k = (s: string) => `mechanics.preset.${s}`;
/** The salt water's density (textbook table: 盐水 about 1.1 ×10³ kg/m³). */
export const DENSITY_ID = 'mechanics-density';

export const densityPreset: BenchPreset = {
  id: DENSITY_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('density.title'),
  descriptionKey: k('density.description'),
  setup: mechanicsSetup(
    DENSITY_ID,
    'Density of a stone and of salt water',
    [
      part('TB1', 'tray-balance', 0.3, 0.35, { trimG: 0 }),
      part('M1', 'sample', 0.05, 0.35, { material: 'granite', volumeCm3: 20, shape: 'stone' }),
      part('MC1', 'measuring-cylinder', 0.55, 0.3, { capacityMl: '100', liquid: 'water', liquidMl: 50 }),
      part('MC2', 'measuring-cylinder', 0.61, 0.3, { capacityMl: '100', liquid: 'brine', liquidMl: 0 }),
      part('B1', 'beaker', 0.69, 0.35, { liquid: 'brine', liquidMl: 100 }),
      ...weightBox(0.75, 0.45),
    ],
    [],
    { hiddenMeasurements: ['volumeMl'] },
  ),
  params: [
    { name: 'liquidMl', part: 'MC1', prop: 'liquidMl', min: 0, max: 100 },
    { name: 'volumeCm3', part: 'M1', prop: 'volumeCm3' },
    { name: 'material', part: 'M1', prop: 'material' },
  ],
  measurements: [
    { name: 'massReadingG', part: 'TB1', value: 'massReadingG', unit: 'g', labelKey: k('m.massReadingG'), resolution: 0.1 },
    { name: 'readingMl', part: 'MC1', value: 'readingMl', unit: 'mL', labelKey: k('m.readingMl'), resolution: 1 },
    { name: 'volumeMl', part: 'MC1', value: 'volumeMl', unit: 'mL', labelKey: k('m.volumeMl'), resolution: 0.01 },
  ],
  recordDefaults: { params: [], measurements: ['massReadingG', 'readingMl'] },
};
