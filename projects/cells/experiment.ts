/**
 * Experiment cells: a simulation id, its parameters and its saved state, so the lab reopens exactly
 * there. The lab is opened at `/labs/<simulationId>?project=<projectId>&cell=<cellId>` (see
 * `experimentLabHref`); the lab frame reads the cell with `readExperiment` and, after "save to
 * notebook", writes it back with `updateExperiment`.
 */
import type * as Y from 'yjs';
import { cellMapOfKind, insertCell, ProjectSchemaError, transact, type InsertOptions } from '../schema';

export type ExperimentParams = Record<string, number | string | boolean>;

export interface ExperimentData {
  simulationId: string;
  params: ExperimentParams;
  /** JSON-safe model snapshot from `Simulation.state()`, or null when only parameters were saved. */
  state: unknown;
  caption: string;
  savedAt: number;
}

/** Saved states larger than this are refused: they would bloat every teammate's copy. */
export const MAX_EXPERIMENT_STATE_BYTES = 256 * 1024;

function checkJson(value: unknown, field: string): void {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    throw new ProjectSchemaError(`${field} must be JSON-serializable: ${(e as Error).message}`);
  }
  if (json !== undefined && json.length > MAX_EXPERIMENT_STATE_BYTES) {
    throw new ProjectSchemaError(`${field} is ${json.length} bytes; at most ${MAX_EXPERIMENT_STATE_BYTES} bytes are allowed`);
  }
}

function checkParams(params: ExperimentParams): void {
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new ProjectSchemaError(`parameter "${k}" must be a finite number; got ${v}`);
    if (!['number', 'string', 'boolean'].includes(typeof v)) throw new ProjectSchemaError(`parameter "${k}" must be a number, string or boolean`);
  }
}

export function addExperimentCell(
  doc: Y.Doc,
  exp: { simulationId: string; params: ExperimentParams; state?: unknown; caption?: string; savedAt?: number },
  opts: InsertOptions = {},
): string {
  if (!/^[a-z0-9-]+$/.test(exp.simulationId)) throw new ProjectSchemaError(`simulationId must be lowercase letters, digits and dashes; got "${exp.simulationId}"`);
  checkParams(exp.params);
  checkJson(exp.state ?? null, 'state');
  return insertCell(
    doc,
    'experiment',
    (cell) => {
      cell.set('simulationId', exp.simulationId);
      cell.set('params', { ...exp.params });
      cell.set('state', exp.state ?? null);
      cell.set('caption', exp.caption ?? '');
      cell.set('savedAt', exp.savedAt ?? Date.now());
    },
    opts,
  );
}

export function readExperiment(doc: Y.Doc, cellId: string): ExperimentData {
  const c = cellMapOfKind(doc, cellId, 'experiment');
  return {
    simulationId: String(c.get('simulationId') ?? ''),
    params: (c.get('params') as ExperimentParams | undefined) ?? {},
    state: c.get('state') ?? null,
    caption: String(c.get('caption') ?? ''),
    savedAt: Number(c.get('savedAt') ?? 0),
  };
}

export function updateExperiment(doc: Y.Doc, cellId: string, patch: Partial<Pick<ExperimentData, 'params' | 'state' | 'caption'>>): void {
  const c = cellMapOfKind(doc, cellId, 'experiment');
  if (patch.params) checkParams(patch.params);
  if (patch.state !== undefined) checkJson(patch.state, 'state');
  transact(doc, () => {
    if (patch.params) c.set('params', { ...patch.params });
    if (patch.state !== undefined) c.set('state', patch.state);
    if (patch.caption !== undefined) c.set('caption', patch.caption);
    if (patch.params || patch.state !== undefined) c.set('savedAt', Date.now());
  });
}

/** The documented link from a notebook to the lab: `/labs/<simulationId>?project=<projectId>&cell=<cellId>`. */
export function experimentLabHref(projectId: string, cellId: string, simulationId: string): string {
  return `/labs/${encodeURIComponent(simulationId)}?project=${encodeURIComponent(projectId)}&cell=${encodeURIComponent(cellId)}`;
}
