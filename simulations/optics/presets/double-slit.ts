/**
 * 用双缝干涉测量光的波长 (人教版 选择性必修第一册 第四章第4节): lamp with a filter, single slit, double slit
 * (d printed on it) and the measuring head on the optical bench, L from the double slit to the head's screen.
 * Turn the handwheel to set the cross-hair on one bright fringe and read it, then on the n-th further on;
 * Δx = (x_n − x_1)/(n − 1), λ = d Δx / L.
 */
import type { BenchPreset } from '../../bench/preset';
import { onRail, opticsSetup, part } from './layout';

const k = (s: string) => `optics.preset.${s}`;
const RAIL_X = 0.6, RAIL_Y = 0.15;

export const doubleSlitPreset: BenchPreset = {
  id: 'optics-double-slit',
  version: '1',
  subject: 'physics',
  titleKey: k('doubleSlit.title'),
  descriptionKey: k('doubleSlit.description'),
  setup: opticsSetup(
    'Wavelength by double-slit interference',
    [
      part('OB1', 'optical-rail', RAIL_X, RAIL_Y),
      onRail('LS1', 'lamp', RAIL_X, RAIL_Y, 0.05, { filter: 'red' }),
      onRail('SS1', 'single-slit', RAIL_X, RAIL_Y, 0.15, { slitWidthMm: 0.1 }),
      onRail('DS1', 'double-slit', RAIL_X, RAIL_Y, 0.25, { slitSpacingMm: 0.2, slitWidthMm: 0.05 }),
      onRail('MH1', 'eyepiece', RAIL_X, RAIL_Y, 0.95),
    ],
    { hiddenMeasurements: ['fringeSpacingMm', 'wavelengthNm', 'intensityAtCrossHair'] },
  ),
  params: [
    { name: 'filter', part: 'LS1', prop: 'filter' },
    { name: 'slitSpacingMm', part: 'DS1', prop: 'slitSpacingMm' },
    { name: 'slitToScreenM', part: 'MH1', distanceFrom: { part: 'DS1', sign: 1 }, labelKey: k('p.slitToScreenM'), min: 0.1, max: 0.74 },
    { name: 'handwheelMm', part: 'MH1', prop: 'handwheelMm' },
  ],
  measurements: [
    { name: 'readingMm', part: 'MH1', value: 'readingMm', unit: 'mm', labelKey: k('m.readingMm'), resolution: 0.001 },
    { name: 'fringeSpacingMm', part: 'MH1', value: 'fringeSpacingMm', unit: 'mm', labelKey: k('m.fringeSpacingMm'), resolution: 0.0001 },
    { name: 'wavelengthNm', part: 'MH1', value: 'wavelengthNm', unit: 'nm', labelKey: k('m.wavelengthNm'), resolution: 1 },
    { name: 'intensityAtCrossHair', part: 'MH1', value: 'intensityAtCrossHair', unit: '', labelKey: k('m.intensityAtCrossHair'), digits: 3 },
  ],
  recordDefaults: { params: ['slitSpacingMm', 'slitToScreenM'], measurements: ['readingMm'] },
};
