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
    { name: 'displacementM', unit: 'm', labelKey: k('m.displacementM') },
    { name: 'velocityMps', unit: 'm/s', labelKey: k('m.velocityMps') },
    { name: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2') },
    { name: 'extensionM', unit: 'm', labelKey: k('m.extensionM') },
    { name: 'periodS', unit: 's', labelKey: k('m.periodS') },
    { name: 'kineticEnergyJ', unit: 'J', labelKey: k('m.kineticEnergyJ') },
    { name: 'elasticEnergyJ', unit: 'J', labelKey: k('m.elasticEnergyJ') },
    { name: 'gravitationalEnergyJ', unit: 'J', labelKey: k('m.gravitationalEnergyJ') },
    { name: 'thermalEnergyJ', unit: 'J', labelKey: k('m.thermalEnergyJ') },
    { name: 'totalEnergyJ', unit: 'J', labelKey: k('m.totalEnergyJ') },
  ],
  events: [{ name: 'period', labelKey: k('e.period') }],
  recordDefaults: { params: ['springConstantNpm', 'massKg'], measurements: ['periodS'] },
  fixedDtS: 0.001,
};
