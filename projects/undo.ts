/**
 * Per-user undo over the whole notebook (cell list, every cell's content, meta). It tracks only this
 * replica's own origins, so undo never reverts a teammate's edit (theirs arrive with the provider as
 * origin). The text editors share this manager, so Ctrl+Z in a paragraph and "undo delete cell" are
 * one history.
 */
import * as Y from 'yjs';
import { cellsArray, LOCAL_ORIGIN, metaMap } from './schema';

export function createUndoManager(doc: Y.Doc, extraOrigins: unknown[] = []): Y.UndoManager {
  return new Y.UndoManager([cellsArray(doc), metaMap(doc)], {
    trackedOrigins: new Set<unknown>([LOCAL_ORIGIN, ...extraOrigins]),
    captureTimeout: 500,
  });
}
