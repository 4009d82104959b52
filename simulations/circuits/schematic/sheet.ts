/**
 * The paper a student draws a circuit diagram on: a bench of symbols (schematic-bench parts) with no physics,
 * so the shared bench view gives placing, joining, the keyboard path and undo for drawing as for building.
 */
import { BenchModel } from '../../bench/bench-model';
import type { BenchDiagnostic, BenchEngine } from '../../bench/engine';
import type { BenchPreset } from '../../bench/preset';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { SCHEMATIC_BENCH, schematicSymbols } from './symbols';

/** The paper's width, metres: symbols 8 cm across look as big as on a textbook page beside the bench. */
export const SHEET_WIDTH_M = 0.6;

/** A drawing has no state and nothing to measure. */
export class DiagramEngine implements BenchEngine {
  readonly catalog = schematicSymbols;
  configure(): void {}
  reset(): void {}
  step() {
    return [];
  }
  value(): number {
    return NaN;
  }
  diagnostics(): BenchDiagnostic[] {
    return [];
  }
  state(): null {
    return null;
  }
  restore(): void {}
}

export const sheetPreset: BenchPreset = {
  id: 'circuit-diagram-sheet',
  version: '1',
  subject: 'physics',
  titleKey: 'circuits.schematic.sheet',
  descriptionKey: 'circuits.exercise.drawHint',
  setup: { version: SETUP_VERSION, bench: SCHEMATIC_BENCH, parts: [], links: [] },
  params: [],
  measurements: [],
};

export function createSheetModel(): BenchModel {
  return new BenchModel(sheetPreset, new DiagramEngine());
}
