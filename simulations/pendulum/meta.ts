import type { SimulationMeta } from '../core/meta';
import { gravityParamSpecs } from '../core/gravity';

const k = (s: string) => `physics.pendulum.${s}`;

export const pendulumMeta: SimulationMeta = {
  id: 'pendulum',
  version: '2',
  subject: 'physics',
  titleKey: k('title'),
  descriptionKey: k('description'),
  params: [
    { kind: 'number', name: 'lengthM', labelKey: k('param.lengthM'), unit: 'm', min: 0.1, max: 10, step: 0.01, default: 1 },
    { kind: 'number', name: 'massKg', labelKey: k('param.massKg'), unit: 'kg', min: 0.01, max: 10, step: 0.01, default: 1 },
    { kind: 'number', name: 'angleDeg', labelKey: k('param.angleDeg'), unit: '°', min: -179, max: 179, step: 1, default: 30 },
    { kind: 'number', name: 'dampingKgps', labelKey: k('param.dampingKgps'), unit: 'kg/s', min: 0, max: 5, step: 0.01, default: 0 },
    { kind: 'boolean', name: 'secondPendulum', labelKey: k('param.secondPendulum'), default: true },
    { kind: 'number', name: 'length2M', labelKey: k('param.length2M'), unit: 'm', min: 0.1, max: 10, step: 0.01, default: 0.5, showIf: { param: 'secondPendulum', equals: [true] } },
    { kind: 'number', name: 'angle2Deg', labelKey: k('param.angle2Deg'), unit: '°', min: -179, max: 179, step: 1, default: 30, showIf: { param: 'secondPendulum', equals: [true] } },
    ...gravityParamSpecs(),
  ],
  measurements: [
    { name: 'angleDeg', unit: '°', labelKey: k('m.angleDeg'), resolution: 0.01 },
    { name: 'angularVelocityRadps', unit: 'rad/s', labelKey: k('m.angularVelocityRadps'), resolution: 1e-4 },
    { name: 'periodS', unit: 's', labelKey: k('m.periodS'), resolution: 1e-3 },
    { name: 'periodSquaredS2', unit: 's²', labelKey: k('m.periodSquaredS2'), resolution: 1e-3 },
    { name: 'kineticEnergyJ', unit: 'J', labelKey: k('m.kineticEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'potentialEnergyJ', unit: 'J', labelKey: k('m.potentialEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'totalEnergyJ', unit: 'J', labelKey: k('m.totalEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'angle2Deg', unit: '°', labelKey: k('m.angle2Deg'), resolution: 0.01 },
    { name: 'angularVelocity2Radps', unit: 'rad/s', labelKey: k('m.angularVelocity2Radps'), resolution: 1e-4 },
    { name: 'period2S', unit: 's', labelKey: k('m.period2S'), resolution: 1e-3 },
    { name: 'kineticEnergy2J', unit: 'J', labelKey: k('m.kineticEnergy2J'), resolution: 1e-5, digits: 4 },
    { name: 'potentialEnergy2J', unit: 'J', labelKey: k('m.potentialEnergy2J'), resolution: 1e-5, digits: 4 },
    { name: 'totalEnergy2J', unit: 'J', labelKey: k('m.totalEnergy2J'), resolution: 1e-5, digits: 4 },
  ],
  events: [
    { name: 'period', labelKey: k('e.period') },
    { name: 'period2', labelKey: k('e.period2') },
  ],
  recordDefaults: { params: ['lengthM', 'angleDeg', 'massKg'], measurements: ['periodS', 'periodSquaredS2'] },
  fixedDtS: 0.001,
};
