/** The wet bench's curriculum presets, each registered as an experiment id. */
import type { BenchPreset } from '../../bench/preset';
import { acidsBasesPreset } from './acids-bases';
import { boilingPreset } from './boiling';
import { carbonDioxidePreset } from './carbon-dioxide';
import { cellPreset } from './cell';
import { coarseSaltPreset } from './coarse-salt';
import { combustionPreset } from './combustion';
import { electrolysisPreset } from './electrolysis';
import { complexesPreset } from './complexes';
import { equilibriumPreset } from './equilibrium';
import { esterPreset } from './ester';
import { electroplatingPreset } from './electroplating';
import { ethanolAceticPreset } from './ethanol-acetic';
import { fuelCellPreset } from './fuel-cell';
import { ironPreset } from './iron';
import { meltingPreset } from './melting';
import { metalsPreset } from './metals';
import { molarSolutionPreset } from './molar-solution';
import { oilFilmPreset } from './oil-film';
import { oxygenPreset } from './oxygen';
import { reactionRatePreset } from './reaction-rate';
import { saltHydrolysisPreset } from './salt-hydrolysis';
import { solutionPreset } from './solution';
import { sugarsPreset } from './sugars';
import { thermometerPreset } from './thermometer';
import { titrationPreset } from './titration';

export const wetPresets: BenchPreset[] = [oxygenPreset, carbonDioxidePreset, electrolysisPreset, solutionPreset, acidsBasesPreset, metalsPreset, thermometerPreset, boilingPreset, meltingPreset, titrationPreset, molarSolutionPreset, reactionRatePreset, combustionPreset, coarseSaltPreset, ironPreset, cellPreset, ethanolAceticPreset, equilibriumPreset, complexesPreset, electroplatingPreset, fuelCellPreset, saltHydrolysisPreset, oilFilmPreset, sugarsPreset, esterPreset];
