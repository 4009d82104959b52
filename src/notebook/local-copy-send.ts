/**
 * The part of log-out that needs Yjs (local-copy-logout.ts loads it only when the server can be
 * reached): how many of a copy's stored updates the server's state lacks, and sending them over the
 * sync websocket (project-link.ts).
 */
import * as Y from 'yjs';
import { createProjectDoc } from '../../projects/schema';
import { openProjectLink } from './project-link';

/** How many of `updates` (in order) change a document holding `server`'s state. */
export function unsentUpdates(server: Uint8Array, updates: readonly Uint8Array[]): number {
  const doc = createProjectDoc();
  try {
    Y.applyUpdate(doc, server);
    let changed = false;
    doc.on('update', () => (changed = true));
    let n = 0;
    for (const u of updates) {
      changed = false;
      Y.applyUpdate(doc, u);
      if (changed) n++;
    }
    return n;
  } finally {
    doc.destroy();
  }
}

/**
 * Sends the copy of `projectId` and measures again with `fetchState` until the server has it all (or
 * a few tries have passed); resolves with the updates still unsent, or null when the server went away.
 */
export async function sendCopy(projectId: string, updates: readonly Uint8Array[], fetchState: () => Promise<Uint8Array | null>): Promise<number | null> {
  const link = await openProjectLink(projectId, { syncTimeoutMs: 5000 });
  try {
    await link.drained();
    let unsent = Infinity;
    // the server stores an update before it answers anything else, but the answer to GET may still race
    // the websocket's last message: ask again a few times
    for (let i = 0; i < 6 && unsent > 0; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 250));
      const state = await fetchState();
      if (!state) return null;
      unsent = unsentUpdates(state, updates);
    }
    return unsent;
  } finally {
    link.close();
  }
}
