/**
 * The review flow reads the live project document (to freeze a submission) and writes its meta status
 * (submitted, in_review, revising, approved) through projects/ accessors.
 *
 * `LiveDocs` is the seam: the sync service can provide one that edits the open room's document (so
 * connected editors see the change at once). Without it, `storeLiveDocs` loads the stored document,
 * applies the change and appends the resulting update to the store.
 */
import * as Y from 'yjs';
import { createProjectDoc, updateMeta, type ProjectStatus } from '../../projects/schema';
import type { Store } from '../store/store';

export interface LiveDocs {
  /** The current document (every acknowledged update included). The caller destroys it. */
  load(projectId: string): Promise<Y.Doc>;
  /** Applies `change` to the live document and stores the resulting update. */
  edit(projectId: string, change: (doc: Y.Doc) => void): Promise<void>;
}

export function storeLiveDocs(store: Store): LiveDocs {
  const load = async (projectId: string) => {
    const stored = await store.docs.loadDoc(projectId);
    const doc = createProjectDoc();
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u);
    });
    return doc;
  };
  return {
    load,
    async edit(projectId, change) {
      const doc = await load(projectId);
      try {
        const before = Y.encodeStateVector(doc);
        change(doc);
        const update = Y.encodeStateAsUpdate(doc, before);
        const after = Y.encodeStateVector(doc);
        if (!sameBytes(before, after)) await store.docs.appendUpdates([{ projectId, update }], Date.now());
      } finally {
        doc.destroy();
      }
    },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Sets the project's status in the store (lists, queue) and in the live document (meta.status). */
export async function setProjectStatus(store: Store, live: LiveDocs, projectId: string, status: ProjectStatus): Promise<void> {
  await store.projects.setStatus(projectId, status);
  await live.edit(projectId, (doc) => updateMeta(doc, { status }));
}
