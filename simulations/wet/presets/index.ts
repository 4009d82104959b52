/** The wet bench's curriculum presets, each registered as an experiment id. */
import type { BenchPreset } from '../../bench/preset';
import { acidsBasesPreset } from './acids-bases';
import { boilingPreset } from './boiling';
import { carbonDioxidePreset } from './carbon-dioxide';
import { electrolysisPreset } from './electrolysis';
import { metalsPreset } from './metals';
import { oxygenPreset } from './oxygen';
import { solutionPreset } from './solution';
import { thermometerPreset } from './thermometer';

export const wetPresets: BenchPreset[] = [oxygenPreset, carbonDioxidePreset, electrolysisPreset, solutionPreset, acidsBasesPreset, metalsPreset, thermometerPreset, boilingPreset];
