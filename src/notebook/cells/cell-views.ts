/**
 * The views of the cell kinds other than text, each in a chunk of its own, loaded when the notebook first
 * shows a cell of that kind (a chart brings uPlot, ~20 KB gzip; a table its fit and CSV code). On a school's
 * slow link a notebook opens with its text cells (issue #22): these bytes no longer stand between the student
 * and the first text cell's editor. The service worker precaches every chunk, so they load offline too.
 */
import type { Component } from 'svelte';
import type { CellKind } from '../../../projects/schema';
import { loadOnce } from '../../../simulations/first-paint.svelte';
import type { NotebookDoc } from './notebook-doc';

export type ViewKind = Exclude<CellKind, 'text'>;
export type View = Component<{ session: NotebookDoc; cellId: string; readonly?: boolean }>;

/** Each kind's view, requested once and shared; a failed request is tried again next time (loadOnce). */
const LOADERS: Record<ViewKind, () => Promise<{ default: View }>> = {
  table: loadOnce(() => import('./TableCell.svelte')),
  chart: loadOnce(() => import('./ChartCell.svelte')),
  experiment: loadOnce(() => import('./ExperimentCell.svelte')),
  image: loadOnce(() => import('./ImageCell.svelte')),
  program: loadOnce(() => import('./ProgramCell.svelte')),
};

const loaded = new Map<ViewKind, View>();

/** The view of `kind` if its chunk is in (then a cell shows at once, without a loading line). */
export function loadedCellView(kind: ViewKind): View | undefined {
  return loaded.get(kind);
}

/** The view of `kind`, once its chunk is in. */
export function cellView(kind: ViewKind): Promise<View> {
  return LOADERS[kind]().then((m) => {
    loaded.set(kind, m.default);
    return m.default;
  });
}
