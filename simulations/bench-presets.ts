/**
 * Every bench preset with the part catalogue its setups are checked against, by experiment id: what the
 * server needs to validate a setup a teacher assigns (no views, no models: parts and presets only).
 */
import type { PartCatalog } from './bench/part';
import type { BenchPreset } from './bench/preset';
import { circuitParts } from './circuits/parts';
import { circuitPresets } from './circuits/presets';
import { mechanicsParts } from './mechanics/parts';
import { mechanicsPresets } from './mechanics/presets';
import { opticsParts } from './optics/parts';
import { opticsPresets } from './optics/presets';
import { wetParts } from './wet/parts';
import { wetPresets } from './wet/presets';

export interface BenchPresetEntry {
  preset: BenchPreset;
  catalog: PartCatalog;
}

const ENTRIES = new Map<string, BenchPresetEntry>(
  [
    ...circuitPresets.map((preset) => ({ preset, catalog: circuitParts })),
    ...opticsPresets.map((preset) => ({ preset, catalog: opticsParts })),
    ...mechanicsPresets.map((preset) => ({ preset, catalog: mechanicsParts })),
    ...wetPresets.map((preset) => ({ preset, catalog: wetParts })),
  ].map((e) => [e.preset.id, e]),
);

/** The bench preset of an experiment id, or undefined for a lab that is not a bench. */
export function benchPreset(experimentId: string): BenchPresetEntry | undefined {
  return ENTRIES.get(experimentId);
}
