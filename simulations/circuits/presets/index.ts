/** The circuits bench's curriculum presets, each registered as an experiment id. */
import type { BenchPreset } from '../../bench/preset';
import { ammeterPreset } from './ammeter';
import { capacitorPreset } from './capacitor';
import { coilMagnetPreset } from './coil-magnet';
import { emfInternalResistancePreset } from './emf-internal-resistance';
import { inductionPreset } from './induction';
import { lightControlPreset } from './light-control';
import { multimeterPreset } from './multimeter';
import { ohmsLawPreset } from './ohms-law';
import { resistanceViPreset } from './resistance-vi';
import { resistivityPreset } from './resistivity';
import { seriesParallelPreset } from './series-parallel';
import { solenoidFieldPreset } from './solenoid-field';
import { transformerPreset } from './transformer';
import { voltmeterPreset } from './voltmeter';

export const circuitPresets: BenchPreset[] = [ammeterPreset, voltmeterPreset, resistanceViPreset, seriesParallelPreset, ohmsLawPreset, solenoidFieldPreset, inductionPreset, emfInternalResistancePreset, coilMagnetPreset, capacitorPreset, resistivityPreset, lightControlPreset, multimeterPreset, transformerPreset];
