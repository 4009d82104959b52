/** A circuits preset as a Simulation: the generic bench model over the circuit engine. */
import { BenchModel } from '../bench/bench-model';
import type { BenchPreset } from '../bench/preset';
import { CircuitBenchEngine } from './bench-engine';

export function createCircuitModel(preset: BenchPreset): BenchModel {
  return new BenchModel(preset, new CircuitBenchEngine());
}
