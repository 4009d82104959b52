/** An optics preset as a Simulation: the generic bench model over the optics engine. */
import { BenchModel } from '../bench/bench-model';
import type { BenchPreset } from '../bench/preset';
import { OpticsBenchEngine } from './bench-engine';

export function createOpticsModel(preset: BenchPreset): BenchModel {
  return new BenchModel(preset, new OpticsBenchEngine());
}
