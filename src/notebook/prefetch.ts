/**
 * What opening a notebook waits for, started by the app's entry (main.ts) as soon as the URL is
 * known, in parallel with loading the notebook's code: the project summary (access), this browser's
 * copy of the document (IndexedDB), and, when there is no copy, the server's state over HTTP (one
 * gzipped response instead of waiting for the websocket, which then only exchanges the difference).
 * The text editor's code (TipTap, ~90 ms to evaluate on a school PC) is imported now too, so it runs
 * while the browser waits for the rest instead of after the document is on screen.
 * Part of the entry chunk, so: no Yjs, no Svelte.
 */
import { loadTextEditor } from './cells/editor-loader';
import { readLocalCopy, type StoredCopy } from './local-store';

export interface NotebookPrefetch {
  projectId: string;
  /** GET /api/projects/:id, as it came (the page reads status and body). */
  summary: Promise<Response>;
  local: Promise<StoredCopy>;
  /** The server's state (a Yjs update) when the browser had no copy; null otherwise or when it failed. */
  remote: Promise<Uint8Array | null>;
}

let pending: NotebookPrefetch | null = null;

export function prefetchNotebook(projectId: string): void {
  // first: the largest chunk the first keystroke needs, ahead of the page's other requests on the link
  void loadTextEditor().catch(() => undefined); // the session reports a failure to load it
  const path = `/api/projects/${encodeURIComponent(projectId)}`;
  const local = readLocalCopy(projectId);
  void local.then(() => performance.mark('sprout:nb-local-read'));
  const remote = local.then(async (copy) => {
    if (copy.updates.length > 0 || !navigator.onLine) return null;
    try {
      const r = await fetch(`${path}/doc`, { credentials: 'same-origin' });
      return r.ok ? new Uint8Array(await r.arrayBuffer()) : null;
    } catch {
      return null; // the websocket brings it
    }
  });
  const summary = fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  // a failed fetch is the page's business, later; never an unhandled rejection here
  summary.catch(() => undefined);
  pending = { projectId, summary, local, remote };
}

/** The prefetch for `projectId`, once (a later visit to the page starts afresh). */
export function takeNotebookPrefetch(projectId: string): NotebookPrefetch | null {
  const p = pending;
  pending = null;
  return p?.projectId === projectId ? p : null;
}
