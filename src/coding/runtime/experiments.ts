/** The simulation registry as the lab blocks see it (the worker and Node tests use this). */
import { findSimulation, simulations } from '../../../simulations/registry';
import type { ExperimentSource } from './lab';

export const registryExperiments: ExperimentSource = {
  find: (id) => findSimulation(id),
  ids: () => simulations.map((s) => s.meta.id),
};
