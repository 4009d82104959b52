/**
 * Every simulation: its meta (small, static) and lazy loaders for its model and view, so three.js and
 * matter-js land only in the chunks of the experiments that use them.
 */
import type { SimulationMeta } from './core/meta';
import type { Simulation } from './core/simulation';
import type { SimulationView } from './view';

export interface SimulationEntry {
  meta: SimulationMeta;
  createModel: () => Promise<Simulation>;
  loadView: () => Promise<{ default: SimulationView }>;
}

// Entries are added by each experiment folder: `{ meta, createModel: async () => new (await import('./x/model')).XModel(), loadView: () => import('./x/view.svelte') }`.
export const simulations: SimulationEntry[] = [];

export function findSimulation(id: string): SimulationEntry | undefined {
  return simulations.find((s) => s.meta.id === id);
}
