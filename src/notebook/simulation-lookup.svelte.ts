/**
 * The notebook page's one way to an experiment's entry (title, parameters, secret values) (issue #22): it
 * loads only that experiment's family (simulations/families.ts loadSimulation), when a cell first asks, and
 * the whole list (simulations/registry.ts, every family's presets and parts) only when the add-cell menu
 * is opened. Reactive: a cell that asked before its family arrived is drawn again when it is in.
 */
import { SvelteMap } from 'svelte/reactivity';
import { loadSimulation } from '../../simulations/families';
import type { SimulationEntry } from '../../simulations/simulation-entry';

/** Entries by id once their family is in: null when there is no such experiment (or its code could not load). */
const found = new SvelteMap<string, SimulationEntry | null>();
const asked = new Set<string>();

/** Experiment `id`'s entry: undefined while its family loads (the load is started), null when there is none. */
export function simulationEntry(id: string): SimulationEntry | null | undefined {
  if (found.has(id)) return found.get(id);
  if (!asked.has(id)) {
    asked.add(id);
    loadSimulation(id).then(
      (e) => found.set(id, e ?? null),
      () => found.set(id, null), // its chunk could not load: the cell shows the id and raw values
    );
  }
  return undefined;
}

let all: Promise<SimulationEntry[]> | null = null;

/** Every experiment, for choosing one (the add-cell menu): loaded the first time it is needed. */
export function loadAllSimulations(): Promise<SimulationEntry[]> {
  all ??= import('../../simulations/registry').then((m) => m.simulations);
  all.catch(() => (all = null));
  return all;
}
