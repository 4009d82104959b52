import type { SimulationMeta } from '../core/meta';
import { gravityParamSpecs } from '../core/gravity';

const k = (s: string) => `physics.spring.${s}`;

export const springMeta: SimulationMeta = {
  id: 'spring',
  version: '2',
  subject: 'physics',
  titleKey: k('title'),
  descriptionKey: k('description'),
  params: [
    { kind: 'number', name: 'springConstantNpm', labelKey: k('param.springConstantNpm'), unit: 'N/m', min: 1, max: 500, step: 0.5, default: 20 },
    { kind: 'number', name: 'massKg', labelKey: k('param.massKg'), unit: 'kg', min: 0.01, max: 10, step: 0.01, default: 0.5 },
    { kind: 'number', name: 'dampingKgps', labelKey: k('param.dampingKgps'), unit: 'kg/s', min: 0, max: 10, step: 0.01, default: 0 },
    { kind: 'number', name: 'displacementM', labelKey: k('param.displacementM'), unit: 'm', min: -0.5, max: 0.5, step: 0.01, default: 0.1 },
    ...gravityParamSpecs(),
  ],
  measurements: [
    { name: 'displacementM', unit: 'm', labelKey: k('m.displacementM'), resolution: 1e-4 },
    { name: 'velocityMps', unit: 'm/s', labelKey: k('m.velocityMps'), resolution: 1e-4 },
    { name: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 1e-3 },
    { name: 'extensionM', unit: 'm', labelKey: k('m.extensionM'), resolution: 1e-4 },
    { name: 'periodS', unit: 's', labelKey: k('m.periodS'), resolution: 1e-3 },
    { name: 'kineticEnergyJ', unit: 'J', labelKey: k('m.kineticEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'elasticEnergyJ', unit: 'J', labelKey: k('m.elasticEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'gravitationalEnergyJ', unit: 'J', labelKey: k('m.gravitationalEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'thermalEnergyJ', unit: 'J', labelKey: k('m.thermalEnergyJ'), resolution: 1e-5, digits: 4 },
    { name: 'totalEnergyJ', unit: 'J', labelKey: k('m.totalEnergyJ'), resolution: 1e-5, digits: 4 },
  ],
  events: [{ name: 'period', labelKey: k('e.period') }],
  recordDefaults: { params: ['springConstantNpm', 'massKg'], measurements: ['periodS'] },
  fixedDtS: 0.001,
};
