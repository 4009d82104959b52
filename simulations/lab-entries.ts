/** The nine labs (one folder each, plain ids): their metas, with their code from families.ts's labCode. */
import type { SimulationMeta } from './core/meta';
import type { SimulationEntry } from './simulation-entry';
import { labCode } from './families';
import { projectileMeta } from './projectile/meta';
import { pendulumMeta } from './pendulum/meta';
import { springMeta } from './spring/meta';
import { collisionsMeta } from './collisions/meta';
import { inclineMeta } from './incline/meta';
import { titrationMeta } from './titration/meta';
import { gasMeta } from './gas/meta';
import { stoichiometryMeta } from './stoichiometry/meta';
import { moleculesMeta } from './molecules/meta';

function labEntry(meta: SimulationMeta): SimulationEntry {
  const code = labCode[meta.id];
  if (!code) throw new Error(`lab '${meta.id}' has no code in simulations/families.ts (labCode)`);
  return { id: meta.id, meta, createModel: async () => new (await code.loadModel())(), loadView: code.loadView };
}

// A new lab: its folder (meta.ts, model.ts, view.svelte), its code in families.ts's labCode, its meta here.
export const entries: readonly SimulationEntry[] = [
  // Physics: mechanics
  projectileMeta,
  pendulumMeta,
  springMeta,
  collisionsMeta,
  inclineMeta,
  // Chemistry
  titrationMeta,
  gasMeta,
  stoichiometryMeta,
  moleculesMeta,
].map(labEntry);
