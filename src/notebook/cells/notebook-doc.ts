/**
 * What a cell view reads its cell from: the open team notebook (ProjectSession, live and editable) or a
 * frozen copy (a submission, a saved version: `FrozenNotebook`). The views of tables, charts,
 * experiments and images take this, so the mentor's page, the diff and the notebook draw cells with the
 * same components; in a frozen copy nothing changes, so watching is a no-op.
 */
import type * as Y from 'yjs';
import { listCells, type CellInfo } from '../../../projects/schema';

export interface NotebookDoc {
  readonly doc: Y.Doc;
  readonly projectId: string;
  /** The cells in notebook order (reactive in a live session). */
  readonly cells: CellInfo[];
  /** True for a frozen copy: links open the lab at the copy's values, not at the live cell. */
  readonly frozen?: boolean;
  /** Calls `onChange` after any change to one of the cells; returns the unsubscribe function. */
  watchCells(cellIds: string[], onChange: () => void): () => void;
}

export class FrozenNotebook implements NotebookDoc {
  readonly cells: CellInfo[];
  readonly frozen = true;
  constructor(
    readonly doc: Y.Doc,
    readonly projectId: string,
  ) {
    this.cells = listCells(doc);
  }
  watchCells(): () => void {
    return () => {};
  }
}
