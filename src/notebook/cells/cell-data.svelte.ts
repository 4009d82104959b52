/**
 * A cell's data as reactive state for its view: read with a projects/cells accessor, again after every
 * change to the cell (this user's or a teammate's) and when the cell list changes (restoring a version
 * puts copies in place of the cells). Null while the cell is gone. Call while a component initialises.
 */
import { untrack } from 'svelte';
import type * as Y from 'yjs';
import type { NotebookDoc } from './notebook-doc';

export function cellData<T>(session: () => NotebookDoc, cellId: () => string, read: (doc: Y.Doc, cellId: string) => T): { readonly current: T | null } {
  let rev = $state(0);
  $effect(() => {
    const s = session();
    void s.cells;
    const id = cellId();
    return untrack(() => s.watchCells([id], () => rev++));
  });
  const current = $derived.by((): T | null => {
    void rev;
    try {
      return read(session().doc, cellId());
    } catch {
      return null;
    }
  });
  return {
    get current() {
      return current;
    },
  };
}
