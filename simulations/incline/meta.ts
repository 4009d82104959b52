import type { SimulationMeta } from '../core/meta';
import { gravityParamSpecs } from '../core/gravity';

const k = (s: string) => `physics.incline.${s}`;

export const inclineMeta: SimulationMeta = {
  id: 'incline',
  version: '2',
  subject: 'physics',
  titleKey: k('title'),
  descriptionKey: k('description'),
  params: [
    { kind: 'number', name: 'angleDeg', labelKey: k('param.angleDeg'), unit: '°', min: 0, max: 80, step: 0.5, default: 30 },
    { kind: 'number', name: 'massKg', labelKey: k('param.massKg'), unit: 'kg', min: 0.1, max: 100, step: 0.1, default: 2 },
    { kind: 'number', name: 'staticFriction', labelKey: k('param.staticFriction'), unit: '', min: 0, max: 1.5, step: 0.01, default: 0.4 },
    { kind: 'number', name: 'kineticFriction', labelKey: k('param.kineticFriction'), unit: '', min: 0, max: 1.5, step: 0.01, default: 0.3 },
    { kind: 'number', name: 'appliedForceN', labelKey: k('param.appliedForceN'), unit: 'N', min: -500, max: 500, step: 0.5, default: 0 },
    { kind: 'number', name: 'lengthM', labelKey: k('param.lengthM'), unit: 'm', min: 1, max: 20, step: 0.5, default: 5 },
    ...gravityParamSpecs(),
  ],
  measurements: [
    { name: 'positionM', unit: 'm', labelKey: k('m.positionM'), resolution: 1e-4 },
    { name: 'distanceM', unit: 'm', labelKey: k('m.distanceM'), resolution: 1e-4 },
    { name: 'velocityMps', unit: 'm/s', labelKey: k('m.velocityMps'), resolution: 1e-4 },
    { name: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 1e-4 },
    { name: 'sliding', unit: '', labelKey: k('m.sliding'), resolution: 1 },
    { name: 'gravityParallelN', unit: 'N', labelKey: k('m.gravityParallelN'), resolution: 1e-3, digits: 5 },
    { name: 'gravityPerpendicularN', unit: 'N', labelKey: k('m.gravityPerpendicularN'), resolution: 1e-3, digits: 5 },
    { name: 'normalForceN', unit: 'N', labelKey: k('m.normalForceN'), resolution: 1e-3, digits: 5 },
    { name: 'frictionForceN', unit: 'N', labelKey: k('m.frictionForceN'), resolution: 1e-3, digits: 5 },
    { name: 'appliedForceN', unit: 'N', labelKey: k('m.appliedForceN'), resolution: 1e-3, digits: 5 },
    { name: 'netForceN', unit: 'N', labelKey: k('m.netForceN'), resolution: 1e-3, digits: 5 },
  ],
  events: [
    { name: 'started', labelKey: k('e.started') },
    { name: 'stopped', labelKey: k('e.stopped') },
    { name: 'reachedBottom', labelKey: k('e.reachedBottom') },
  ],
  recordDefaults: { params: ['angleDeg', 'massKg', 'staticFriction', 'kineticFriction', 'appliedForceN'], measurements: ['accelerationMps2', 'sliding', 'frictionForceN', 'normalForceN'] },
  fixedDtS: 0.005,
};
