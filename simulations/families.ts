/**
 * Which family of experiments an id belongs to, and loading only that family (issue #22): a lab or bench
 * page fetches its own family's entries (simulations/<bench>/entries.ts, or lab-entries.ts for the nine
 * labs) and, in parallel with them, the view and model code it will run, instead of the whole registry
 * (every family's presets and part catalogues) and then its code. Bench ids carry their family's prefix
 * (`circuit-`, `optics-`, `mechanics-`, `wet-`); every other id is one of the labs.
 * Small and free of static imports of any family: the app's entry chunk holds it (lab-prefetch.ts).
 */
import type { Simulation } from './core/simulation';
import type { SimulationView } from './view';
import type { BenchCode, SimulationEntry } from './simulation-entry';

export type FamilyName = 'labs' | 'circuits' | 'optics' | 'mechanics' | 'wet';

const BENCH_PREFIXES: readonly [string, Exclude<FamilyName, 'labs'>][] = [
  ['circuit-', 'circuits'],
  ['optics-', 'optics'],
  ['mechanics-', 'mechanics'],
  ['wet-', 'wet'],
];

/** The family whose entries module lists experiment `id` (if it exists at all). */
export function familyOf(id: string): FamilyName {
  return BENCH_PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'labs';
}

type ViewModule = Promise<{ default: SimulationView }>;

/** Each bench's view and model code: one place, used by its entries module and by warmSimulationCode. */
export const benchCode: Record<Exclude<FamilyName, 'labs'>, BenchCode> = {
  circuits: { createModel: async (preset) => (await import('./circuits/model')).createCircuitModel(preset), loadView: () => import('./circuits/view.svelte') },
  optics: { createModel: async (preset) => (await import('./optics/model')).createOpticsModel(preset), loadView: () => import('./optics/view.svelte') },
  mechanics: { createModel: async (preset) => (await import('./mechanics/model')).createMechanicsModel(preset), loadView: () => import('./mechanics/view.svelte') },
  wet: { createModel: async (preset) => (await import('./wet/model')).createWetModel(preset), loadView: () => import('./wet/view.svelte') },
};
/** The model modules alone (warmSimulationCode loads them without a preset to build). */
const benchModelCode: Record<Exclude<FamilyName, 'labs'>, () => Promise<unknown>> = {
  circuits: () => import('./circuits/model'),
  optics: () => import('./optics/model'),
  mechanics: () => import('./mechanics/model'),
  wet: () => import('./wet/model'),
};

/** Each lab's view and model code, by id: one place, used by lab-entries.ts and by warmSimulationCode. */
export const labCode: Record<string, { loadModel: () => Promise<new () => Simulation>; loadView: () => ViewModule }> = {
  projectile: { loadModel: async () => (await import('./projectile/model')).ProjectileModel, loadView: () => import('./projectile/view.svelte') },
  pendulum: { loadModel: async () => (await import('./pendulum/model')).PendulumModel, loadView: () => import('./pendulum/view.svelte') },
  spring: { loadModel: async () => (await import('./spring/model')).SpringModel, loadView: () => import('./spring/view.svelte') },
  collisions: { loadModel: async () => (await import('./collisions/model')).CollisionsModel, loadView: () => import('./collisions/view.svelte') },
  incline: { loadModel: async () => (await import('./incline/model')).InclineModel, loadView: () => import('./incline/view.svelte') },
  titration: { loadModel: async () => (await import('./titration/model')).TitrationModel, loadView: () => import('./titration/view.svelte') },
  gas: { loadModel: async () => (await import('./gas/model')).GasModel, loadView: () => import('./gas/view.svelte') },
  stoichiometry: { loadModel: async () => (await import('./stoichiometry/model')).StoichiometryModel, loadView: () => import('./stoichiometry/view.svelte') },
  molecules: { loadModel: async () => (await import('./molecules/model')).MoleculesModel, loadView: () => import('./molecules/view.svelte') },
};

const FAMILY_ENTRIES: Record<FamilyName, () => Promise<{ entries: readonly SimulationEntry[] }>> = {
  labs: () => import('./lab-entries'),
  circuits: () => import('./circuits/entries'),
  optics: () => import('./optics/entries'),
  mechanics: () => import('./mechanics/entries'),
  wet: () => import('./wet/entries'),
};

/** Experiment `id`'s entry, loading only its family's entries module; undefined when there is no such experiment. */
export async function loadSimulation(id: string): Promise<SimulationEntry | undefined> {
  const { entries } = await FAMILY_ENTRIES[familyOf(id)]();
  return entries.find((e) => e.id === id);
}

/**
 * Starts downloading experiment `id`'s view and model code without waiting for its entry (so the page's
 * requests go out in one wave, not entry → family → code); nothing for an unknown id. Failures are left to
 * whoever loads the code for real.
 */
export function warmSimulationCode(id: string): void {
  const family = familyOf(id);
  const loads: Promise<unknown>[] = [];
  if (family !== 'labs') loads.push(benchCode[family].loadView(), benchModelCode[family]());
  else if (Object.prototype.hasOwnProperty.call(labCode, id)) loads.push(labCode[id]!.loadView(), labCode[id]!.loadModel());
  for (const l of loads) l.catch(() => undefined);
}
