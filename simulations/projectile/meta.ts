import type { SimulationMeta } from '../core/meta';
import { gravityParamSpecs } from '../core/gravity';

const drag = { param: 'airResistance', equals: [true] };
const k = (s: string) => `physics.projectile.${s}`;

export const projectileMeta: SimulationMeta = {
  id: 'projectile',
  version: '2',
  subject: 'physics',
  titleKey: k('title'),
  descriptionKey: k('description'),
  params: [
    { kind: 'number', name: 'speedMps', labelKey: k('param.speedMps'), unit: 'm/s', min: 0, max: 60, step: 0.1, default: 15 },
    { kind: 'number', name: 'angleDeg', labelKey: k('param.angleDeg'), unit: '°', min: -90, max: 90, step: 1, default: 45 },
    { kind: 'number', name: 'heightM', labelKey: k('param.heightM'), unit: 'm', min: 0, max: 100, step: 0.5, default: 0 },
    { kind: 'number', name: 'massKg', labelKey: k('param.massKg'), unit: 'kg', min: 0.01, max: 50, step: 0.01, default: 1 },
    { kind: 'number', name: 'diameterM', labelKey: k('param.diameterM'), unit: 'm', min: 0.01, max: 1, step: 0.01, default: 0.1 },
    { kind: 'boolean', name: 'airResistance', labelKey: k('param.airResistance'), default: false },
    { kind: 'number', name: 'dragCoefficient', labelKey: k('param.dragCoefficient'), unit: '', min: 0, max: 2, step: 0.01, default: 0.47, showIf: drag },
    { kind: 'number', name: 'airDensityKgpm3', labelKey: k('param.airDensityKgpm3'), unit: 'kg/m³', min: 0, max: 5, step: 0.001, default: 1.225, showIf: drag },
    ...gravityParamSpecs(),
  ],
  measurements: [
    { name: 'timeS', unit: 's', labelKey: k('m.timeS'), resolution: 1e-3 },
    { name: 'xM', unit: 'm', labelKey: k('m.xM'), resolution: 1e-3, digits: 6 },
    { name: 'yM', unit: 'm', labelKey: k('m.yM'), resolution: 1e-3, digits: 6 },
    { name: 'vxMps', unit: 'm/s', labelKey: k('m.vxMps'), resolution: 1e-3, digits: 6 },
    { name: 'vyMps', unit: 'm/s', labelKey: k('m.vyMps'), resolution: 1e-3, digits: 6 },
    { name: 'speedMps', unit: 'm/s', labelKey: k('m.speedMps'), resolution: 1e-3, digits: 6 },
    { name: 'maxHeightM', unit: 'm', labelKey: k('m.maxHeightM'), resolution: 1e-3, digits: 6 },
    { name: 'rangeM', unit: 'm', labelKey: k('m.rangeM'), resolution: 1e-3, digits: 6 },
    { name: 'flightTimeS', unit: 's', labelKey: k('m.flightTimeS'), resolution: 1e-3 },
    { name: 'impactSpeedMps', unit: 'm/s', labelKey: k('m.impactSpeedMps'), resolution: 1e-3, digits: 6 },
  ],
  events: [{ name: 'landed', labelKey: k('e.landed') }],
  recordDefaults: { params: ['speedMps', 'angleDeg', 'heightM'], measurements: ['rangeM', 'maxHeightM', 'flightTimeS', 'impactSpeedMps'] },
  fixedDtS: 0.002,
};
