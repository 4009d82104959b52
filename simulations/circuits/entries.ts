/** The circuits bench's curriculum presets as experiments (a setup + parameters bound to part properties; simulations/bench). */
import { benchEntry, tableSceneHeightPx, type SimulationEntry } from '../simulation-entry';
import { benchCode } from '../families';
import { circuitParts } from './parts';
import { circuitPresets } from './presets';

/** Room for the toolbar, the table (0.6 of its width, beside the 130 px parts bin) and the inspector below. */
const sceneHeightPx = (widthPx: number) => tableSceneHeightPx(widthPx, { widthM: 1, heightM: 0.6 }, 360);

export const entries: readonly SimulationEntry[] = circuitPresets.map((preset) => benchEntry(preset, circuitParts, benchCode.circuits, sceneHeightPx));
