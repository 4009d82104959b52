/** A mechanics preset as a Simulation: the generic bench model over the mechanics engine. */
import { BenchModel } from '../bench/bench-model';
import type { BenchPreset } from '../bench/preset';
import { MechanicsBenchEngine } from './bench-engine';

export function createMechanicsModel(preset: BenchPreset): BenchModel {
  return new BenchModel(preset, new MechanicsBenchEngine());
}
