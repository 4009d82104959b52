/** The optics bench's curriculum presets as experiments. */
import { benchEntry, tableSceneHeightPx, type SimulationEntry } from '../simulation-entry';
import { benchCode } from '../families';
import { opticsParts } from './parts';
import { opticsPresets } from './presets';
import { tableOf } from './presets/tables';

/** The preset's table, the instruments up close below it (screens, eyes, scales), the inspector. */
export const entries: readonly SimulationEntry[] = opticsPresets.map((preset) => {
  const table = tableOf(preset.id);
  return benchEntry(preset, opticsParts, benchCode.optics, (widthPx) => tableSceneHeightPx(widthPx, table, table.belowPx));
});
