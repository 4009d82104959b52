/**
 * 测量玻璃的折射率 (人教版 选择性必修第一册 第四章第1节 实验): the pin method (插针法) with a rectangular
 * block on the paper. P1 and P2 stand on the incident ray; looking through the block (the eye E1, moved
 * until P1 and P2 line up), stick P3 to hide them, then P4 to hide P3 and them. θ₁ and θ₂ come from the pins
 * (read on a protractor); n = sin θ₁ / sin θ₂. The block's index is a teacher's mystery if she wants it so.
 */
import type { BenchPreset } from '../../bench/preset';
import { opticsSetup, part } from './layout';

const k = (s: string) => `optics.preset.${s}`;
// The near face is x = 0.175 (block centred at 0.2, 5 cm thick); O on it; the incident ray at 40° from its normal.
const O = { x: 0.175, y: 0.13 };
const th = (40 * Math.PI) / 180;
const along = (d: number) => ({ x: Math.round((O.x - d * Math.cos(th)) * 1e4) / 1e4, y: Math.round((O.y - d * Math.sin(th)) * 1e4) / 1e4 });
const p1 = along(0.1), p2 = along(0.025);

export const refractionGlassPreset: BenchPreset = {
  id: 'optics-refraction-glass',
  version: '1',
  subject: 'physics',
  titleKey: k('refractionGlass.title'),
  descriptionKey: k('refractionGlass.description'),
  setup: opticsSetup(
    'Refractive index of glass (pin method)',
    [
      part('G1', 'rect-block', 0.2, 0.15, { thicknessM: 0.05, lengthM: 0.12 }),
      part('P1', 'pin', p1.x, p1.y),
      part('P2', 'pin', p2.x, p2.y),
      part('P3', 'pin', 0.27, 0.25),
      part('P4', 'pin', 0.31, 0.27),
      part('E1', 'eye', 0.37, 0.27, {}, 40),
    ],
    { hiddenMeasurements: ['trueRefractionDeg', 'p3OffsetMm', 'p4OffsetMm'] },
  ),
  params: [{ name: 'refractiveIndex', part: 'G1', prop: 'refractiveIndex' }],
  measurements: [
    { name: 'incidenceDeg', part: 'G1', value: 'incidenceDeg', unit: '°', labelKey: k('m.incidenceDeg'), resolution: 0.5 },
    { name: 'refractionDeg', part: 'G1', value: 'refractionDeg', unit: '°', labelKey: k('m.refractionDeg'), resolution: 0.5 },
    { name: 'indexFromPins', part: 'G1', value: 'indexFromPins', unit: '', labelKey: k('m.indexFromPins'), resolution: 0.001 },
    { name: 'trueRefractionDeg', part: 'G1', value: 'trueRefractionDeg', unit: '°', labelKey: k('m.trueRefractionDeg'), digits: 6 },
    { name: 'p3OffsetMm', part: 'P3', value: 'offsetMm', unit: 'mm', labelKey: k('m.p3OffsetMm'), resolution: 0.01 },
    { name: 'p4OffsetMm', part: 'P4', value: 'offsetMm', unit: 'mm', labelKey: k('m.p4OffsetMm'), resolution: 0.01 },
  ],
  recordDefaults: { params: [], measurements: ['incidenceDeg', 'refractionDeg', 'indexFromPins'] },
};
