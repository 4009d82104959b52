/** A wet-bench preset as a Simulation: the generic bench model over the wet engine, announcing the preset's events. */
import { BenchModel } from '../bench/bench-model';
import type { BenchPreset } from '../bench/preset';
import { WetBenchEngine } from './bench-engine';

export function createWetModel(preset: BenchPreset): BenchModel {
  return new BenchModel(preset, new WetBenchEngine(new Set((preset.events ?? []).map((e) => e.name))));
}
