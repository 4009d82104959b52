/** The mechanics and measurement bench's curriculum presets as experiments. */
import { benchEntry, tableSceneHeightPx, type SimulationEntry } from '../simulation-entry';
import { benchCode } from '../families';
import { mechanicsParts } from './parts';
import { mechanicsPresets } from './presets';
import { tableOf } from './presets/tables';

/** The preset's table seen from the side, the instruments up close below it, the inspector. */
export const entries: readonly SimulationEntry[] = mechanicsPresets.map((preset) => {
  const table = tableOf(preset.id);
  return benchEntry(preset, mechanicsParts, benchCode.mechanics, (widthPx) => tableSceneHeightPx(widthPx, table, table.belowPx));
});
