/** Messages between the coding page and the program worker. */
import type { DataTable } from '../../../simulations/core/recorder';
import type { ProgramError } from '../runtime/errors';
import type { ProgramSource } from '../runtime/interpreter';
import type { PlotRequest } from '../runtime/lab';
import type { DrawCommand, TurtlePose } from '../runtime/turtle';

export type RunMode = 'run' | 'step';
export type RunSpeed = 'fast' | 'slow';

export type ToWorker =
  | { type: 'start'; source: ProgramSource; mode: RunMode; speed: RunSpeed }
  | { type: 'step' }
  | { type: 'continue'; speed: RunSpeed }
  | { type: 'answer'; value: string };

/** Output since the last batch; the worker posts one about every 50 ms while running. */
export interface OutputBatch {
  type: 'batch';
  highlight: string | null;
  prints: string[];
  draws: DrawCommand[];
  pose: TurtlePose;
  table: DataTable | null;
  plot: PlotRequest | null;
}

export type FromWorker =
  | { type: 'ready' }
  | OutputBatch
  | { type: 'paused'; blockId: string; variables: Record<string, string> }
  | { type: 'ask'; prompt: string; numeric: boolean }
  | { type: 'done'; steps: number; ms: number; variables: Record<string, string> }
  | { type: 'error'; error: ProgramError; steps: number; variables: Record<string, string> };
