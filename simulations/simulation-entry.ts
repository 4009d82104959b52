/**
 * What the app knows of one experiment before its code is loaded: its meta and lazy loaders for its model
 * and view. Each family of experiments builds its own list (lab-entries.ts for the nine labs,
 * <bench>/entries.ts for a bench's curriculum presets); registry.ts joins them, families.ts loads one.
 */
import type { SimulationMeta } from './core/meta';
import type { Simulation } from './core/simulation';
import type { SimulationView } from './view';
import { secretParams } from './bench/audience';
import { presetMeta, type BenchPreset } from './bench/preset';
import type { PartCatalog } from './bench/part';
import type { SetupPart } from './bench/setup';

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

/** How a bench family builds a preset's model and loads its view (the same view for all its presets). */
export interface BenchCode {
  createModel: (preset: BenchPreset) => Promise<Simulation>;
  loadView: () => Promise<{ default: SimulationView }>;
}

/**
 * A bench preset's entry: its id, and its meta built on first read (once): presetMeta reads the preset's
 * setup, and building every preset's setup and meta at import was most of the registry's start-up cost on
 * every lab page (issue #22). Its secret parameters are the preset's mystery values.
 */
export function benchEntry(preset: BenchPreset, catalog: PartCatalog, code: BenchCode, sceneHeightPx: (widthPx: number) => number): SimulationEntry {
  let meta: SimulationMeta | undefined;
  return {
    id: preset.id,
    get meta() {
      return (meta ??= presetMeta(preset, catalog));
    },
    createModel: () => code.createModel(preset),
    loadView: code.loadView,
    sceneHeightPx,
    secretParams: (state) => secretParams(preset.params, savedParts(state), 'student'),
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

/** A bench table of `heightM` × `widthM` beside the 130 px parts bin, with `belowPx` for the toolbar, instruments up close and the inspector. */
export function tableSceneHeightPx(widthPx: number, table: { widthM: number; heightM: number }, belowPx: number): number {
  return Math.round(Math.max(320, widthPx - 160) * (table.heightM / table.widthM) + belowPx);
}
