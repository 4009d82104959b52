/**
 * Every simulation, for the pages that list or look up any experiment (the notebook, coding, classroom, the
 * CLI and tests): the families' entries joined, labs first, then the circuits, optics, mechanics and wet
 * benches' presets. A lab or bench page loads only its own family instead (families.ts, loadSimulation):
 * importing this module downloads every family's presets and part catalogues.
 * Entries keep heavy code lazy: a model and a view are loaded by `createModel()` and `loadView()`.
 */
import type { SimulationEntry } from './simulation-entry';
import { entries as labEntries } from './lab-entries';
import { entries as circuitEntries } from './circuits/entries';
import { entries as opticsEntries } from './optics/entries';
import { entries as mechanicsEntries } from './mechanics/entries';
import { entries as wetEntries } from './wet/entries';

export type { SimulationEntry } from './simulation-entry';

export const simulations: SimulationEntry[] = [...labEntries, ...circuitEntries, ...opticsEntries, ...mechanicsEntries, ...wetEntries];

export function findSimulation(id: string): SimulationEntry | undefined {
  return simulations.find((s) => s.id === id);
}
