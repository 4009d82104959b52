/**
 * Every simulation: its meta (small, static) and lazy loaders for its model and view, so heavy libraries
 * (three.js) land only in the chunks of the experiments that use them.
 */
import type { SimulationMeta } from './core/meta';
import type { Simulation } from './core/simulation';
import type { SimulationView } from './view';
import { projectileMeta } from './projectile/meta';
import { pendulumMeta } from './pendulum/meta';
import { springMeta } from './spring/meta';
import { collisionsMeta } from './collisions/meta';
import { inclineMeta } from './incline/meta';
import { titrationMeta } from './titration/meta';
import { gasMeta } from './gas/meta';
import { stoichiometryMeta } from './stoichiometry/meta';
import { moleculesMeta } from './molecules/meta';
import { secretParams } from './bench/audience';
import { presetMeta, type BenchPreset } from './bench/preset';
import type { PartCatalog } from './bench/part';
import type { SetupPart } from './bench/setup';
import { circuitParts } from './circuits/parts';
import { circuitPresets } from './circuits/presets';
import { opticsParts } from './optics/parts';
import { opticsPresets } from './optics/presets';
import { tableOf } from './optics/presets/tables';
import { mechanicsParts } from './mechanics/parts';
import { mechanicsPresets } from './mechanics/presets';
import { tableOf as mechanicsTableOf } from './mechanics/presets/tables';
import { wetParts } from './wet/parts';
import { wetPresets } from './wet/presets';
import { TABLE_H_M as WET_TABLE_H_M, TABLE_W_M as WET_TABLE_W_M } from './wet/presets/layout';

export interface SimulationEntry {
  /** The experiment id (= meta.id), readable without building the meta: findSimulation must not build every preset's. */
  id: string;
  meta: SimulationMeta;
  createModel: () => Promise<Simulation>;
  loadView: () => Promise<{ default: SimulationView }>;
  /** Height the lab frame gives the view for a width (default: 60 % of it, 280 … 520 px); a bench needs more. */
  sceneHeightPx?: (widthPx: number) => number;
  /**
   * Parameters a saved state keeps secret from students (a bench preset's mystery values): the notebook
   * does not show them. Reads the state defensively (it comes from a document anyone on the team edits).
   */
  secretParams?: (state: unknown) => string[];
}

// Entries are added by each experiment folder: `{ id: xMeta.id, meta: xMeta, createModel: async () => new (await import('./x/model')).XModel(), loadView: () => import('./x/view.svelte') }`.
export const simulations: SimulationEntry[] = [
  // Physics: mechanics
  { id: projectileMeta.id, meta: projectileMeta, createModel: async () => new (await import('./projectile/model')).ProjectileModel(), loadView: () => import('./projectile/view.svelte') },
  { id: pendulumMeta.id, meta: pendulumMeta, createModel: async () => new (await import('./pendulum/model')).PendulumModel(), loadView: () => import('./pendulum/view.svelte') },
  { id: springMeta.id, meta: springMeta, createModel: async () => new (await import('./spring/model')).SpringModel(), loadView: () => import('./spring/view.svelte') },
  { id: collisionsMeta.id, meta: collisionsMeta, createModel: async () => new (await import('./collisions/model')).CollisionsModel(), loadView: () => import('./collisions/view.svelte') },
  { id: inclineMeta.id, meta: inclineMeta, createModel: async () => new (await import('./incline/model')).InclineModel(), loadView: () => import('./incline/view.svelte') },
  // Chemistry
  { id: titrationMeta.id, meta: titrationMeta, createModel: async () => new (await import('./titration/model')).TitrationModel(), loadView: () => import('./titration/view.svelte') },
  { id: gasMeta.id, meta: gasMeta, createModel: async () => new (await import('./gas/model')).GasModel(), loadView: () => import('./gas/view.svelte') },
  { id: stoichiometryMeta.id, meta: stoichiometryMeta, createModel: async () => new (await import('./stoichiometry/model')).StoichiometryModel(), loadView: () => import('./stoichiometry/view.svelte') },
  { id: moleculesMeta.id, meta: moleculesMeta, createModel: async () => new (await import('./molecules/model')).MoleculesModel(), loadView: () => import('./molecules/view.svelte') },
  // Physics: circuits bench presets (a setup + parameters bound to part properties; simulations/bench)
  ...circuitPresets.map(
    (preset): SimulationEntry =>
      benchEntry(preset, circuitParts, {
        createModel: async () => (await import('./circuits/model')).createCircuitModel(preset),
        loadView: () => import('./circuits/view.svelte'),
        sceneHeightPx: benchSceneHeightPx,
        secretParams: (state) => secretParams(preset.params, savedParts(state), 'student'),
      }),
  ),
  // Physics: optics bench presets
  ...opticsPresets.map(
    (preset): SimulationEntry =>
      benchEntry(preset, opticsParts, {
        createModel: async () => (await import('./optics/model')).createOpticsModel(preset),
        loadView: () => import('./optics/view.svelte'),
        sceneHeightPx: opticsSceneHeightPx(preset.id),
        secretParams: (state) => secretParams(preset.params, savedParts(state), 'student'),
      }),
  ),
  // Physics: mechanics and measurement bench presets
  ...mechanicsPresets.map(
    (preset): SimulationEntry =>
      benchEntry(preset, mechanicsParts, {
        createModel: async () => (await import('./mechanics/model')).createMechanicsModel(preset),
        loadView: () => import('./mechanics/view.svelte'),
        sceneHeightPx: mechanicsSceneHeightPx(preset.id),
        secretParams: (state) => secretParams(preset.params, savedParts(state), 'student'),
      }),
  ),
  // Chemistry and heat: wet bench presets (glassware, reagents, lamps, thermometers)
  ...wetPresets.map(
    (preset): SimulationEntry =>
      benchEntry(preset, wetParts, {
        createModel: async () => (await import('./wet/model')).createWetModel(preset),
        loadView: () => import('./wet/view.svelte'),
        sceneHeightPx: wetSceneHeightPx(preset),
        secretParams: (state) => secretParams(preset.params, savedParts(state), 'student'),
      }),
  ),
];

/**
 * A bench preset's id, and its meta built on first read (once): presetMeta reads the preset's setup, and building
 * every preset's setup and meta at import was most of this module's start-up cost on every lab page (issue #22).
 */
function benchEntry(preset: BenchPreset, catalog: PartCatalog, rest: Omit<SimulationEntry, 'id' | 'meta'>): SimulationEntry {
  let meta: SimulationMeta | undefined;
  return {
    id: preset.id,
    get meta() {
      return (meta ??= presetMeta(preset, catalog));
    },
    ...rest,
  };
}

/** The parts of a bench state's setup, or none when the state is not one (never throws: it comes from a document). */
function savedParts(state: unknown): SetupPart[] {
  const parts = (state as { setup?: { parts?: unknown } } | null)?.setup?.parts;
  if (!Array.isArray(parts)) return [];
  return parts
    .filter((p): p is SetupPart => typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.props === 'object' && p.props !== null)
    .map((p) => ({ ...p, mystery: Array.isArray(p.mystery) ? p.mystery.filter((m) => typeof m === 'string') : undefined }));
}

/** The optics bench: its table's shape, the instruments up close below it (screens, eyes, scales), the inspector. */
function opticsSceneHeightPx(presetId: string): (widthPx: number) => number {
  const t = tableOf(presetId);
  return (widthPx) => Math.round(Math.max(320, widthPx - 160) * (t.heightM / t.widthM) + t.belowPx);
}

/** The mechanics bench: its table seen from the side, the instruments up close below it, the inspector. */
function mechanicsSceneHeightPx(presetId: string): (widthPx: number) => number {
  const t = mechanicsTableOf(presetId);
  return (widthPx) => Math.round(Math.max(320, widthPx - 160) * (t.heightM / t.widthM) + t.belowPx);
}

/** The wet bench: its table from the side, thermometers and burettes up close below it (when the preset has one), the inspector. Reads the setup only when asked (setups are built on first use). */
function wetSceneHeightPx(preset: BenchPreset): (widthPx: number) => number {
  return (widthPx) => {
    const upClose = preset.setup.parts.some((p) => ['thermometer', 'burette', 'volumetric-flask'].includes(p.kind));
    return Math.round(Math.max(320, widthPx - 160) * (WET_TABLE_H_M / WET_TABLE_W_M) + (upClose ? 600 : 360));
  };
}

/** A bench needs room for its toolbar, table (0.6 of its width, beside the 130 px parts bin) and the inspector below. */
function benchSceneHeightPx(widthPx: number): number {
  return Math.round(Math.max(320, widthPx - 160) * 0.6 + 360);
}

export function findSimulation(id: string): SimulationEntry | undefined {
  return simulations.find((s) => s.id === id);
}
