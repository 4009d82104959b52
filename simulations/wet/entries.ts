/** The wet bench's curriculum presets (glassware, reagents, lamps, thermometers) as experiments. */
import { benchEntry, tableSceneHeightPx, type SimulationEntry } from '../simulation-entry';
import type { BenchPreset } from '../bench/preset';
import { benchCode } from '../families';
import { wetParts } from './parts';
import { wetPresets } from './presets';
import { TABLE_H_M, TABLE_W_M } from './presets/layout';

/** The table from the side, thermometers and burettes up close below it (when the preset has one), the inspector. Reads the setup only when asked (setups are built on first use). */
function sceneHeightPx(preset: BenchPreset): (widthPx: number) => number {
  return (widthPx) => {
    const upClose = preset.setup.parts.some((p) => ['thermometer', 'burette', 'volumetric-flask'].includes(p.kind));
    return tableSceneHeightPx(widthPx, { widthM: TABLE_W_M, heightM: TABLE_H_M }, upClose ? 600 : 360);
  };
}

export const entries: readonly SimulationEntry[] = wetPresets.map((preset) => benchEntry(preset, wetParts, benchCode.wet, sceneHeightPx(preset)));
